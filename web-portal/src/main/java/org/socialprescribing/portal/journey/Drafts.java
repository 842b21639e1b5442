package org.socialprescribing.portal.journey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The answers of journeys in progress, kept on the server under the signed-in person and the journey's name: never in
 * a URL, a hidden field another person could replay, or the logs. A draft lives an hour after its last change
 * ({@link #IDLE}) and goes as soon as it is sent; the store holds at most {@link #MOST} drafts, dropping the oldest.
 * It is in this portal's memory: with several portal replicas, route a person to one (sticky sessions) or move the
 * drafts to a shared store (see docs/portal.md).
 */
@ApplicationScoped
public class Drafts {

    static final Duration IDLE = Duration.ofHours(1);
    static final int MOST = 10_000;

    private record Draft(Map<String, String> answers, Instant touched) {
    }

    private final Map<String, Draft> drafts = new ConcurrentHashMap<>();
    private final Clock clock;

    public Drafts(Clock clock) {
        this.clock = clock;
    }

    /**
     * Whose draft it is: a signed-in person (by their identity) or a guest (by the random value of their draft cookie,
     * which only their browser holds). The two never share a key.
     */
    public record Owner(String key) {

        public static Owner of(SecurityIdentity person) {
            if (person == null || person.isAnonymous()) {
                throw new IllegalStateException("A journey's answers are kept for a signed-in person only");
            }
            return new Owner(person.getPrincipal().getName());
        }

        /** A guest, known only by their draft cookie's random value. */
        public static Owner guest(String cookie) {
            if (cookie == null || cookie.isBlank()) {
                throw new IllegalStateException("A guest's answers are kept under their draft cookie only");
            }
            return new Owner("guest\u0000" + cookie);
        }
    }

    /** This person's answers so far (empty if none, or if they lapsed). */
    public Map<String, String> answers(Journey<?> journey, SecurityIdentity person) {
        return answers(journey, Owner.of(person));
    }

    /** This owner's answers so far (empty if none, or if they lapsed). */
    public Map<String, String> answers(Journey<?> journey, Owner owner) {
        Draft draft = drafts.get(key(journey, owner));
        if (draft == null || lapsed(draft)) {
            return Map.of();
        }
        return draft.answers();
    }

    /** Keeps one answer (an empty one removes it). */
    public void keep(Journey<?> journey, SecurityIdentity person, String question, String answer) {
        keep(journey, Owner.of(person), question, answer);
    }

    /** Keeps one answer of this owner's (an empty one removes it). */
    public void keep(Journey<?> journey, Owner owner, String question, String answer) {
        purge();
        drafts.compute(key(journey, owner), (k, old) -> {
            Map<String, String> answers = new LinkedHashMap<>(old == null || lapsed(old) ? Map.of() : old.answers());
            if (answer.isEmpty()) {
                answers.remove(question);
            } else {
                answers.put(question, answer);
            }
            return new Draft(Map.copyOf(answers), clock.instant());
        });
    }

    /** Forgets the draft: it was sent, or the person started again. */
    public void forget(Journey<?> journey, SecurityIdentity person) {
        forget(journey, Owner.of(person));
    }

    /** Forgets this owner's draft. */
    public void forget(Journey<?> journey, Owner owner) {
        drafts.remove(key(journey, owner));
    }

    int size() {
        return drafts.size();
    }

    private boolean lapsed(Draft draft) {
        return draft.touched().plus(IDLE).isBefore(clock.instant());
    }

    private void purge() {
        drafts.values().removeIf(this::lapsed);
        while (drafts.size() >= MOST) {
            drafts.entrySet().stream().min(Map.Entry.comparingByValue(java.util.Comparator.comparing(Draft::touched)))
                    .ifPresent(oldest -> drafts.remove(oldest.getKey()));
        }
    }

    private static String key(Journey<?> journey, Owner owner) {
        return journey.name() + "\u0000" + owner.key();
    }
}
