package org.socialprescribing.directory;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** An HSDS address of a location (UK: state_province holds the county or "England"). */
@Entity
public class Address {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id")
    public Location location;

    public String attention;

    @Column(name = "address_1", nullable = false)
    public String address1;

    @Column(name = "address_2")
    public String address2;

    @Column(nullable = false)
    public String city;

    public String region;

    @Column(name = "state_province", nullable = false)
    public String stateProvince;

    @Column(name = "postal_code", nullable = false)
    public String postalCode;

    @Column(nullable = false)
    public String country;

    @Column(name = "address_type", nullable = false)
    public String addressType;
}
