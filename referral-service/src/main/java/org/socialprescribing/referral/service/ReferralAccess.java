package org.socialprescribing.referral.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.repository.ReferralRepository;

import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

/**
 * Who may see and work one referral, in one place (the endpoints name these permissions with
 * {@code @PermissionsAllowed}): the person it is for (their account), the link worker it is assigned to, any link
 * worker while it waits unassigned, and coordinators. Anyone else gets 403, whether or not it exists, so its
 * existence is not given away. Staff may then move it; the person may not.
 */
@ApplicationScoped
public class ReferralAccess {

    public static final String READ = "referral-read";
    public static final String WORK = "referral-work";

    private final ReferralRepository referrals;

    public ReferralAccess(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    @Blocking
    @Transactional
    @PermissionChecker(READ)
    boolean canRead(SecurityIdentity identity, UUID id) {
        if (identity.hasRole("coordinator")) {
            return true;
        }
        Referral referral = referrals.findById(id);
        if (referral == null) {
            // Staff learn it is not there (404); anyone else learns nothing
            return identity.hasRole("link-worker");
        }
        String subject = subject(identity);
        return subject.equals(referral.person.accountSubject) || worksIt(identity, subject, referral);
    }

    @Blocking
    @Transactional
    @PermissionChecker(WORK)
    boolean canWork(SecurityIdentity identity, UUID id) {
        if (identity.hasRole("coordinator")) {
            return true;
        }
        Referral referral = referrals.findById(id);
        return referral == null ? identity.hasRole("link-worker") : worksIt(identity, subject(identity), referral);
    }

    private static boolean worksIt(SecurityIdentity identity, String subject, Referral referral) {
        return identity.hasRole("link-worker")
                && (referral.assignedTo == null || referral.assignedTo.equals(subject));
    }

    static String subject(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token
                ? token.getSubject()
                : identity.getPrincipal().getName();
    }
}
