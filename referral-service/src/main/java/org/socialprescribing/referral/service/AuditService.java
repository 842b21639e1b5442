package org.socialprescribing.referral.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.referral.AuditEntry;
import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.repository.AuditRepository;
import org.socialprescribing.referral.repository.ReferralRepository;

import io.quarkus.security.identity.SecurityIdentity;

/** Writes the audit trail (for AuditFilter) and answers its queries. */
@ApplicationScoped
@Transactional
public class AuditService {

    public static final int MAX_PER_PAGE = 200;

    /** A page of the trail: 1-based, as the directory's pages are. */
    public record Page(List<AuditEntry> items, long totalItems, int page, int perPage) {
    }

    private final AuditRepository entries;
    private final ReferralRepository referrals;
    private final Clock clock;

    public AuditService(AuditRepository entries, ReferralRepository referrals, Clock clock) {
        this.entries = entries;
        this.referrals = referrals;
        this.clock = clock;
    }

    /**
     * One entry. A referral's entry names its person too, so that the person's trail outlives the referral; the
     * staff member who is also the person it is for (their own referral) is not auditing anyone.
     */
    public void record(SecurityIdentity identity, String role, UUID referralId, UUID personId, String action,
            String reason) {
        String actor = ReferralAccess.subject(identity);
        UUID person = personId;
        if (referralId != null) {
            Referral referral = referrals.findById(referralId);
            if (referral != null) {
                if (actor.equals(referral.person.accountSubject)) {
                    return;
                }
                person = referral.person.id;
            }
        }
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.at = clock.instant();
        entry.actor = actor;
        entry.actorRole = role;
        entry.referralId = referralId;
        entry.personId = person;
        entry.action = action;
        entry.reason = reason;
        entries.persist(entry);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page search(AuditRepository.Filter filter, int page, int perPage) {
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw ProblemException.invalidParameter("from", "must be before to");
        }
        return new Page(entries.search(filter, page - 1, perPage), entries.count(filter), page, perPage);
    }

    /** Who on the staff read or changed one referral, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> ofReferral(UUID referralId) {
        referrals.findByIdOptional(referralId).orElseThrow(() -> ProblemException.notFound("Referral", referralId));
        return entries.ofReferral(referralId);
    }
}
