package org.socialprescribing.portal.rest;

import org.socialprescribing.portal.i18n.Messages;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * What every page's layout needs: its title, whether someone is signed in (and as whom, for the header), and which
 * staff links to offer.
 *
 * @param title
 *            the page's own title; the layout adds the service name
 * @param signedIn
 *            whether a session exists
 * @param userName
 *            the signed-in user's display name, or {@code null}
 * @param resident
 *            whether they have wellbeing goals to see
 * @param editor
 *            whether they keep listings (a charity editor or a coordinator)
 * @param coordinator
 *            whether they verify organisations
 * @param caseworker
 *            whether they work referrals (a link worker or a coordinator)
 */
public record Page(String title, boolean signedIn, String userName, boolean resident, boolean editor,
        boolean coordinator, boolean caseworker) {

    /**
     * A page that shows a form's errors: its title starts with "Error:" in the page's language, as GOV.UK asks, so a
     * screen reader hears it first.
     */
    static Page ofError(String title, SecurityIdentity identity, Messages words) {
        return of(words.title_error_prefix() + " " + title, identity);
    }

    static Page of(String title, SecurityIdentity identity) {
        boolean signedIn = identity != null && !identity.isAnonymous();
        return new Page(title, signedIn, signedIn ? identity.getPrincipal().getName() : null,
                signedIn && identity.hasRole("resident"),
                signedIn && (identity.hasRole("charity-editor") || identity.hasRole("coordinator")),
                signedIn && identity.hasRole("coordinator"),
                signedIn && (identity.hasRole("link-worker") || identity.hasRole("coordinator")));
    }
}
