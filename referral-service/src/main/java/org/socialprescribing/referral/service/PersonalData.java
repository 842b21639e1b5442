package org.socialprescribing.referral.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;
import org.socialprescribing.referral.AuditEntry;
import org.socialprescribing.referral.Consent;
import org.socialprescribing.referral.Person;
import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.ReferralEvent;
import org.socialprescribing.referral.repository.AuditRepository;
import org.socialprescribing.referral.repository.PersonDataRepository;
import org.socialprescribing.referral.repository.PersonRepository;
import org.socialprescribing.referral.repository.ReferralEventRepository;

/**
 * A person's right of access and to erasure, for what this service holds about them: everything, as one export;
 * and all of it erased, except the audit trail of staff access (ids, who, when, what; the reasons go), which is
 * kept so a later complaint or safeguarding review can still see who looked at their data (docs/data-protection.md).
 */
@ApplicationScoped
@Transactional
public class PersonalData {

    /** Everything held about one person; {@code person} empty when the service holds nothing about them. */
    public record Held(Optional<Person> person, List<Referral> referrals, Map<UUID, List<ReferralEvent>> timelines,
            Map<UUID, Map<String, List<String>>> alsoHeld, List<Consent> consents, List<AuditEntry> staffAccess) {

        static Held nothing() {
            return new Held(Optional.empty(), List.of(), Map.of(), Map.of(), List.of(), List.of());
        }
    }

    private final PersonRepository people;
    private final PersonDataRepository data;
    private final ReferralEventRepository events;
    private final AuditRepository audit;

    public PersonalData(PersonRepository people, PersonDataRepository data, ReferralEventRepository events,
            AuditRepository audit) {
        this.people = people;
        this.data = data;
        this.events = events;
        this.audit = audit;
    }

    /** A resident's own: nothing held is an empty export, not an error. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Held ofAccount(String subject) {
        return people.findByAccount(subject).map(this::held).orElseGet(Held::nothing);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Held of(UUID personId) {
        return held(person(personId));
    }

    /** A resident's own; nothing held is nothing to do. */
    public void eraseAccount(String subject) {
        people.findByAccount(subject).ifPresent(this::erase);
    }

    /** A coordinator's, on the person's request: the reason is the audit trail's record of that request. */
    public void erase(UUID personId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "X-Audit-Reason must say why the person's data is erased (their request, and how it was made)",
                    "X-Audit-Reason");
        }
        erase(person(personId));
    }

    private void erase(Person person) {
        List<UUID> referralIds = data.referralsOf(person.id).stream().map(r -> r.id).toList();
        audit.forgetReasons(person.id, referralIds);
        data.erase(person.id, referralIds);
    }

    private Held held(Person person) {
        List<Referral> referrals = data.referralsOf(person.id);
        Map<UUID, List<ReferralEvent>> timelines = new LinkedHashMap<>();
        Map<UUID, Map<String, List<String>>> alsoHeld = new LinkedHashMap<>();
        for (Referral referral : referrals) {
            timelines.put(referral.id, events.timeline(referral.id));
            alsoHeld.put(referral.id, data.rowsAboutReferral(referral.id));
        }
        return new Held(Optional.of(person), referrals, timelines, alsoHeld, data.consentsOf(person.id),
                audit.ofPerson(person.id));
    }

    private Person person(UUID personId) {
        return people.findByIdOptional(personId).orElseThrow(() -> ProblemException.notFound("Person", personId));
    }
}
