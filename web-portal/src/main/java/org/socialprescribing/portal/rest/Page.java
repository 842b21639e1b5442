package org.socialprescribing.portal.rest;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * What every page's layout needs: its title and whether someone is signed in (and as whom, for the header).
 *
 * @param title
 *            the page's own title; the layout adds the service name
 * @param signedIn
 *            whether a session exists
 * @param userName
 *            the signed-in user's display name, or {@code null}
 */
public record Page(String title, boolean signedIn, String userName) {

    static Page of(String title, SecurityIdentity identity) {
        boolean signedIn = identity != null && !identity.isAnonymous();
        return new Page(title, signedIn, signedIn ? identity.getPrincipal().getName() : null);
    }
}
