package org.socialprescribing.portal.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which stored addresses the pages may turn into links. Listings come from editors and from other directories'
 * feeds: a {@code javascript:} or {@code data:} "website" would run in the portal's origin when clicked, so only
 * http(s) addresses with a host become links, and e-mail addresses become {@code mailto:} only when they look like
 * one. Anything else is shown as text (escaped like all text).
 */
public final class SafeLinks {

    /** A run of characters that may stand in an address: no spaces, no @, nothing that adds mailto: headers. */
    private static final String PART = "[^\\s@?&#,;:<>\"'/\\\\%]+";

    /** One @, and a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile(PART + "@" + PART + "\\." + PART);

    private SafeLinks() {
    }

    /** The address as a link target when it is an http or https address with a host; otherwise {@code null}. */
    public static String webHref(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String trimmed = address.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isEmpty()) {
                return trimmed;
            }
            return null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** {@code mailto:} and the address when it looks like an e-mail address; otherwise {@code null}. */
    public static String mailtoHref(String email) {
        if (email == null) {
            return null;
        }
        String trimmed = email.strip();
        return EMAIL.matcher(trimmed).matches() ? "mailto:" + trimmed : null;
    }
}
