package org.socialprescribing.referral.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;
import org.socialprescribing.referral.Consent;
import org.socialprescribing.referral.Person;
import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.ReferralEvent;
import org.socialprescribing.referral.person.NhsNumber;
import org.socialprescribing.referral.repository.ConsentRepository;
import org.socialprescribing.referral.repository.PersonRepository;
import org.socialprescribing.referral.repository.ReferralEventRepository;
import org.socialprescribing.referral.repository.ReferralRepository;
import org.socialprescribing.referral.rest.NewReferral;
import org.socialprescribing.referral.rest.PersonDetails;
import org.socialprescribing.referral.workflow.ReferralState;

/**
 * Referrals in, and the lists they are worked from. A resident refers themselves (their person record is found by
 * their account, or made); a link worker refers someone (a new person record from what they were told). Every
 * referral starts received, with the person's consent to be contacted recorded in the wording they saw, and the
 * first entry of its timeline.
 */
@ApplicationScoped
@Transactional
public class ReferralService {

    static final int LIST_LIMIT = 200;

    private final ReferralRepository referrals;
    private final PersonRepository people;
    private final ConsentRepository consents;
    private final ReferralEventRepository events;
    private final Clock clock;

    public ReferralService(ReferralRepository referrals, PersonRepository people, ConsentRepository consents,
            ReferralEventRepository events, Clock clock) {
        this.referrals = referrals;
        this.people = people;
        this.consents = consents;
        this.events = events;
        this.clock = clock;
    }

    public Referral create(Caller caller, NewReferral request) {
        Instant now = clock.instant();
        boolean self = !caller.staff();
        Person person = self ? ownRecord(caller, request.person(), now) : newPerson(request.person(), now);
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.reference = freshReference();
        referral.person = person;
        referral.route = self ? Referral.Route.SELF : Referral.Route.LINK_WORKER;
        referral.referredBy = caller.subject();
        if (request.needs() != null) {
            request.needs().forEach(need -> referral.needs.add(need.strip()));
        }
        referral.freeText = blankToNull(request.freeText());
        referral.chosenServiceId = request.chosenServiceId();
        referral.priority = request.priority() == null ? Referral.Priority.ROUTINE : request.priority();
        referral.state = ReferralState.RECEIVED;
        referral.matching = Referral.Matching.WAITING;
        referral.receivedAt = now;
        if (caller.linkWorker()) {
            referral.assignedTo = caller.subject();
        }
        referrals.persist(referral);

        Consent contact = new Consent();
        contact.id = UUID.randomUUID();
        contact.personId = person.id;
        contact.referralId = referral.id;
        contact.purpose = Consent.Purpose.CONTACT;
        contact.wordingVersion = ConsentWording.CONTACT;
        contact.givenAt = now;
        contact.recordedBy = self ? null : caller.subject();
        consents.persist(contact);

        Timeline.record(events, referral, caller, now, "received", null, ReferralState.RECEIVED, null);
        return referral;
    }

    /**
     * What the caller works from: a resident, their own referrals; a link worker, their caseload (optionally one
     * state); a coordinator, the unassigned queue.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Referral> visibleTo(Caller caller, Optional<ReferralState> state) {
        if (caller.linkWorker()) {
            return referrals.caseload(caller.subject(), state, LIST_LIMIT);
        }
        if (caller.coordinator()) {
            return referrals.unassigned(LIST_LIMIT);
        }
        return referrals.ofAccount(caller.subject(), LIST_LIMIT);
    }

    /** One referral; who may see it is checked before this is called (ReferralAccess). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Referral get(UUID id) {
        return referrals.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Referral", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReferralEvent> timeline(UUID id) {
        get(id);
        return events.timeline(id);
    }

    private Person ownRecord(Caller caller, PersonDetails details, Instant now) {
        Optional<Person> known = people.findByAccount(caller.subject());
        Person person = known.orElseGet(() -> {
            Person created = blankPerson(now);
            created.accountSubject = caller.subject();
            return created;
        });
        if (details != null) {
            fill(person, details);
        }
        person.updatedAt = now;
        if (known.isEmpty()) {
            people.persist(person);
        }
        return person;
    }

    private Person newPerson(PersonDetails details, Instant now) {
        if (details == null) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "person must say who is referred: at least their name");
        }
        if (details.givenName() == null || details.givenName().isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "person.given_name must be the name of the person referred");
        }
        Person person = blankPerson(now);
        fill(person, details);
        people.persist(person);
        return person;
    }

    private static Person blankPerson(Instant now) {
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.preferredLanguage = "en";
        person.createdAt = now;
        person.updatedAt = now;
        return person;
    }

    /** What the request says about the person; what it leaves out stays as it was. */
    static void fill(Person person, PersonDetails details) {
        if (details.nhsNumber() != null && !details.nhsNumber().isBlank()) {
            person.nhsNumber = NhsNumber.parse(details.nhsNumber())
                    .orElseThrow(() -> new ProblemException(ProblemType.VALIDATION_FAILED,
                            "person.nhs_number is not an NHS number: ten digits with a valid check digit"))
                    .digits();
        }
        person.givenName = keep(person.givenName, details.givenName());
        person.familyName = keep(person.familyName, details.familyName());
        person.email = keep(person.email, details.email());
        person.phone = keep(person.phone, details.phone());
        person.bestTimeToCall = keep(person.bestTimeToCall, details.bestTimeToCall());
        person.postcode = details.postcode() == null
                ? person.postcode
                : details.postcode().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", "")
                        .replaceAll("(...)$", " $1");
        person.dateOfBirth = details.dateOfBirth() == null ? person.dateOfBirth : details.dateOfBirth();
        person.ageBand = keep(person.ageBand, details.ageBand());
        person.preferredLanguage = keep(person.preferredLanguage, details.preferredLanguage());
        person.accessNeeds = keep(person.accessNeeds, details.accessNeeds());
        if (details.contactBy() != null) {
            person.contactByEmail = details.contactBy().contains("email");
            person.contactByPhone = details.contactBy().contains("phone");
            person.contactByText = details.contactBy().contains("text");
            person.contactByLetter = details.contactBy().contains("letter");
        }
    }

    private static String keep(String current, String given) {
        return given == null || given.isBlank() ? current : given.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String freshReference() {
        String reference = References.next();
        while (referrals.referenceTaken(reference)) {
            reference = References.next();
        }
        return reference;
    }
}
