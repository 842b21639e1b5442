package org.socialprescribing.directory;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** HSDS service area; {@link #areaCode} is the ONS code of a local authority district that postcodes map to. */
@Entity
@Table(name = "service_area")
public class ServiceArea {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    public CommunityService service;

    @Column(nullable = false)
    public String name;

    public String description;

    public String extent;

    @Column(name = "extent_type")
    public String extentType;

    public String uri;

    @Column(name = "area_code")
    public String areaCode;
}
