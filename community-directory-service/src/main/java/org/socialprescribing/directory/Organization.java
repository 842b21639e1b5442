package org.socialprescribing.directory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An HSDS 3.0 organization: a charity or community group that offers services. */
@Entity
public class Organization {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    public String email;

    public String website;

    /** Checked by a coordinator; only verified organisations are public. */
    @Column(nullable = false)
    public boolean verified;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
