package org.socialprescribing.directory.service;

import java.util.UUID;

/** The identity provider's side of a verification: makes an account an editor of an organisation. */
public interface EditorAccounts {

    /**
     * Adds the organisation to the account's {@code organisation_ids} and grants it {@code charity-editor}; doing it
     * twice changes nothing. Throws {@link org.socialprescribing.problem.ProblemException} (503) when the identity
     * provider cannot be reached, having changed nothing the caller relies on.
     */
    void makeEditor(String accountId, UUID organizationId);
}
