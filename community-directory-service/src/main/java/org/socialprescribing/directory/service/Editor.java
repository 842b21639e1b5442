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
}
