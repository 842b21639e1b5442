package org.socialprescribing.referral.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.socialprescribing.referral.Consent;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Consents to share with a receiving organisation: what decides whether a group sees anything of the person. Only
 * a consent not revoked counts.
 */
@ApplicationScoped
public class ShareConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    public Optional<Consent> standing(UUID referralId, UUID organisationId) {
        return find("referralId = ?1 and purpose = ?2 and organisationId = ?3 and revokedAt is null", referralId,
                Consent.Purpose.SHARE, organisationId).firstResultOptional();
    }

    /** The standing consents to share of these referrals, to decide for a whole inbox page in one query. */
    public List<Consent> standing(Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return find("referralId in ?1 and purpose = ?2 and revokedAt is null", referralIds, Consent.Purpose.SHARE)
                .list();
    }
}
