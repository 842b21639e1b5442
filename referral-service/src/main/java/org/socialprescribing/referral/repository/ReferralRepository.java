package org.socialprescribing.referral.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.workflow.ReferralState;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Referrals, and the lists each kind of caller works from. */
@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /** Lists show the person on every row: fetched with the referral, not one query a row. */
    private static final String WITH_PERSON = "from Referral r join fetch r.person where ";

    /** A person's own referrals, newest first. */
    public List<Referral> ofAccount(String subject, int limit) {
        return find("from Referral r join fetch r.person p where p.accountSubject = ?1",
                Sort.descending("r.receivedAt"),
                subject).page(Page.ofSize(limit)).list();
    }

    /** The caseload of one link worker, oldest first (the longest wait on top), optionally in one state. */
    public List<Referral> caseload(String linkWorker, Optional<ReferralState> state, int limit) {
        return state.map(s -> find(WITH_PERSON + "r.assignedTo = ?1 and r.state = ?2", Sort.ascending("r.receivedAt"),
                linkWorker, s))
                .orElseGet(
                        () -> find(WITH_PERSON + "r.assignedTo = ?1 and r.state <> ?2", Sort.ascending("r.receivedAt"),
                                linkWorker, ReferralState.CLOSED))
                .page(Page.ofSize(limit)).list();
    }

    /** Open referrals no link worker has yet, oldest first. */
    public List<Referral> unassigned(int limit) {
        return find(WITH_PERSON + "r.assignedTo is null and r.state <> ?1", Sort.ascending("r.receivedAt"),
                ReferralState.CLOSED)
                .page(Page.ofSize(limit)).list();
    }

    public boolean referenceTaken(String reference) {
        return count("reference", reference) > 0;
    }

    /** The referral a reference names, for a guest's status check. */
    public Optional<Referral> byReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }
}
