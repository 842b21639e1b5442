package org.socialprescribing.portal.rest;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.NewCookie;

import org.socialprescribing.portal.journey.Drafts;

/**
 * A guest's draft is kept under a random value only their browser holds: an HttpOnly, SameSite=Lax cookie (Secure in
 * prod), made on their first page of the journey. It names nothing and lasts as long as a draft (an hour idle).
 */
final class GuestDraftCookie {

    static final String NAME = "portal-referral-draft";
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Whose draft it is, and the cookie to set when the guest had none yet. */
    record Guest(Drafts.Owner owner, Optional<NewCookie> cookie) {
    }

    private GuestDraftCookie() {
    }

    /** The guest of this cookie value, or a new one (any value not made here is ignored). */
    static Guest of(String value, boolean secure) {
        if (value != null && VALUE.matcher(value).matches()) {
            return new Guest(Drafts.Owner.guest(value), Optional.empty());
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        NewCookie cookie = new NewCookie.Builder(NAME).value(fresh).path("/refer").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).maxAge(60 * 60 * 24).build();
        return new Guest(Drafts.Owner.guest(fresh), Optional.of(cookie));
    }
}
