package org.socialprescribing.referral.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;
import org.socialprescribing.referral.Consent;
import org.socialprescribing.referral.Person;
import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.ReferralEvent;
import org.socialprescribing.referral.repository.ConsentRepository;
import org.socialprescribing.referral.repository.PersonRepository;
import org.socialprescribing.referral.repository.ReferralEventRepository;
import org.socialprescribing.referral.repository.ReferralRepository;
import org.socialprescribing.referral.rest.GuestReferral;
import org.socialprescribing.referral.rest.GuestStatusRequest;
import org.socialprescribing.referral.workflow.ReferralState;

/**
 * A guest refers themselves with no account, and later asks where it is. Their referral is for a new person record
 * (nothing ties two guest referrals together), route self, with nobody as its referrer and "guest" on its timeline.
 * They get a secret once: 256 random bits, URL-safe; only its SHA-256 is stored (a secret this long needs no slow
 * hash: it cannot be guessed from its hash), and it is compared in constant time. A reference and secret that do not
 * match are one answer, whether the reference exists or not.
 */
@ApplicationScoped
@Transactional
public class GuestReferrals {

    /** How the timeline names a guest: they have no account to name. */
    static final String GUEST = "guest";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] NO_SUCH_HASH = new byte[32];

    private final ReferralRepository referrals;
    private final PersonRepository people;
    private final ConsentRepository consents;
    private final ReferralEventRepository events;
    private final Clock clock;

    public GuestReferrals(ReferralRepository referrals, PersonRepository people, ConsentRepository consents,
            ReferralEventRepository events, Clock clock) {
        this.referrals = referrals;
        this.people = people;
        this.consents = consents;
        this.events = events;
        this.clock = clock;
    }

    /** A stored guest referral and the secret to show the guest once. */
    public record Received(Referral referral, String secret) {
    }

    /** What a guest may see of theirs: the referral and its timeline. */
    public record Status(Referral referral, List<ReferralEvent> timeline) {
    }

    public Received create(GuestReferral request) {
        if (request.website() != null && !request.website().isEmpty()) {
            // A person never sees the field; the message says so plainly without helping a robot.
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "This referral could not be accepted. Please leave the field named website empty and send it"
                            + " again.");
        }
        if (blank(request.person().givenName())) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Tell us your first name.",
                    "person.given_name");
        }
        if (blank(request.person().email()) && blank(request.person().phone())) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "Give an e-mail address or a phone number, so that a link worker can contact you.", "person");
        }
        Instant now = clock.instant();
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.preferredLanguage = "en";
        person.createdAt = now;
        person.updatedAt = now;
        ReferralService.fill(person, request.person());
        people.persist(person);

        String secret = newSecret();
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.reference = freshReference();
        referral.guestSecretHash = hash(secret);
        referral.person = person;
        referral.route = Referral.Route.SELF;
        if (request.needs() != null) {
            request.needs().forEach(need -> referral.needs.add(need.strip()));
        }
        referral.freeText = blank(request.freeText()) ? null : request.freeText().strip();
        referral.chosenServiceId = request.chosenServiceId();
        referral.priority = Referral.Priority.ROUTINE;
        referral.state = ReferralState.RECEIVED;
        referral.matching = Referral.Matching.WAITING;
        referral.receivedAt = now;
        referrals.persist(referral);

        Consent contact = new Consent();
        contact.id = UUID.randomUUID();
        contact.personId = person.id;
        contact.referralId = referral.id;
        contact.purpose = Consent.Purpose.CONTACT;
        contact.wordingVersion = ConsentWording.CONTACT;
        contact.givenAt = now;
        consents.persist(contact);

        ReferralEvent received = new ReferralEvent();
        received.id = UUID.randomUUID();
        received.referralId = referral.id;
        received.at = now;
        received.actor = GUEST;
        received.actorKind = ReferralEvent.ActorKind.GUEST;
        received.kind = "received";
        received.toState = ReferralState.RECEIVED;
        events.persist(received);
        return new Received(referral, secret);
    }

    /** The referral the pair names; 404 for any other pair, the same whether the reference exists or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Status status(GuestStatusRequest request) {
        Referral referral = referrals.byReference(request.reference().toUpperCase(Locale.ROOT)).orElse(null);
        byte[] stored = referral == null || referral.guestSecretHash == null ? NO_SUCH_HASH : referral.guestSecretHash;
        boolean matches = MessageDigest.isEqual(stored, hash(request.secret()));
        if (referral == null || referral.guestSecretHash == null || !matches) {
            throw new ProblemException(ProblemType.NOT_FOUND,
                    "No referral has this reference and secret. Check both, as they were shown when you sent it.");
        }
        return new Status(referral, events.timeline(referral.id));
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private String freshReference() {
        String reference = References.next();
        while (referrals.referenceTaken(reference)) {
            reference = References.next();
        }
        return reference;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
