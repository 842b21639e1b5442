package org.socialprescribing.portal.rest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.socialprescribing.portal.client.ListingSummary;
import org.socialprescribing.portal.client.ListingsClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The editor's dashboard: their organisations' listings with when each was last reviewed, those overdue first, and
 * a one-click "still accurate". Coordinators see every listing. The form posts need the session cookie, which the
 * browser sends only for same-site requests (SameSite=Lax), so another site cannot post them for the user.
 */
@Path("/my/listings")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"charity-editor", "coordinator"})
public class ListingPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance listings(Page page, List<ListingSummary> listings, boolean unavailable,
                long overdue, String reviewed, String saved, boolean failed, boolean coordinator, boolean overdueOnly);
    }

    private final ListingsClient listings;
    private final SecurityIdentity identity;

    public ListingPageResource(ListingsClient listings, SecurityIdentity identity) {
        this.listings = listings;
        this.identity = identity;
    }

    @GET
    public TemplateInstance dashboard(@QueryParam("reviewed") String reviewed, @QueryParam("saved") String saved,
            @QueryParam("failed") String failed, @QueryParam("overdue") String overdueOnly) {
        var found = listings.mine("only".equals(overdueOnly));
        List<ListingSummary> rows = found.orElse(List.of());
        long overdue = rows.stream().filter(ListingSummary::stale).count();
        return Templates.listings(Page.of("Your listings", identity), rows, found.isEmpty(), overdue,
                reviewed == null ? null : reviewed.strip(), saved == null ? null : saved.strip(), failed != null,
                identity.hasRole("coordinator"), "only".equals(overdueOnly));
    }

    /** "Still accurate": then back to the dashboard, which says what happened (post, redirect, get). */
    @POST
    @Path("/{id}/review")
    public Response confirmAccurate(@PathParam("id") String id) {
        return listings.confirmAccurate(id)
                .map(l -> Response.seeOther(URI.create("/my/listings?reviewed="
                        + URLEncoder.encode(l.name(), StandardCharsets.UTF_8))).build())
                .orElseGet(() -> Response.seeOther(URI.create("/my/listings?failed=1")).build());
    }
}
