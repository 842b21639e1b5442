package org.socialprescribing.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An HSDS service: an activity or support an organisation offers (a walking group, debt advice, befriending). */
@Entity
@Table(name = "service")
public class CommunityService {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    public String url;

    public String email;

    /** HSDS status: active, inactive, defunct or temporarily closed. */
    @Column(nullable = false)
    public String status;

    @Column(name = "fees_description")
    public String feesDescription;

    @Column(name = "minimum_age")
    public Integer minimumAge;

    @Column(name = "maximum_age")
    public Integer maximumAge;

    /** When someone last checked the listing is accurate (HSDS assured_date, "last reviewed"). */
    @Column(name = "assured_date")
    public LocalDate assuredDate;

    @Column(name = "last_modified", nullable = false)
    public Instant lastModified;

    /** A notice shown above the listing, e.g. "no session on 24 December". */
    public String alert;

    /** Who it is for, in words (the criteria below are the machine-readable part). */
    @Column(name = "eligibility_description")
    public String eligibilityDescription;

    /** in_person, online and/or phone. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "delivery_modes", nullable = false)
    public String[] deliveryModes = {"in_person"};

    /** Conditions a person must all meet, from {@code EligibilityCriterion}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "eligibility_criteria", nullable = false)
    public String[] eligibilityCriteria = {};

    /** Whether it takes referrals now: open, waiting_list or closed. */
    @Column(name = "referral_state", nullable = false)
    public String referralState = "open";

    @Column(name = "capacity_available")
    public Integer capacityAvailable;

    @Column(name = "capacity_maximum")
    public Integer capacityMaximum;

    @OneToMany(mappedBy = "service")
    @OrderBy("id")
    public List<ServiceAtLocation> serviceAtLocations = new ArrayList<>();

    /**
     * All its sessions, in id order: those held at one of its locations ({@link ServiceAtLocation#sessionsHere()}) and
     * those held anywhere ({@link #sessionsAnywhere()}). Every rule about where a session is held reads this one list.
     */
    @OneToMany(mappedBy = "service")
    @OrderBy("id")
    public List<Schedule> schedules = new ArrayList<>();

    @OneToMany(mappedBy = "service")
    @OrderBy("id")
    public List<Contact> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "service")
    @OrderBy("id")
    public List<Phone> phones = new ArrayList<>();

    @OneToMany(mappedBy = "service")
    @OrderBy("id")
    public List<CostOption> costOptions = new ArrayList<>();

    @OneToMany(mappedBy = "service")
    @OrderBy("id")
    public List<Language> languages = new ArrayList<>();

    @OneToMany(mappedBy = "service")
    @OrderBy("id")
    public List<ServiceArea> serviceAreas = new ArrayList<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "service_taxonomy_term", joinColumns = @JoinColumn(name = "service_id"), inverseJoinColumns = @JoinColumn(name = "taxonomy_term_id"))
    public Set<TaxonomyTerm> taxonomyTerms = new HashSet<>();

    @Version
    public int version;

    /** The federated feed this listing came from, which keeps it current; null for listings edited here. */
    @Column(name = "origin_feed_id")
    public UUID originFeedId;

    /** The sessions not tied to one of its locations (online, by phone, or wherever the service goes). */
    public List<Schedule> sessionsAnywhere() {
        return schedules.stream().filter(session -> session.serviceAtLocation == null).toList();
    }
}
