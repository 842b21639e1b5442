package org.socialprescribing.directory.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.socialprescribing.directory.TaxonomyTerm;

/** What one run of a feed knows across its pages: the records resolved so far, the counts and the problems. */
final class FeedRunState {

    /** A feed record resolved to a directory record: its id, the content it was written from, whether we keep it. */
    record Known(UUID id, String hash, boolean owned) {
    }

    final UUID feedId;
    final String feedName;
    final UUID runId;
    final int maxProblems;
    final Map<String, Known> organizations = new HashMap<>();
    final Map<String, Known> locations = new HashMap<>();
    private final Map<String, UUID> termsById = new HashMap<>();
    private final Map<String, UUID> termsByCode = new HashMap<>();
    private final Map<String, UUID> termsByName = new HashMap<>();
    int pagesRead;
    int created;
    int updated;
    int unchanged;
    int matched;
    int skipped;
    final List<Map<String, String>> problems = new ArrayList<>();
    /** The feed's organisations whose names alone match one the directory has (see FeedPageWriter), by feed id. */
    final Map<String, Map<String, String>> possibleMatches = new LinkedHashMap<>();
    int problemsNotListed;

    FeedRunState(UUID feedId, String feedName, UUID runId, int maxProblems,
            List<TaxonomyTerm> terms) {
        this.feedId = feedId;
        this.feedName = feedName;
        this.runId = runId;
        this.maxProblems = maxProblems;
        for (TaxonomyTerm term : terms) {
            termsById.put(term.id.toString(), term.id);
            if (term.code != null) {
                termsByCode.putIfAbsent(term.code.toLowerCase(Locale.ROOT), term.id);
            }
            termsByName.putIfAbsent(term.name.toLowerCase(Locale.ROOT), term.id);
        }
    }

    /** The directory's term for a feed's category: same id, else same code, else same name. */
    Optional<UUID> term(FeedRecord.TermRef ref) {
        if (ref.id() != null && termsById.containsKey(ref.id().toLowerCase(Locale.ROOT))) {
            return Optional.of(termsById.get(ref.id().toLowerCase(Locale.ROOT)));
        }
        if (ref.code() != null && termsByCode.containsKey(ref.code().toLowerCase(Locale.ROOT))) {
            return Optional.of(termsByCode.get(ref.code().toLowerCase(Locale.ROOT)));
        }
        return Optional.ofNullable(ref.name() == null ? null : termsByName.get(ref.name().toLowerCase(Locale.ROOT)));
    }

    String actor() {
        return "feed:" + feedName;
    }

    void skip(String record, String name, String field, String reason) {
        skipped++;
        if (problems.size() >= maxProblems) {
            problemsNotListed++;
            return;
        }
        Map<String, String> problem = new LinkedHashMap<>();
        // As the feed sent them, less NUL characters: the report is jsonb, which cannot hold them.
        problem.put("record", record.replace('\u0000', '\uFFFD'));
        if (name != null) {
            problem.put("name", name.replace('\u0000', '\uFFFD'));
        }
        if (field != null) {
            problem.put("field", field);
        }
        problem.put("reason", reason);
        problems.add(problem);
    }

    /** Takes in what a page wrote, once its transaction has committed. */
    void add(FeedPageWriter.PageResult page) {
        organizations.putAll(page.organizations());
        locations.putAll(page.locations());
        created += page.created();
        updated += page.updated();
        unchanged += page.unchanged();
        matched += page.matched();
        for (Map<String, String> match : page.possibleMatches()) {
            if (possibleMatches.size() < maxProblems) {
                possibleMatches.putIfAbsent(match.get("feed_organization_id"), match);
            }
        }
    }
}
