package org.socialprescribing.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A person the service helps: the minimum needed to contact them and find the right support (docs/data-protection.md).
 * With an account ({@link #accountSubject}) or without (a guest, or someone a link worker refers by phone).
 */
@Entity
public class Person {

    @Id
    public UUID id;

    /** The Keycloak subject of their account, if they have one. */
    @Column(name = "account_subject")
    public String accountSubject;

    @Column(name = "given_name")
    public String givenName;

    @Column(name = "family_name")
    public String familyName;

    public String email;

    public String phone;

    @Column(name = "contact_by_email", nullable = false)
    public boolean contactByEmail;

    @Column(name = "contact_by_phone", nullable = false)
    public boolean contactByPhone;

    @Column(name = "contact_by_text", nullable = false)
    public boolean contactByText;

    @Column(name = "contact_by_letter", nullable = false)
    public boolean contactByLetter;

    @Column(name = "best_time_to_call")
    public String bestTimeToCall;

    public String postcode;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    /** An age band when they would rather not give a date of birth: 16-24, 25-34, 35-49, 50-64, 65-79, 80+. */
    @Column(name = "age_band")
    public String ageBand;

    /** A BCP 47 tag: en, cy, pl ... */
    @Column(name = "preferred_language", nullable = false)
    public String preferredLanguage;

    @Column(name = "access_needs")
    public String accessNeeds;

    /** Ten digits with a valid Modulus 11 check digit (NhsNumber), or none. */
    @Column(name = "nhs_number")
    public String nhsNumber;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "anonymised_at")
    public Instant anonymisedAt;

    @Version
    public int version;
}
