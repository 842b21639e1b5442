package org.socialprescribing.portal.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.socialprescribing.portal.client.DirectoryBusyException;
import org.socialprescribing.portal.i18n.Language;
import org.socialprescribing.portal.i18n.Messages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/** Errors as pages in the service's own layout, never a stack trace or a framework page. */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private final Template error;
    private final SecurityIdentity identity;
    private final Language language;

    public ErrorPages(@Location("error.html") Template error, SecurityIdentity identity, Language language) {
        this.error = error;
        this.identity = identity;
        this.language = language;
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, words().forbidden_title(), words().forbidden_message());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, words().not_found_title(), words().not_found_message());
    }

    /** The directory's rate limit for this person's address: the same status and wait, in words. */
    @ServerExceptionMapper
    public Response busy(DirectoryBusyException e) {
        return Response.fromResponse(page(429, words().busy_title(), words().busy_message()))
                .header("Retry-After", e.retryAfter()).build();
    }

    /**
     * The CSRF filter refuses a form without its token (posted from another site, or from a page open longer than the
     * token lives) with a bare 400 and no body; every other 400 of the portal is a page already. Say what to do.
     */
    @ServerResponseFilter
    public void refusedForm(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && !"HEAD".equals(request.getMethod())) {
            response.setEntity(render(words().form_refused_title(), words().form_refused_message()), null,
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 503) {
            return page(503, words().unavailable_title(), words().unavailable_message());
        }
        if (status >= 500) {
            return unexpected(e);
        }
        return page(status, words().failed_title(), words().failed_message(status));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.errorf("Unexpected %s while rendering a page", e.getClass().getName());
        LOG.debug("Page error", e);
        return page(500, words().unexpected_title(), words().unexpected_message());
    }

    private Messages words() {
        return language.messages(Messages.class);
    }

    private Response page(int status, String title, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(render(title, message)).build();
    }

    private String render(String title, String message) {
        return error.data("page", Page.of(title, identity)).data("message", message).render();
    }
}
