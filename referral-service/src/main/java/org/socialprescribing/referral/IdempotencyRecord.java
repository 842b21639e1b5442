package org.socialprescribing.referral;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The first answer to a request sent with an {@code Idempotency-Key}, for its retries. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord {

    /** Keys are per caller: two callers may use the same key. */
    @Embeddable
    public record Key(@Column(name = "caller") String caller, @Column(name = "key") String key)
            implements
                Serializable {
    }

    @EmbeddedId
    public Key id;

    /** Which operation the key was used for ("create referral", "move ..."): another operation is another body. */
    @Column(nullable = false)
    public String operation;

    @Column(name = "request_hash", nullable = false)
    public byte[] requestHash;

    @Column(nullable = false)
    public int status;

    public String location;

    /** The first answer's JSON body. */
    @Column(columnDefinition = "jsonb")
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    public String response;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
