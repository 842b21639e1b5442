package org.socialprescribing.portal.i18n;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Keeps the language chosen with the header's switch, so the next pages come in it too, and tells caches that a
 * page's words depend on the browser's languages and the cookie.
 */
public class LanguageCookie {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final Language language;
    private final boolean secure;

    public LanguageCookie(Language language,
            @ConfigProperty(name = "quarkus.oidc.authentication.cookie-force-secure", defaultValue = "false") boolean secure) {
        this.language = language;
        this.secure = secure;
    }

    @ServerResponseFilter
    public void keepChoice(ContainerResponseContext response) {
        if (response.getMediaType() != null && response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)) {
            response.getHeaders().add(HttpHeaders.VARY, "Accept-Language, Cookie");
        }
        if (language.chosenNow()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE,
                    Language.COOKIE + "=" + language.tag() + "; Path=/; Max-Age="
                            + ONE_YEAR + "; SameSite=Lax; HttpOnly" + (secure ? "; Secure" : ""));
        }
    }
}
