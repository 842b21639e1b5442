package org.socialprescribing.referral.service;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The organisations a charity editor answers for: their token's {@code organisation_ids} claim, read as the
 * directory's {@code Editor} reads it (a JSON array of strings, or absent); anything in it that is not a UUID is
 * ignored, never trusted. Someone without the {@code charity-editor} role answers for none, whatever the claim says.
 */
public record CharityEditor(Set<UUID> organisationIds) {

    public static final String ROLE = "charity-editor";
    public static final String CLAIM = "organisation_ids";

    public static CharityEditor of(SecurityIdentity identity) {
        if (!identity.hasRole(ROLE) || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return new CharityEditor(Set.of());
        }
        return fromClaim(token.getClaim(CLAIM));
    }

    static CharityEditor fromClaim(Object claim) {
        if (!(claim instanceof Iterable<?> values)) {
            return new CharityEditor(Set.of());
        }
        Set<UUID> ids = new HashSet<>();
        for (Object value : values) {
            String text = value == null ? "" : value.toString().replace("\"", "").trim();
            try {
                ids.add(UUID.fromString(text));
            } catch (IllegalArgumentException e) {
                // not an organisation id: grants nothing
            }
        }
        return new CharityEditor(Set.copyOf(ids));
    }

    public boolean answersFor(UUID organisationId) {
        return organisationIds.contains(organisationId);
    }
}
