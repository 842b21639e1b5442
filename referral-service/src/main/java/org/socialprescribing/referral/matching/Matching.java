package org.socialprescribing.referral.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.referral.MatchSuggestion;
import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.repository.MatchSuggestionRepository;
import org.socialprescribing.referral.repository.ReferralRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Match suggestions for a referral: the directory asked once per need (near the person's postcode), the services
 * found ranked by {@link MatchScorer}, and kept. The directory is called outside any transaction; when it cannot
 * answer, the referral's matching is pending and {@link #retryPending} tries again on a schedule, so a referral is
 * never refused or lost for it.
 */
@ApplicationScoped
public class Matching {

    /** What matching has for a referral now. */
    public record Answer(Referral.Matching matching, List<Suggestion> suggestions) {
    }

    static final int SUGGESTIONS = 10;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final TypeReference<List<Suggestion.Reason>> REASONS = new TypeReference<>() {
    };

    private record Snapshot(Seeker seeker, String postcode, Referral.Matching matching) {
    }

    private final ReferralRepository referrals;
    private final MatchSuggestionRepository stored;
    private final DirectoryClient directory;
    private final ObjectMapper json;
    private final Clock clock;

    public Matching(ReferralRepository referrals, MatchSuggestionRepository stored, DirectoryClient directory,
            ObjectMapper json, Clock clock) {
        this.referrals = referrals;
        this.stored = stored;
        this.directory = directory;
        this.json = json;
        this.clock = clock;
    }

    /** The suggestions kept, or made now if there are none yet. */
    public Answer suggestions(UUID id) {
        Snapshot snapshot = snapshot(id);
        return snapshot.matching() == Referral.Matching.DONE ? kept(id, Referral.Matching.DONE) : match(id, snapshot);
    }

    /** Matches again (the needs changed, or the directory did). */
    public Answer refresh(UUID id) {
        return match(id, snapshot(id));
    }

    /** Referrals whose matching waited for the directory, matched now if it answers (on the schedule). */
    @Scheduled(every = "${referral.matching.retry-every:60s}", delayed = "${referral.matching.retry-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryPending() {
        retryPendingNow();
    }

    /** The scheduled retry, run now (tests, and an operator who knows the directory is back). */
    public void retryPendingNow() {
        List<UUID> pending = QuarkusTransaction.requiringNew().call(() -> stored.pending(50));
        for (UUID id : pending) {
            if (match(id, snapshot(id)).matching() == Referral.Matching.PENDING) {
                return; // the directory is still not answering: the next run tries again
            }
        }
    }

    private Answer match(UUID id, Snapshot snapshot) {
        Map<UUID, DirectoryService> services = new LinkedHashMap<>();
        Map<UUID, Set<String>> met = new HashMap<>();
        for (String need : snapshot.seeker().needs()) {
            Optional<List<DirectoryService>> found = directory.servicesFor(need, snapshot.postcode());
            if (found.isEmpty()) {
                QuarkusTransaction.requiringNew()
                        .run(() -> referrals.findById(id).matching = Referral.Matching.PENDING);
                return kept(id, Referral.Matching.PENDING);
            }
            for (DirectoryService service : found.get()) {
                services.putIfAbsent(service.id(), service);
                met.computeIfAbsent(service.id(), k -> new LinkedHashSet<>()).add(need);
            }
        }
        Map<String, String> names = new HashMap<>();
        snapshot.seeker().needs().forEach(need -> directory.needName(need).ifPresent(n -> names.put(need, n)));
        Map<DirectoryService, Set<String>> candidates = new LinkedHashMap<>();
        services.forEach((serviceId, service) -> candidates.put(service, met.get(serviceId)));
        List<Suggestion> ranked = MatchScorer.rank(snapshot.seeker(), candidates, names,
                LocalDate.now(clock.withZone(UK)),
                SUGGESTIONS);
        QuarkusTransaction.requiringNew().run(() -> {
            stored.replace(id, rows(id, ranked));
            referrals.findById(id).matching = Referral.Matching.DONE;
        });
        return new Answer(Referral.Matching.DONE, ranked);
    }

    private Snapshot snapshot(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Referral referral = referrals.findByIdOptional(id)
                    .orElseThrow(() -> ProblemException.notFound("Referral", id));
            Seeker seeker = Seeker.of(List.copyOf(referral.needs), referral.person.dateOfBirth,
                    referral.person.ageBand, referral.person.preferredLanguage, LocalDate.now(clock.withZone(UK)));
            return new Snapshot(seeker, referral.person.postcode, referral.matching);
        });
    }

    private Answer kept(UUID id, Referral.Matching matching) {
        List<Suggestion> suggestions = QuarkusTransaction.requiringNew().call(() -> {
            List<Suggestion> read = new ArrayList<>();
            for (MatchSuggestion row : stored.ofReferral(id)) {
                read.add(new Suggestion(row.serviceId, row.organisationId, row.serviceName, row.organisationName,
                        row.score, reasons(row.reasons)));
            }
            return read;
        });
        return new Answer(matching, suggestions);
    }

    private List<MatchSuggestion> rows(UUID id, List<Suggestion> ranked) {
        List<MatchSuggestion> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Suggestion s = ranked.get(i);
            MatchSuggestion row = new MatchSuggestion();
            row.id = UUID.randomUUID();
            row.referralId = id;
            row.rank = i + 1;
            row.serviceId = s.serviceId();
            row.organisationId = s.organisationId();
            row.serviceName = s.serviceName();
            row.organisationName = s.organisationName();
            row.score = s.score();
            try {
                row.reasons = json.writeValueAsString(s.reasons());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            row.computedAt = clock.instant();
            rows.add(row);
        }
        return rows;
    }

    private List<Suggestion.Reason> reasons(String text) {
        try {
            return json.readValue(text, REASONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
