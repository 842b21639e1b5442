package org.socialprescribing.portal.rest;

import static org.socialprescribing.portal.rest.HtmlPages.html;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.socialprescribing.portal.client.JoinRequest;
import org.socialprescribing.portal.client.JoinRequests;
import org.socialprescribing.portal.client.Outcome;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** The coordinator's queue of organisations waiting to be verified, and the decision on each. */
@Path("/coordinator/join-requests")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("coordinator")
public class VerificationPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Page page, List<JoinRequest> pending, boolean unavailable,
                String approved, String rejected);

        static native TemplateInstance request(Page page, JoinRequest request, String reasonError, String problem);
    }

    private final JoinRequests requests;
    private final SecurityIdentity identity;

    public VerificationPageResource(JoinRequests requests, SecurityIdentity identity) {
        this.requests = requests;
        this.identity = identity;
    }

    @GET
    public TemplateInstance queue(@QueryParam("approved") String approved, @QueryParam("rejected") String rejected) {
        var pending = requests.list("pending");
        return Templates.queue(Page.of("Organisations waiting to be checked", identity), pending.orElse(List.of()),
                pending.isEmpty(), approved, rejected);
    }

    @GET
    @Path("/{id}")
    public Response request(@PathParam("id") String id) {
        var found = requests.get(id);
        return found.value().map(r -> html(200, Templates.request(Page.of(r.organization().name(), identity), r,
                null, null))).orElseGet(() -> missing(found));
    }

    @POST
    @Path("/{id}/approve")
    public Response approve(@PathParam("id") String id) {
        var outcome = requests.approve(id);
        if (outcome.value().isPresent()) {
            return Response.seeOther(URI.create("/coordinator/join-requests?approved=" + URLEncoder.encode(
                    outcome.value().get().organization().name(), StandardCharsets.UTF_8))).build();
        }
        return refused(id, outcome, null);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") String id, @FormParam("reason") String reason) {
        if (reason == null || reason.isBlank()) {
            return refused(id, null, "Say why, so that the person who asked knows what to do");
        }
        var outcome = requests.reject(id, reason.strip());
        if (outcome.value().isPresent()) {
            return Response.seeOther(URI.create("/coordinator/join-requests?rejected=" + URLEncoder.encode(
                    outcome.value().get().organization().name(), StandardCharsets.UTF_8))).build();
        }
        return refused(id, outcome, null);
    }

    /** The request again, saying what stopped the decision. */
    private Response refused(String id, Outcome<JoinRequest> outcome, String reasonError) {
        var found = requests.get(id);
        if (found.value().isEmpty()) {
            return missing(found);
        }
        String unanswered = "The directory did not answer. Nothing has changed: try again in a few minutes.";
        String problem = switch (outcome) {
            case null -> null;
            case Outcome.Unavailable<JoinRequest> u -> unanswered;
            case Outcome.Conflict<JoinRequest> c -> c.detail();
            case Outcome.Invalid<JoinRequest> i -> i.detail();
            case Outcome.Gone<JoinRequest> g -> unanswered;
            case Outcome.Done<JoinRequest> d -> null;
        };
        JoinRequest request = found.value().get();
        int status = switch (outcome) {
            case null -> 400;
            case Outcome.Conflict<JoinRequest> c -> 409;
            case Outcome.Invalid<JoinRequest> i -> 400;
            default -> 503;
        };
        return html(status, Templates.request(Page.of("Error: " + request.organization().name(), identity), request,
                reasonError, problem));
    }

    private Response missing(Outcome<JoinRequest> found) {
        boolean gone = found instanceof Outcome.Gone<JoinRequest>;
        String message = gone
                ? "There is no such request."
                : "We cannot show this request right now. Try again in a few minutes.";
        return HtmlPages.notShown(gone ? 404 : 503, Page.of("Request not found", identity), message,
                new HtmlPages.Back("/coordinator/join-requests", "Back to the requests"));
    }
}
