package org.socialprescribing.portal.rest;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;

/**
 * The CSRF token for the sign-out form in every page's header ({@code {inject:signOut.token}} in layout.html). Error
 * pages can be drawn before the CSRF filter has run (a 403 from the role check, the CSRF refusal itself), when
 * {@code {inject:csrf.token}} would fail the page; then the token is the one in the browser's cookie, which is what
 * the form must send when tokens are not signed. Signed (prod), the cookie holds the signature, not the token: the
 * form then goes without one, and signing out from such a page gets the refusal page, which says to reload.
 */
@Named("signOut")
@RequestScoped
public class SignOutForm {

    private final CsrfTokenParameterProvider csrf;
    private final CurrentVertxRequest request;
    private final boolean signed;

    public SignOutForm(CsrfTokenParameterProvider csrf, CurrentVertxRequest request,
            @ConfigProperty(name = "quarkus.rest-csrf.token-signature-key") Optional<String> signatureKey) {
        this.csrf = csrf;
        this.request = request;
        this.signed = signatureKey.isPresent();
    }

    public String getParameterName() {
        return csrf.getParameterName();
    }

    /** The token, or an empty one when this browser has none yet (signing out then gets the refusal page). */
    public String getToken() {
        try {
            return csrf.getToken();
        } catch (IllegalStateException notSetYet) {
            if (signed) {
                return "";
            }
            Cookie cookie = request.getCurrent() == null
                    ? null
                    : request.getCurrent().request().getCookie(csrf.getCookieName());
            return cookie == null ? "" : cookie.getValue();
        }
    }
}
