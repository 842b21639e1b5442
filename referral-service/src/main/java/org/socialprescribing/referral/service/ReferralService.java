package org.socialprescribing.referral.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;
import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.repository.ReferralRepository;

/**
 * Referrals and who may see them: a resident sees the referrals they made; a link worker sees the scheme's
 * caseload.
 */
@ApplicationScoped
@Transactional
public class ReferralService {

    static final int LIST_LIMIT = 100;

    private final ReferralRepository referrals;
    private final Clock clock = Clock.systemUTC();

    public ReferralService(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    public Referral create(Caller caller, UUID serviceId, String reason) {
        Instant now = Instant.now(clock);
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.serviceId = serviceId;
        referral.reason = reason.strip();
        referral.consentGivenAt = now;
        referral.referredBy = caller.subject();
        referral.selfReferral = !caller.linkWorker();
        referral.status = Referral.Status.SUBMITTED;
        referral.createdAt = now;
        referrals.persist(referral);
        return referral;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Referral> visibleTo(Caller caller) {
        return caller.linkWorker()
                ? referrals.listOpen(LIST_LIMIT)
                : referrals.listReferredBy(caller.subject(), LIST_LIMIT);
    }

    /** 404 when absent; 403 when a resident asks for a referral someone else made. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Referral get(Caller caller, UUID id) {
        Referral referral = referrals.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Referral", id));
        if (!caller.linkWorker() && !referral.referredBy.equals(caller.subject())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "This referral belongs to someone else.");
        }
        return referral;
    }
}
