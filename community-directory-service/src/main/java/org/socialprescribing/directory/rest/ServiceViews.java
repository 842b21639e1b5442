package org.socialprescribing.directory.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.socialprescribing.directory.CommunityService;
import org.socialprescribing.directory.Contact;
import org.socialprescribing.directory.CostOption;
import org.socialprescribing.directory.Language;
import org.socialprescribing.directory.ServiceArea;
import org.socialprescribing.directory.TaxonomyTerm;
import org.socialprescribing.directory.service.Match;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Services in HSDS 3.0 (Open Referral UK) shape. Fields beyond the profile, documented in the README as extensions:
 * {@code delivery_modes}, {@code eligibility_criteria}, {@code accepting_referrals}, {@code service_capacity}
 * (HSDS 3.1's shape), {@code distance} and {@code next_session}.
 */
final class ServiceViews {

    /** HSDS 3.1 service_capacity needs a unit; the directory counts places. */
    private static final UUID PLACES_UNIT = UUID.fromString("5b0e5f2a-8d3c-4c1e-9f7a-2a6b1c0d9e11");

    private ServiceViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceView(UUID id, @JsonProperty("organization_id") UUID organizationId, String name,
            String description, String url, String email, String status, String fees,
            @JsonProperty("minimum_age") Integer minimumAge, @JsonProperty("maximum_age") Integer maximumAge,
            @JsonProperty("eligibility_description") String eligibilityDescription, String alert,
            @JsonProperty("assured_date") LocalDate assuredDate,
            @JsonProperty("last_modified") Instant lastModified, OrganizationView organization,
            @JsonProperty("cost_options") List<CostOptionView> costOptions, List<LanguageView> languages,
            List<LocationViews.ScheduleView> schedules,
            @JsonProperty("service_at_locations") List<LocationViews.ServiceAtLocationView> serviceAtLocations,
            List<ContactView> contacts, List<LocationViews.PhoneView> phones,
            @JsonProperty("service_areas") List<ServiceAreaView> serviceAreas,
            List<OrukViews.Attribute> attributes, @JsonProperty("delivery_modes") List<String> deliveryModes,
            @JsonProperty("eligibility_criteria") List<String> eligibilityCriteria,
            @JsonProperty("accepting_referrals") String acceptingReferrals,
            @JsonProperty("service_capacity") List<CapacityView> serviceCapacity, Long distance,
            @JsonProperty("next_session") LocationViews.NextSession nextSession) {

        /** A list item: the service, its organisation, costs and languages, distance and next session. */
        static ServiceView summary(Match<CommunityService> match) {
            CommunityService s = match.item();
            return new ServiceView(s.id, s.organization.id, s.name, s.description, s.url, s.email, s.status,
                    s.feesDescription, s.minimumAge, s.maximumAge, s.eligibilityDescription, s.alert, s.assuredDate,
                    s.lastModified, OrganizationView.of(s.organization),
                    s.costOptions.stream().map(CostOptionView::of).toList(),
                    s.languages.stream().map(LanguageView::of).toList(), null, null, null, null, null, null,
                    List.of(s.deliveryModes), List.of(s.eligibilityCriteria), s.referralState, capacity(s),
                    match.distanceMetres() == null ? null : Math.round(match.distanceMetres()),
                    match.nextSession().map(LocationViews.NextSession::of).orElse(null));
        }

        /** The full record: locations with addresses, schedules, contacts, areas and taxonomy terms too. */
        static ServiceView full(CommunityService s, LocationViews.NextSession nextSession) {
            ServiceView summary = summary(new Match<>(s, null, java.util.Optional.empty()));
            List<OrukViews.Attribute> attributes = s.taxonomyTerms.stream()
                    .sorted(Comparator.comparing((TaxonomyTerm t) -> t.name).thenComparing(t -> t.id))
                    .map(t -> OrukViews.Attribute.of(s.id, t)).toList();
            return new ServiceView(s.id, s.organization.id, s.name, s.description, s.url, s.email, s.status,
                    s.feesDescription, s.minimumAge, s.maximumAge, s.eligibilityDescription, s.alert, s.assuredDate,
                    s.lastModified, summary.organization(), summary.costOptions(), summary.languages(),
                    s.sessionsAnywhere().stream().map(LocationViews.ScheduleView::of).toList(),
                    s.serviceAtLocations.stream().map(LocationViews.ServiceAtLocationView::nested).toList(),
                    s.contacts.stream().map(ContactView::of).toList(),
                    s.phones.stream().filter(p -> p.contact == null).map(LocationViews.PhoneView::of).toList(),
                    s.serviceAreas.stream().map(ServiceAreaView::of).toList(), attributes,
                    summary.deliveryModes(), summary.eligibilityCriteria(), s.referralState,
                    summary.serviceCapacity(), null, nextSession);
        }

        private static List<CapacityView> capacity(CommunityService s) {
            if (s.capacityAvailable == null && s.capacityMaximum == null) {
                return List.of();
            }
            UUID id = UUID.nameUUIDFromBytes(("capacity|" + s.id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return List.of(new CapacityView(id, s.id, new CapacityView.Unit(PLACES_UNIT, "places"),
                    s.capacityAvailable, s.capacityMaximum, "Places", s.lastModified));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CostOptionView(UUID id, @JsonProperty("service_id") UUID serviceId,
            @JsonProperty("valid_from") LocalDate validFrom, @JsonProperty("valid_to") LocalDate validTo,
            String option, BigDecimal amount, String currency,
            @JsonProperty("amount_description") String amountDescription) {

        static CostOptionView of(CostOption c) {
            return new CostOptionView(c.id, c.service.id, c.validFrom, c.validTo, c.option, c.amount, c.currency,
                    c.amountDescription);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LanguageView(UUID id, @JsonProperty("service_id") UUID serviceId, String name, String code,
            String note) {

        static LanguageView of(Language l) {
            return new LanguageView(l.id, l.service.id, l.name, l.code, l.note);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ContactView(UUID id, @JsonProperty("service_id") UUID serviceId, String name, String title,
            String department, String email, List<LocationViews.PhoneView> phones) {

        static ContactView of(Contact c) {
            return new ContactView(c.id, c.service.id, c.name, c.title, c.department, c.email,
                    c.phones.stream().map(LocationViews.PhoneView::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceAreaView(UUID id, @JsonProperty("service_id") UUID serviceId, String name, String description,
            String extent, @JsonProperty("extent_type") String extentType, String uri) {

        static ServiceAreaView of(ServiceArea a) {
            return new ServiceAreaView(a.id, a.service.id, a.name, a.description, a.extent, a.extentType, a.uri);
        }
    }

    /** HSDS 3.1 service_capacity (an extension to the 3.0 profile). */
    record CapacityView(UUID id, @JsonProperty("service_id") UUID serviceId, Unit unit, Integer available,
            Integer maximum, String description, Instant updated) {

        record Unit(UUID id, String name) {
        }
    }
}
