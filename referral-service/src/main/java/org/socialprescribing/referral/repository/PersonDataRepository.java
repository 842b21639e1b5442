package org.socialprescribing.referral.repository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.socialprescribing.referral.Consent;
import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.workflow.ReferralState;

/**
 * The queries of retention, export and erasure: every table that holds something about a person, in one place, so
 * that a new table with personal data has one place to be added (docs/data-protection.md). Export and erasure find
 * the tables that point at a referral or a person from the database's foreign keys, so a table added later is
 * exported and erased without a change here; retention's free text is named column by column.
 */
@ApplicationScoped
public class PersonDataRepository {

    /** Exported through their entities (the timeline, the needs on the referral, consents), not as raw rows. */
    private static final Set<String> EXPORTED_AS_ENTITIES = Set.of("referral_event", "referral_need", "consent");
    private static final int MAX_DEPTH = 5;

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

    /**
     * The rows of every other table that points at the referral (onward referrals, match suggestions, and any table
     * added later with a foreign key to it), every column as JSON, by table: an export holds whatever is stored.
     */
    public Map<String, List<String>> rowsAboutReferral(UUID referralId) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (ForeignKey key : referencing("referral")) {
            if (EXPORTED_AS_ENTITIES.contains(key.table())) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<String> json = em.createNativeQuery("select cast(row_to_json(t) as text) from " + quoted(key.table())
                    + " t where t." + quoted(key.column()) + " = ?1").setParameter(1, referralId).getResultList();
            rows.put(key.table(), json);
        }
        return rows;
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
        // A guest's receipt names its referral by reference only
        execute("delete from idempotency_key where location = ?1 or response ->> 'id' = ?2"
                + " or response ->> 'reference' = (select reference from referral where id = ?3)",
                "/referrals/" + referralId, referralId.toString(), referralId);
        execute("delete from outbox_event where referral_id = ?1 and published_at is not null", referralId);
    }

    /**
     * Erasure: the person, and every row that points at them or at a row that does (their referrals, needs,
     * timelines, consents, onward referrals, match suggestions, and any table added later with a foreign key), found
     * from the database's own foreign keys so that no new table is left behind. The outbox and idempotency keys have
     * no foreign key: {@link #forgetCopies} and the outbox delete take them first.
     */
    public void erase(UUID personId, List<UUID> referralIds) {
        for (UUID referralId : referralIds) {
            forgetCopies(referralId);
            execute("delete from outbox_event where referral_id = ?1", referralId);
        }
        deleteRows("person", "id = ?1", personId, 0);
    }

    /** Deletes the rows of {@code table} the condition picks, after the rows of every table that points at them. */
    private void deleteRows(String table, String condition, UUID value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("foreign keys deeper than " + MAX_DEPTH + " below " + table);
        }
        for (ForeignKey key : referencing(table)) {
            if (key.table().equals(table)) {
                continue;
            }
            deleteRows(key.table(), quoted(key.column()) + " in (select " + quoted(key.referencedColumn()) + " from "
                    + quoted(table) + " where " + condition + ")", value, depth + 1);
        }
        execute("delete from " + quoted(table) + " where " + condition, value);
    }

    /** One column of a table that points at another table's column, from PostgreSQL's catalogue. */
    private record ForeignKey(String table, String column, String referencedColumn) {
    }

    private List<ForeignKey> referencing(String table) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.relname, a.attname, ra.attname from pg_constraint k"
                + " join pg_class c on c.oid = k.conrelid"
                + " join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]"
                + " join pg_attribute ra on ra.attrelid = k.confrelid and ra.attnum = k.confkey[1]"
                + " where k.contype = 'f' and k.confrelid = cast(?1 as regclass) and cardinality(k.conkey) = 1"
                + " order by c.relname").setParameter(1, table).getResultList();
        return rows.stream().map(r -> new ForeignKey((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private void execute(String sql, Object... values) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        query.executeUpdate();
    }
}
