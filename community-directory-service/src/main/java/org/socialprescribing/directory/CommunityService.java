package org.socialprescribing.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "service_taxonomy_term", joinColumns = @JoinColumn(name = "service_id"), inverseJoinColumns = @JoinColumn(name = "taxonomy_term_id"))
    public Set<TaxonomyTerm> taxonomyTerms = new HashSet<>();

    @Version
    public int version;
}
