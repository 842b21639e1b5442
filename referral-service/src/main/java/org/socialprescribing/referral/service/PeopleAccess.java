package org.socialprescribing.referral.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.repository.ReferralRepository;

import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

/**
 * Who may see a referral's audit trail: the person it is for (who on the staff looked at their referral) and
 * coordinators. Not the link workers themselves: the trail is the check on them. Anyone else gets 403 whether or not
 * the referral exists.
 */
@ApplicationScoped
public class PeopleAccess {

    public static final String READ_AUDIT = "referral-audit-read";

    private final ReferralRepository referrals;

    public PeopleAccess(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    @Blocking
    @Transactional
    @PermissionChecker(READ_AUDIT)
    boolean canReadAudit(SecurityIdentity identity, UUID id) {
        if (identity.hasRole("coordinator")) {
            return true;
        }
        Referral referral = referrals.findById(id);
        return referral != null && ReferralAccess.subject(identity).equals(referral.person.accountSubject);
    }
}
