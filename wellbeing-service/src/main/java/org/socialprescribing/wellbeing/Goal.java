package org.socialprescribing.wellbeing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A wellbeing goal a resident sets for themselves; it belongs to that resident. */
@Entity
public class Goal {

    public enum Status {
        ACTIVE, ACHIEVED, STOPPED
    }

    @Id
    public UUID id;

    /** The Keycloak subject ({@code sub}) of the resident. */
    @Column(name = "owner_id", nullable = false)
    public String ownerId;

    @Column(nullable = false)
    public String title;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public int version;
}
