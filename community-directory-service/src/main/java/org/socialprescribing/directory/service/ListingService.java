package org.socialprescribing.directory.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.socialprescribing.directory.CommunityService;
import org.socialprescribing.directory.ListingChange;
import org.socialprescribing.directory.Organization;
import org.socialprescribing.directory.TaxonomyTerm;
import org.socialprescribing.directory.config.ReviewConfig;
import org.socialprescribing.directory.repository.CommunityServiceRepository;
import org.socialprescribing.directory.repository.ListingChangeRepository;
import org.socialprescribing.directory.repository.OrganizationRepository;
import org.socialprescribing.directory.repository.TaxonomyTermRepository;
import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.problem.ProblemType;

/**
 * Charities and coordinators keep listings current: create, edit (with optimistic concurrency: the caller's version
 * must be the stored one), pause or archive through the status, confirm "still accurate", and read the history.
 * Every change is recorded with who made it and what changed.
 */
@ApplicationScoped
@Transactional
public class ListingService {

    private final CommunityServiceRepository services;
    private final OrganizationRepository organizations;
    private final TaxonomyTermRepository terms;
    private final ListingChangeRepository changes;
    private final ReviewConfig review;
    private final ListingPlaces places;
    private final Clock clock;
    private final Event<DirectoryChanged> directoryChanged;

    public ListingService(CommunityServiceRepository services, OrganizationRepository organizations,
            TaxonomyTermRepository terms, ListingChangeRepository changes, ReviewConfig review, ListingPlaces places,
            Clock clock, Event<DirectoryChanged> directoryChanged) {
        this.places = places;
        this.services = services;
        this.organizations = organizations;
        this.terms = terms;
        this.changes = changes;
        this.review = review;
        this.clock = clock;
        this.directoryChanged = directoryChanged;
    }

    /** A listing as its editors see it: with whether it is overdue for review. */
    public record Listing(CommunityService service, boolean stale) {
    }

    public Listing create(UUID organizationId, ListingDetails details, Editor editor, String actor) {
        Organization organization = organizations.findByIdOptional(organizationId)
                .orElseThrow(() -> new ProblemException(ProblemType.VALIDATION_FAILED,
                        "There is no organisation " + organizationId + ".", "organization_id"));
        requireEditor(editor, organizationId);
        CommunityService service = new CommunityService();
        service.id = UUID.randomUUID();
        service.organization = organization;
        apply(service, details);
        service.assuredDate = LocalDate.now(clock);
        services.persist(service);
        record(service, actor, "created", ListingDetails.differences(Map.of(), ListingDetails.snapshot(service)));
        return listing(service);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Listing get(UUID id, Editor editor) {
        CommunityService service = find(id);
        requireEditor(editor, service.organization.id);
        return listing(service);
    }

    /** Replaces the listing's details if {@code expectedVersion} is still current; 412 if someone got there first. */
    public Listing update(UUID id, int expectedVersion, ListingDetails details, Editor editor, String actor) {
        CommunityService service = find(id);
        requireEditor(editor, service.organization.id);
        requireKeptHere(service);
        requireVersion(service, expectedVersion);
        Map<String, Object> before = ListingDetails.snapshot(service);
        apply(service, details);
        Map<String, Object> changed = ListingDetails.differences(before, ListingDetails.snapshot(service));
        if (!changed.isEmpty()) {
            service.lastModified = Instant.now(clock);
            record(service, actor, "updated", changed);
        }
        return flushed(service);
    }

    /**
     * Replaces where and when the listing happens (its places and sessions) if {@code expectedVersion} is current.
     * Existing locations are used as they are; new ones belong to the listing's organisation.
     */
    public Listing replacePlaces(UUID id, int expectedVersion, PlacesUpdate update, Editor editor, String actor) {
        // The service row is locked before its services at locations change: an edit of the service locks it and
        // then updates them (their copies of its words, V18), so taking the locks in the other order could deadlock.
        CommunityService service = find(id, LockModeType.PESSIMISTIC_WRITE);
        requireEditor(editor, service.organization.id);
        requireKeptHere(service);
        requireVersion(service, expectedVersion);
        String before = places.describe(service);
        places.replace(service, update, editor);
        service.lastModified = Instant.now(clock);
        String after = places.describe(service);
        if (!before.equals(after)) {
            Map<String, Object> change = new java.util.LinkedHashMap<>();
            change.put("before", before);
            change.put("after", after);
            record(service, actor, "updated", Map.of("places", change));
        }
        // Even when the history's summary of the places is the same, coordinates, addresses or session dates may
        // have changed, and the modification time has.
        directoryChanged.fire(new DirectoryChanged("listing"));
        return flushed(service);
    }

    /** "Still accurate": the listing was reviewed today (checked against {@code expectedVersion} when given). */
    public Listing confirmAccurate(UUID id, Optional<Integer> expectedVersion, Editor editor, String actor) {
        CommunityService service = find(id);
        requireEditor(editor, service.organization.id);
        requireKeptHere(service);
        expectedVersion.ifPresent(version -> requireVersion(service, version));
        Map<String, Object> before = ListingDetails.snapshot(service);
        service.assuredDate = LocalDate.now(clock);
        service.lastModified = Instant.now(clock);
        record(service, actor, "reviewed", ListingDetails.differences(before, ListingDetails.snapshot(service)));
        return flushed(service);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Listing> list(Optional<UUID> organizationId, boolean staleOnly, Editor editor, int page,
            int perPage) {
        organizationId.ifPresent(org -> requireEditor(editor, org));
        var only = organizationId.map(java.util.Set::of).orElse(editor.organisationIds());
        boolean everyOrganisation = organizationId.isEmpty() && editor.coordinator();
        return services.listings(only, everyOrganisation, staleOnly ? Optional.of(staleBefore()) : Optional.empty(),
                page, perPage).stream().map(this::listing).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ListingChange> history(UUID id, Editor editor) {
        CommunityService service = find(id);
        requireEditor(editor, service.organization.id);
        return changes.ofService(id);
    }

    /** A change with the name of the listing it changed. */
    public record NamedChange(ListingChange change, String serviceName) {
    }

    /** The newest changes across listings: a coordinator's of every organisation, an editor's of their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NamedChange> recentChanges(Editor editor, int page, int perPage) {
        if (!editor.coordinator() && editor.organisationIds().isEmpty()) {
            return List.of();
        }
        List<ListingChange> recent = changes.recent(
                editor.coordinator() ? Optional.empty() : Optional.of(editor.organisationIds()), page, perPage);
        Map<UUID, String> names = new java.util.HashMap<>();
        if (recent.isEmpty()) {
            return List.of();
        }
        services.list("id in ?1", recent.stream().map(c -> c.serviceId).distinct().toList())
                .forEach(s -> names.put(s.id, s.name));
        return recent.stream().map(c -> new NamedChange(c, names.get(c.serviceId))).toList();
    }

    private LocalDate staleBefore() {
        return LocalDate.now(clock).minus(review.staleAfter());
    }

    /** The listing with what its view reads loaded, as the view is written after the transaction ends. */
    private Listing listing(CommunityService service) {
        org.hibernate.Hibernate.initialize(service.organization);
        org.hibernate.Hibernate.initialize(service.taxonomyTerms);
        return new Listing(service, service.assuredDate == null || service.assuredDate.isBefore(staleBefore()));
    }

    private CommunityService find(UUID id) {
        return find(id, LockModeType.NONE);
    }

    private CommunityService find(UUID id, LockModeType lock) {
        return services.findByIdOptional(id, lock).orElseThrow(() -> ProblemException.notFound("Listing", id));
    }

    private static void requireEditor(Editor editor, UUID organizationId) {
        if (!editor.mayEdit(organizationId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You are not an editor of this organisation.");
        }
    }

    /** A listing a federated feed keeps is changed at its source; an edit here would be lost at the next pull. */
    private static void requireKeptHere(CommunityService service) {
        if (service.originFeedId != null) {
            throw new ProblemException(ProblemType.CONFLICT, "This listing comes from another directory's feed ("
                    + service.originFeedId + ") and is kept there; change it at its source.");
        }
    }

    private static void requireVersion(CommunityService service, int expectedVersion) {
        if (service.version != expectedVersion) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The listing has changed since you read it"
                    + " (you have version " + expectedVersion + ", it is now " + service.version
                    + "). Read it again, then make your change.");
        }
    }

    /** Writes now, so that a concurrent writer that got in between the check and the write is a 412 too. */
    private Listing flushed(CommunityService service) {
        try {
            services.flush();
        } catch (OptimisticLockException e) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "The listing changed while you were saving. Read it again, then make your change.");
        }
        return listing(service);
    }

    private void record(CommunityService service, String actor, String action, Map<String, Object> changed) {
        ListingChange change = new ListingChange();
        change.id = UUID.randomUUID();
        change.serviceId = service.id;
        change.organizationId = service.organization.id;
        change.changedBy = actor;
        change.changedAt = Instant.now(clock);
        change.action = action;
        change.changes = changed;
        changes.persist(change);
        directoryChanged.fire(new DirectoryChanged("listing"));
    }

    private void apply(CommunityService service, ListingDetails d) {
        if (d.minimumAge() != null && d.maximumAge() != null && d.minimumAge() > d.maximumAge()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The age range is the wrong way round.",
                    "maximum_age");
        }
        if (d.capacityAvailable() != null && d.capacityMaximum() != null
                && d.capacityAvailable() > d.capacityMaximum()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "More places available than the maximum.",
                    "capacity_available");
        }
        service.name = d.name().strip();
        service.description = d.description() == null ? "" : d.description().strip();
        service.url = d.url();
        service.email = d.email();
        service.status = d.status() == null ? "active" : d.status();
        service.feesDescription = d.fees();
        service.minimumAge = d.minimumAge();
        service.maximumAge = d.maximumAge();
        service.eligibilityDescription = d.eligibilityDescription();
        service.alert = d.alert();
        service.deliveryModes = d.deliveryModes() == null || d.deliveryModes().isEmpty()
                ? new String[]{"in_person"}
                : d.deliveryModes().stream().distinct().sorted().toArray(String[]::new);
        service.eligibilityCriteria = d.eligibilityCriteria() == null
                ? new String[0]
                : d.eligibilityCriteria().stream().distinct().sorted().toArray(String[]::new);
        service.referralState = d.acceptingReferrals() == null ? "open" : d.acceptingReferrals();
        service.capacityAvailable = d.capacityAvailable();
        service.capacityMaximum = d.capacityMaximum();
        if (service.lastModified == null) {
            service.lastModified = Instant.now(clock);
        }
        var wanted = d.taxonomyTermIds() == null ? java.util.Set.<UUID>of() : d.taxonomyTermIds();
        var found = new HashSet<TaxonomyTerm>(terms.list("id in ?1", wanted));
        if (found.size() != wanted.size()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Some taxonomy terms do not exist.",
                    "taxonomy_term_ids");
        }
        service.taxonomyTerms.clear();
        service.taxonomyTerms.addAll(found);
    }
}
