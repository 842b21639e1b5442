package org.socialprescribing.directory.service;

import static org.socialprescribing.directory.repository.FeedWrite.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.socialprescribing.directory.repository.FeedRecordStore;
import org.socialprescribing.directory.repository.FeedRecordStore.Source;
import org.socialprescribing.directory.service.FeedRunState.Known;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes one page of checked feed records in one transaction: each service is created, updated (if this feed keeps
 * it and it changed), left unchanged, or matched to a record the directory already has from elsewhere (linked, not
 * duplicated, not overwritten). Organisations match only by the feed's own ids or a registered number both carry
 * (charity, company); one whose name alone matches an organisation the directory has is imported as the feed's own,
 * and the pair is reported to the coordinator as a possible match. Locations match by the feed's own ids.
 */
@ApplicationScoped
public class FeedPageWriter {

    /** What a committed page adds to the run. */
    record PageResult(Map<String, Known> organizations, Map<String, Known> locations, int created, int updated,
            int unchanged, int matched, int organizationsUpdated, List<Map<String, String>> possibleMatches) {
    }

    private final FeedRecordStore store;
    private final ObjectMapper json;
    private final Event<DirectoryChanged> directoryChanged;

    public FeedPageWriter(FeedRecordStore store, ObjectMapper json, Event<DirectoryChanged> directoryChanged) {
        this.store = store;
        this.json = json;
        this.directoryChanged = directoryChanged;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    PageResult write(FeedRunState run, List<FeedRecord> records, Instant now) {
        PageResult result = new Page(run, records, now).write();
        // Unchanged and matched records only gain provenance, which no public answer shows: a refresh of an
        // unchanged feed leaves kept search answers alone. An organisation the feed keeps may change on its own,
        // and every answer shows its services' organisation.
        if (result.created() + result.updated() + result.organizationsUpdated() > 0) {
            directoryChanged.fire(new DirectoryChanged("feed"));
        }
        return result;
    }

    /** One page's work: look-ups first (one query per kind), then the writes, sent as batches at the end. */
    private final class Page {
        private final FeedRunState run;
        private final List<FeedRecord> records;
        private final Instant now;
        private final FeedRecordStore.Writes writes = new FeedRecordStore.Writes();
        private final Map<String, Known> organizations = new HashMap<>();
        private final Map<String, Known> locations = new HashMap<>();
        private final Set<String> createdOrganizations = new HashSet<>();
        private final List<Map<String, String>> possibleMatches = new ArrayList<>();
        private Map<String, Source> locationSources;
        private int created;
        private int updated;
        private int unchanged;
        private int matched;
        private int organizationsUpdated;

        Page(FeedRunState run, List<FeedRecord> records, Instant now) {
            this.run = run;
            this.records = records;
            this.now = now;
        }

        PageResult write() {
            resolveOrganizations();
            Map<String, Source> serviceSources = store.sources(run.feedId, "service",
                    records.stream().map(FeedRecord::externalId).toList());
            Map<String, FeedRecordStore.Match> sameName = servicesWithSameName(serviceSources);
            Set<String> locationIds = new LinkedHashSet<>();
            records.forEach(r -> r.places().forEach(p -> locationIds.add(p.location().externalId())));
            locationIds.removeIf(run.locations::containsKey);
            locationSources = store.sources(run.feedId, "location", locationIds);
            for (FeedRecord record : records) {
                Known organization = organization(record.organization().externalId());
                Source source = serviceSources.get(record.externalId());
                if (source != null) {
                    if (!run.feedId.equals(source.originFeedId())) {
                        matched++;
                        touch("service", record.externalId(), source.recordId(), source.hash());
                    } else if (record.hash().equals(source.hash())) {
                        unchanged++;
                        touch("service", record.externalId(), source.recordId(), source.hash());
                    } else {
                        updated++;
                        replace(record, source.recordId(), organization.id(), false);
                    }
                    continue;
                }
                FeedRecordStore.Match match = sameName.get(organization.id() + "|" + record.fields().name());
                if (match != null) {
                    matched++;
                    touch("service", record.externalId(), match.id(), null);
                } else {
                    created++;
                    replace(record, UUID.randomUUID(), organization.id(), true);
                }
            }
            store.apply(writes);
            return new PageResult(organizations, locations, created, updated, unchanged, matched,
                    organizationsUpdated, possibleMatches);
        }

        private void resolveOrganizations() {
            Map<String, FeedRecord.Org> wanted = new LinkedHashMap<>();
            for (FeedRecord record : records) {
                FeedRecord.Org org = record.organization();
                Known known = run.organizations.get(org.externalId());
                if (known == null) {
                    wanted.putIfAbsent(org.externalId(), org);
                } else if (known.owned() && !known.hash().equals(org.hash())
                        && !organizations.containsKey(org.externalId())) {
                    updateOrganization(org, known.id());
                }
            }
            Map<String, Source> sources = store.sources(run.feedId, "organization", wanted.keySet());
            Map<String, FeedRecordStore.Match> sameNumber = sameNumber(
                    wanted.values().stream().filter(o -> !sources.containsKey(o.externalId())).toList());
            List<FeedRecord.Org> kept = new ArrayList<>();
            for (FeedRecord.Org org : wanted.values()) {
                Source source = sources.get(org.externalId());
                FeedRecordStore.Match match = org.identifiers().stream()
                        .map(i -> sameNumber.get(i.scheme() + "|" + i.identifier())).filter(m -> m != null)
                        .findFirst().orElse(null);
                if (source != null) {
                    boolean owned = run.feedId.equals(source.originFeedId());
                    organizations.put(org.externalId(), new Known(source.recordId(), source.hash(), owned));
                    if (owned && !org.hash().equals(source.hash())) {
                        updateOrganization(org, source.recordId());
                    } else {
                        touch("organization", org.externalId(), source.recordId(), source.hash());
                    }
                    if (owned) {
                        kept.add(org);
                    }
                } else if (match != null) {
                    organizations.put(org.externalId(),
                            new Known(match.id(), org.hash(), run.feedId.equals(match.originFeedId())));
                    touch("organization", org.externalId(), match.id(), org.hash());
                } else {
                    UUID id = UUID.randomUUID();
                    writes.add(INSERT_ORGANIZATION, id, org.name(), nonNull(org.description()), org.email(),
                            org.website(), now, now, run.feedId);
                    identifiers(org, id);
                    touch("organization", org.externalId(), id, org.hash());
                    organizations.put(org.externalId(), new Known(id, org.hash(), true));
                    createdOrganizations.add(org.externalId());
                    kept.add(org);
                }
            }
            flagPossibleMatches(kept);
        }

        /** Organisations the directory has with a registered number one of these carries, by "scheme|number". */
        private Map<String, FeedRecordStore.Match> sameNumber(List<FeedRecord.Org> orgs) {
            List<String> schemes = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            orgs.forEach(o -> o.identifiers().forEach(i -> {
                schemes.add(i.scheme());
                numbers.add(i.identifier());
            }));
            return store.organizationsWithIdentifiers(schemes, numbers);
        }

        /**
         * The feed's own organisations whose names match one it does not keep: reported on the run for a
         * coordinator to confirm (every run, until one does), never merged here. A name is no proof: a feed could
         * name an organisation after a local charity to have its services shown as that charity's.
         */
        private void flagPossibleMatches(List<FeedRecord.Org> kept) {
            Map<String, FeedRecordStore.Named> sameName = store.organizationsNamed(run.feedId,
                    kept.stream().map(FeedRecord.Org::name).toList());
            for (FeedRecord.Org org : kept) {
                FeedRecordStore.Named local = sameName.get(org.name());
                if (local != null) {
                    Map<String, String> match = new LinkedHashMap<>();
                    match.put("feed_organization_id", org.externalId());
                    match.put("feed_organization_name", org.name());
                    match.put("imported_organization_id", organizations.get(org.externalId()).id().toString());
                    match.put("organization_id", local.id().toString());
                    match.put("organization_name", local.name());
                    possibleMatches.add(match);
                }
            }
        }

        private void identifiers(FeedRecord.Org org, UUID id) {
            org.identifiers()
                    .forEach(i -> writes.add(INSERT_ORGANIZATION_IDENTIFIER, id, i.scheme(), i.identifier()));
        }

        private void updateOrganization(FeedRecord.Org org, UUID id) {
            writes.add(UPDATE_ORGANIZATION, org.name(), nonNull(org.description()), org.email(), org.website(), now,
                    id);
            writes.add(DELETE_ORGANIZATION_IDENTIFIERS, id);
            identifiers(org, id);
            touch("organization", org.externalId(), id, org.hash());
            organizations.put(org.externalId(), new Known(id, org.hash(), true));
            organizationsUpdated++;
        }

        private Known organization(String externalId) {
            Known known = organizations.get(externalId);
            return known != null ? known : run.organizations.get(externalId);
        }

        /** Services the feed has not sent before, looked for by name in organisations that existed already. */
        private Map<String, FeedRecordStore.Match> servicesWithSameName(Map<String, Source> sources) {
            List<UUID> organizationIds = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (FeedRecord record : records) {
                if (!sources.containsKey(record.externalId())
                        && !createdOrganizations.contains(record.organization().externalId())) {
                    organizationIds.add(organization(record.organization().externalId()).id());
                    names.add(record.fields().name());
                }
            }
            return store.servicesNamed(organizationIds, names);
        }

        /** Writes the service with all its parts; an existing one loses its old parts first. */
        private void replace(FeedRecord record, UUID id, UUID organizationId, boolean isNew) {
            FeedRecord.Fields f = record.fields();
            Object[] values = {f.name(), nonNull(f.description()), f.url(), f.email(), f.status(), f.fees(),
                    f.minimumAge(), f.maximumAge(), f.assuredDate(), f.lastModified() == null ? now : f.lastModified(),
                    f.alert(), f.eligibilityDescription(), f.deliveryModes(), f.eligibilityCriteria(),
                    f.acceptingReferrals(), f.capacityAvailable(), f.capacityMaximum()};
            if (isNew) {
                writes.add(INSERT_SERVICE, concat(values, id, organizationId, run.feedId));
            } else {
                writes.add(UPDATE_SERVICE, concat(values, id));
                for (var part : List.of(DELETE_SERVICE_AT_LOCATIONS, DELETE_SCHEDULES, DELETE_CONTACTS,
                        DELETE_SERVICE_PHONES, DELETE_COST_OPTIONS, DELETE_LANGUAGES, DELETE_SERVICE_AREAS,
                        DELETE_SERVICE_TERMS)) {
                    writes.add(part, id);
                }
            }
            Map<UUID, UUID> placeAtLocation = new HashMap<>();
            for (FeedRecord.Place place : record.places()) {
                UUID locationId = location(place.location(), organizationId);
                UUID salId = placeAtLocation.get(locationId);
                if (salId == null) {
                    salId = UUID.randomUUID();
                    placeAtLocation.put(locationId, salId);
                    writes.add(INSERT_SERVICE_AT_LOCATION, salId, id, locationId, place.description());
                }
                for (FeedRecord.Session session : place.sessions()) {
                    schedule(id, salId, session);
                }
            }
            record.sessions().forEach(s -> schedule(id, null, s));
            for (FeedRecord.Contact c : record.contacts()) {
                UUID contactId = UUID.randomUUID();
                writes.add(INSERT_CONTACT, contactId, id, c.name(), c.title(), c.department(), c.email());
                c.phones().forEach(p -> phone(p, contactId, id, null));
            }
            record.phones().forEach(p -> phone(p, null, id, null));
            for (FeedRecord.Cost c : record.costs()) {
                writes.add(INSERT_COST_OPTION, UUID.randomUUID(), id, c.validFrom(), c.validTo(), c.option(),
                        c.amount(), c.currency(), c.amountDescription());
            }
            for (FeedRecord.Language l : record.languages()) {
                writes.add(INSERT_LANGUAGE, UUID.randomUUID(), id, l.name(), l.code(), l.note());
            }
            for (FeedRecord.Area a : record.areas()) {
                writes.add(INSERT_SERVICE_AREA, UUID.randomUUID(), id, a.name(), a.description(), a.extent(),
                        a.extentType(), a.uri(), a.areaCode());
            }
            Set<UUID> terms = new LinkedHashSet<>();
            record.terms().forEach(t -> run.term(t).ifPresent(terms::add));
            terms.forEach(term -> writes.add(INSERT_SERVICE_TERM, id, term));
            touch("service", record.externalId(), id, record.hash());
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("feed", run.feedName);
            change.put("feed_id", run.feedId.toString());
            change.put("run_id", run.runId.toString());
            change.put("external_id", record.externalId());
            change.put("record", isNew ? "created" : "replaced");
            writes.add(INSERT_CHANGE, UUID.randomUUID(), id, organizationId, run.actor(), now, "imported",
                    toJson(change));
        }

        /** The directory's id for the feed's location, written if new or changed (once per run). */
        private UUID location(FeedRecord.Location l, UUID organizationId) {
            Known known = locations.containsKey(l.externalId())
                    ? locations.get(l.externalId())
                    : run.locations.get(l.externalId());
            if (known == null) {
                Source source = locationSources.get(l.externalId());
                if (source == null) {
                    UUID id = UUID.randomUUID();
                    writes.add(INSERT_LOCATION, id, organizationId, l.locationType(), l.name(), l.description(),
                            l.transportation(), l.latitude(), l.longitude(), now, run.feedId);
                    locationParts(l, id);
                    known = new Known(id, l.hash(), true);
                } else {
                    known = new Known(source.recordId(), source.hash(), run.feedId.equals(source.originFeedId()));
                }
                touch("location", l.externalId(), known.id(), l.hash());
                locations.put(l.externalId(), known);
            }
            if (known.owned() && !known.hash().equals(l.hash())) {
                writes.add(UPDATE_LOCATION, l.locationType(), l.name(), l.description(), l.transportation(),
                        l.latitude(), l.longitude(), now, known.id());
                writes.add(DELETE_ADDRESSES, known.id());
                writes.add(DELETE_ACCESSIBILITY, known.id());
                writes.add(DELETE_LOCATION_PHONES, known.id());
                locationParts(l, known.id());
                known = new Known(known.id(), l.hash(), true);
                touch("location", l.externalId(), known.id(), l.hash());
                locations.put(l.externalId(), known);
            }
            return known.id();
        }

        private void locationParts(FeedRecord.Location l, UUID id) {
            for (FeedRecord.Address a : l.addresses()) {
                writes.add(INSERT_ADDRESS, UUID.randomUUID(), id, a.attention(), a.address1(), a.address2(), a.city(),
                        a.region(), a.stateProvince(), a.postalCode(), a.country(), a.addressType());
            }
            for (FeedRecord.Accessibility a : l.accessibility()) {
                writes.add(INSERT_ACCESSIBILITY, UUID.randomUUID(), id, a.description(), a.details(), a.url());
            }
            l.phones().forEach(p -> phone(p, null, null, id));
        }

        private void schedule(UUID serviceId, UUID salId, FeedRecord.Session s) {
            writes.add(INSERT_SCHEDULE, UUID.randomUUID(), serviceId, salId, s.validFrom(), s.validTo(), s.dtstart(),
                    s.freq(), s.interval(), s.byday(), s.bymonthday(), s.opensAt(), s.closesAt(), s.description(),
                    s.attendingType(), s.notes());
        }

        private void phone(FeedRecord.Phone p, UUID contactId, UUID serviceId, UUID locationId) {
            writes.add(INSERT_PHONE, UUID.randomUUID(), contactId, serviceId, locationId, p.number(), p.extension(),
                    p.type(), p.description());
        }

        /** Records (or refreshes) where the record came from and that this run saw it. */
        private void touch(String type, String externalId, UUID recordId, String hash) {
            writes.source(run.feedId, type, externalId, recordId, hash, now, now, run.runId);
        }
    }

    private String toJson(Map<String, Object> value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static Object[] concat(Object[] values, Object... more) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }
}
