package org.socialprescribing.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/** An HSDS location: a place where services happen (a hall, a park), or a virtual one. */
@Entity
public class Location {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    /** physical, postal or virtual. */
    @Column(name = "location_type", nullable = false)
    public String locationType;

    public String name;

    public String description;

    /** How to get there: buses, parking, a step-free route. */
    public String transportation;

    public Double latitude;

    public Double longitude;

    @Column(name = "external_identifier")
    public String externalIdentifier;

    @Column(name = "external_identifier_type")
    public String externalIdentifierType;

    @Column(name = "last_modified", nullable = false)
    public Instant lastModified;

    @OneToMany(mappedBy = "location")
    @OrderBy("id")
    public List<Address> addresses = new ArrayList<>();

    @OneToMany(mappedBy = "location")
    @OrderBy("id")
    public List<Accessibility> accessibility = new ArrayList<>();

    @OneToMany(mappedBy = "location")
    @OrderBy("id")
    public List<Phone> phones = new ArrayList<>();

    @Version
    public int version;
}
