package org.socialprescribing.directory.service;

import java.util.Set;
import java.util.UUID;

/**
 * Who is editing: a coordinator may edit any listing; a charity editor only the organisations named in their
 * token's {@code organisation_ids} claim.
 */
public record Editor(boolean coordinator, Set<UUID> organisationIds) {

    public boolean mayEdit(UUID organisationId) {
        return coordinator || organisationIds.contains(organisationId);
    }

    /**
     * Whether a listing may be placed at a location of the organisation {@code owner} ({@code null}: a location no
     * organisation owns, such as an imported one). A location is its organisation's: placing a listing there shows
     * it at their venue, under their address and accessibility notes, so sharing a venue is the coordinator's call.
     */
    public boolean mayPlaceAt(UUID owner) {
        return owner == null ? coordinator : mayEdit(owner);
    }

    /**
     * The editor a token describes. {@code claim} is the token's {@code organisation_ids} claim as the JWT library
     * gives it (a JSON array of strings, or absent); anything in it that is not a UUID is ignored, never trusted.
     */
    public static Editor of(boolean coordinator, Object claim) {
        if (!(claim instanceof Iterable<?> values)) {
            return new Editor(coordinator, Set.of());
        }
        Set<UUID> ids = new java.util.HashSet<>();
        for (Object value : values) {
            String text = value == null ? "" : value.toString().replace("\"", "").trim();
            try {
                ids.add(UUID.fromString(text));
            } catch (IllegalArgumentException e) {
                // not an organisation id: grants nothing
            }
        }
        return new Editor(coordinator, Set.copyOf(ids));
    }
}
