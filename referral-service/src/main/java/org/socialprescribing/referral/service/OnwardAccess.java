package org.socialprescribing.referral.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.socialprescribing.referral.OnwardReferral;
import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.repository.OnwardReferralRepository;
import org.socialprescribing.referral.repository.ReferralRepository;

import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

/**
 * Who may see and answer an onward referral, and the person's own controls over their referral, in one place. An
 * onward referral: the charity editors of the organisation it was sent to (their token's {@code organisation_ids}),
 * the link worker working its referral, and coordinators. Another charity's editor gets 403 whether or not it
 * exists. A referral's withdrawal and its consents' revocation: only the person it is for (their account).
 */
@ApplicationScoped
public class OnwardAccess {

    public static final String ANSWER = "onward-answer";
    public static final String PERSON = "referral-person";

    private final OnwardReferralRepository onward;
    private final ReferralRepository referrals;

    public OnwardAccess(OnwardReferralRepository onward, ReferralRepository referrals) {
        this.onward = onward;
        this.referrals = referrals;
    }

    /** Seeing an onward referral and answering it go together: whoever receives it answers it. */
    @Blocking
    @Transactional
    @PermissionChecker(ANSWER)
    boolean canAnswer(SecurityIdentity identity, UUID id) {
        if (identity.hasRole("coordinator")) {
            return true;
        }
        OnwardReferral sent = onward.findById(id);
        if (sent == null) {
            // Those who receive or send onward referrals learn it is not there (404); anyone else learns nothing
            return identity.hasRole(CharityEditor.ROLE) || identity.hasRole("link-worker");
        }
        if (CharityEditor.of(identity).answersFor(sent.organisationId)) {
            return true;
        }
        String assigned = sent.referral.assignedTo;
        return identity.hasRole("link-worker")
                && (assigned == null || assigned.equals(ReferralAccess.subject(identity)));
    }

    /** The person the referral is for, and nobody else: staff do not withdraw or revoke on their behalf here. */
    @Blocking
    @Transactional
    @PermissionChecker(PERSON)
    boolean isTheirs(SecurityIdentity identity, UUID id) {
        Referral referral = referrals.findById(id);
        return referral != null && referral.person.accountSubject != null
                && referral.person.accountSubject.equals(ReferralAccess.subject(identity));
    }
}
