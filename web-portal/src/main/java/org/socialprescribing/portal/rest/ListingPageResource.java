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
import org.socialprescribing.portal.client.Outcome;
import org.socialprescribing.portal.i18n.Language;
import org.socialprescribing.portal.i18n.ListingMessages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The editor's dashboard: their organisations' listings with when each was last reviewed, those overdue first, and
 * a one-click "still accurate". Coordinators see every listing. The form posts need the session cookie, which the
 * browser sends only for same-site requests (SameSite=Lax), and the form's CSRF token.
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
    private final Language language;

    public ListingPageResource(ListingsClient listings, SecurityIdentity identity, Language language) {
        this.listings = listings;
        this.identity = identity;
        this.language = language;
    }

    @GET
    public TemplateInstance dashboard(@QueryParam("reviewed") String reviewed, @QueryParam("saved") String saved,
            @QueryParam("failed") String failed, @QueryParam("overdue") String overdueOnly) {
        var found = listings.mine("only".equals(overdueOnly));
        List<ListingSummary> rows = found.orElse(List.of());
        long overdue = rows.stream().filter(ListingSummary::stale).count();
        return Templates.listings(Page.of(words().dashboard_title(), identity), rows, found.isEmpty(), overdue,
                reviewed == null ? null : reviewed.strip(), saved == null ? null : saved.strip(), failed != null,
                identity.hasRole("coordinator"), "only".equals(overdueOnly));
    }

    /**
     * "Still accurate": then back to the dashboard, which says what happened (post, redirect, get). A listing that is
     * not there (404), not this editor's (403) or kept by a feed (409) is a page saying so, with that status.
     */
    @POST
    @Path("/{id}/review")
    public Response confirmAccurate(@PathParam("id") String id) {
        ListingMessages words = words();
        HtmlPages.Back back = new HtmlPages.Back("/my/listings", words.back_to_listings());
        return switch (listings.confirmAccurate(id)) {
            case Outcome.Done<ListingSummary> done -> Response.seeOther(URI.create("/my/listings?reviewed="
                    + URLEncoder.encode(done.result().name(), StandardCharsets.UTF_8))).build();
            case Outcome.Gone<ListingSummary> gone -> HtmlPages.notShown(gone.notYours() ? 403 : 404,
                    Page.of(words.not_available_title(), identity),
                    gone.notYours() ? words.not_yours() : words.not_found(), back);
            case Outcome.Conflict<ListingSummary> kept -> HtmlPages.notShown(409,
                    Page.of(words.review_kept_title(), identity), words.review_kept_message(), back);
            case Outcome.Invalid<ListingSummary> refused -> failed();
            case Outcome.Unavailable<ListingSummary> unanswered -> failed();
        };
    }

    private static Response failed() {
        return Response.seeOther(URI.create("/my/listings?failed=1")).build();
    }

    private ListingMessages words() {
        return language.messages(ListingMessages.class);
    }
}
