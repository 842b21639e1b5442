package org.socialprescribing.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One stored match suggestion for a referral: a directory service, its rank and score, and why (JSON). */
@Entity
@Table(name = "match_suggestion")
public class MatchSuggestion {

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(nullable = false)
    public int rank;

    @Column(name = "service_id", nullable = false)
    public UUID serviceId;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "service_name")
    public String serviceName;

    @Column(name = "organisation_name")
    public String organisationName;

    @Column(nullable = false)
    public int score;

    /** The parts of the score, as a JSON array of {factor, points, words}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String reasons;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;
}
