package org.socialprescribing.directory.service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.socialprescribing.directory.Feed;
import org.socialprescribing.directory.ListingChange;
import org.socialprescribing.directory.repository.FeedRepository;
import org.socialprescribing.directory.repository.ListingChangeRepository;
import org.socialprescribing.directory.repository.OrganizationMerge;
import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;

/**
 * A coordinator confirms a possible match from a run report: the feed's own organisation is the directory's one,
 * so its services (and locations) move under it, and the feed's later runs write there. Only a person decides
 * this; an import never does (FeedPageWriter).
 */
@ApplicationScoped
public class FeedMatchService {

    /** The organisation now holding the feed's services, and how many moved. */
    public record Merged(UUID organizationId, int servicesMoved) {
    }

    private final FeedRepository feeds;
    private final OrganizationMerge merge;
    private final ListingChangeRepository changes;
    private final Clock clock;
    private final Event<DirectoryChanged> directoryChanged;

    public FeedMatchService(FeedRepository feeds, OrganizationMerge merge, ListingChangeRepository changes,
            Clock clock, Event<DirectoryChanged> directoryChanged) {
        this.feeds = feeds;
        this.merge = merge;
        this.changes = changes;
        this.clock = clock;
        this.directoryChanged = directoryChanged;
    }

    @Transactional
    public Merged confirm(UUID feedId, UUID importedId, UUID organizationId, String actor) {
        // The feed's row locked: a run cannot claim it until this commits, and a running one is refused here.
        Feed feed = feeds.findByIdOptional(feedId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Feed", feedId));
        if (feed.runningSince != null) {
            throw new ProblemException(ProblemType.CONFLICT, "This feed is being pulled now; confirm after its run.");
        }
        OrganizationMerge.Party imported = merge.party(importedId)
                .orElseThrow(() -> ProblemException.notFound("Organization", importedId));
        OrganizationMerge.Party local = merge.party(organizationId)
                .orElseThrow(() -> ProblemException.notFound("Organization", organizationId));
        if (!feedId.equals(imported.originFeedId())) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "imported_organization_id must be an organisation this feed imported as its own.",
                    "imported_organization_id");
        }
        if (importedId.equals(organizationId) || feedId.equals(local.originFeedId()) || !local.verified()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "organization_id must be a published organisation this feed does not keep.", "organization_id");
        }
        Instant now = Instant.now(clock);
        List<UUID> moved = merge.merge(importedId, organizationId, now);
        for (UUID serviceId : moved) {
            ListingChange change = new ListingChange();
            change.id = UUID.randomUUID();
            change.serviceId = serviceId;
            change.organizationId = organizationId;
            change.changedBy = actor;
            change.changedAt = now;
            change.action = "updated";
            Map<String, Object> what = new LinkedHashMap<>();
            what.put("feed", feed.name);
            what.put("organization_id", Map.of("before", importedId.toString(), "after", organizationId.toString()));
            change.changes = what;
            changes.persist(change);
        }
        directoryChanged.fire(new DirectoryChanged("feed"));
        return new Merged(organizationId, moved.size());
    }
}
