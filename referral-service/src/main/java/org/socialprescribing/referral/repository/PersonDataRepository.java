package org.socialprescribing.referral.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.socialprescribing.referral.Consent;
import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.workflow.ReferralState;

/**
 * The queries of retention, export and erasure: every table that holds something about a person, in one place, so
 * that a new table with personal data has one place to be added (docs/data-protection.md). Tables this service has
 * no entity for (onward referrals, the outbox, idempotency keys) are reached with SQL.
 */
@ApplicationScoped
public class PersonDataRepository {

    private final EntityManager em;

    public PersonDataRepository(EntityManager em) {
        this.em = em;
    }

    /** Every referral of one person, newest first. */
    public List<Referral> referralsOf(UUID personId) {
        return em.createQuery("from Referral r where r.person.id = ?1 order by r.receivedAt desc", Referral.class)
                .setParameter(1, personId).getResultList();
    }

    /** Everything the person agreed to, oldest first. */
    public List<Consent> consentsOf(UUID personId) {
        return em.createQuery("from Consent c where c.personId = ?1 order by c.givenAt", Consent.class)
                .setParameter(1, personId).getResultList();
    }

    /** Closed before the cutoff and not yet anonymised, oldest first. */
    public List<Referral> dueForAnonymising(Instant cutoff, int limit) {
        return em.createQuery("from Referral r where r.state = ?1 and r.closedAt < ?2 and r.anonymisedAt is null"
                + " order by r.closedAt", Referral.class).setParameter(1, ReferralState.CLOSED)
                .setParameter(2, cutoff).setMaxResults(limit).getResultList();
    }

    /** Whether the person has a referral still open, or closed on or after the cutoff. */
    public boolean hasReferralInsidePeriod(UUID personId, Instant cutoff) {
        return em.createQuery("select count(r) from Referral r where r.person.id = ?1"
                + " and (r.state <> ?2 or r.closedAt >= ?3)", Long.class).setParameter(1, personId)
                .setParameter(2, ReferralState.CLOSED).setParameter(3, cutoff).getSingleResult() > 0;
    }

    /** The onward referrals of a referral, every column as JSON (whatever the table holds is exported). */
    @SuppressWarnings("unchecked")
    public List<String> onwardReferralsAsJson(UUID referralId) {
        return em.createNativeQuery("select cast(row_to_json(o) as text) from onward_referral o"
                + " where o.referral_id = ?1 order by o.sent_at").setParameter(1, referralId).getResultList();
    }

    /** Retention: what the person or a group wrote in free text goes; the timeline's moves and dates stay. */
    public void removeFreeText(UUID referralId) {
        em.createQuery("update ReferralEvent e set e.note = null where e.referralId = ?1").setParameter(1, referralId)
                .executeUpdate();
        em.createQuery("update ReferralEvent e set e.actor = 'anonymised' where e.referralId = ?1"
                + " and e.actorKind in (org.socialprescribing.referral.ReferralEvent.ActorKind.PERSON,"
                + " org.socialprescribing.referral.ReferralEvent.ActorKind.GUEST)").setParameter(1, referralId)
                .executeUpdate();
        execute("update onward_referral set decline_reason = null where referral_id = ?1", referralId);
        forgetCopies(referralId);
    }

    /**
     * Copies of a referral's answers outside its own rows: stored first answers of idempotent requests, and outbox
     * events already published (an unpublished one is still owed to another system).
     */
    public void forgetCopies(UUID referralId) {
        execute("delete from idempotency_key where location = ?1 or response ->> 'id' = ?2",
                "/referrals/" + referralId, referralId.toString());
        execute("delete from outbox_event where referral_id = ?1 and published_at is not null", referralId);
    }

    /** Erasure: every row about one referral, then the referral. */
    public void eraseReferral(UUID referralId) {
        forgetCopies(referralId);
        execute("delete from outbox_event where referral_id = ?1", referralId);
        execute("delete from onward_referral where referral_id = ?1", referralId);
        execute("delete from referral_event where referral_id = ?1", referralId);
        execute("delete from referral_need where referral_id = ?1", referralId);
        execute("delete from consent where referral_id = ?1", referralId);
        execute("delete from referral where id = ?1", referralId);
    }

    /** Erasure: the person's remaining consents, then the person. */
    public void erasePerson(UUID personId) {
        execute("delete from consent where person_id = ?1", personId);
        execute("delete from person where id = ?1", personId);
    }

    private void execute(String sql, Object... values) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        query.executeUpdate();
    }
}
