package org.socialprescribing.directory;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change to a listing: who, when, what (each changed field with its value before and after). */
@Entity
@Table(name = "listing_change")
public class ListingChange {

    @Id
    public UUID id;

    @Column(name = "service_id", nullable = false)
    public UUID serviceId;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    /** The staff account's username. */
    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** created, updated or reviewed. */
    @Column(nullable = false)
    public String action;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> changes;
}
