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

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/** Errors as pages in the service's own layout, never a stack trace or a framework page. */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private final Template error;
    private final SecurityIdentity identity;

    public ErrorPages(@Location("error.html") Template error, SecurityIdentity identity) {
        this.error = error;
        this.identity = identity;
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, "You cannot see this page",
                "Your account does not give access to this page. If you think it should, contact your scheme.");
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "Page not found",
                "If you typed the web address, check it is correct. If you pasted it, check you copied all of it.");
    }

    /** The directory's rate limit for this person's address: the same status and wait, in words. */
    @ServerExceptionMapper
    public Response busy(DirectoryBusyException e) {
        return Response.fromResponse(page(429, "You have searched a lot in a short time",
                "Wait a minute and try again.")).header("Retry-After", e.retryAfter()).build();
    }

    /**
     * The CSRF filter refuses a form without its token (posted from another site, or from a page open longer than the
     * token lives) with a bare 400 and no body; every other 400 of the portal is a page already. Say what to do.
     */
    @ServerResponseFilter
    public void refusedForm(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && !"HEAD".equals(request.getMethod())) {
            response.setEntity(render("This form could not be sent",
                    "It may have been open for a long time, or sent from another website. Nothing has been changed. "
                            + "Go back, reload the page and try again."),
                    null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 503) {
            return page(503, "Sorry, this part of the service is unavailable",
                    "We cannot show this page right now. Nothing has been lost: try again in a few minutes.");
        }
        if (status >= 500) {
            return unexpected(e);
        }
        return page(status, "Sorry, that did not work", "The request could not be handled (status " + status + ").");
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.errorf("Unexpected %s while rendering a page", e.getClass().getName());
        LOG.debug("Page error", e);
        return page(500, "Sorry, there is a problem with the service", "Try again later.");
    }

    private Response page(int status, String title, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(render(title, message)).build();
    }

    private String render(String title, String message) {
        return error.data("page", Page.of(title, identity)).data("message", message).render();
    }
}
