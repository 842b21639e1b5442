package org.socialprescribing.directory;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** HSDS accessibility of a location: step-free access, hearing loop, accessible toilet. */
@Entity
public class Accessibility {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id")
    public Location location;

    public String description;

    public String details;

    public String url;
}
