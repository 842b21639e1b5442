package org.socialprescribing.portal.rest;

import static org.socialprescribing.portal.rest.HtmlPages.html;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.socialprescribing.portal.client.JoinRequest;
import org.socialprescribing.portal.client.JoinRequests;
import org.socialprescribing.portal.client.Outcome;
import org.socialprescribing.portal.i18n.CoordinatorMessages;
import org.socialprescribing.portal.i18n.Language;
import org.socialprescribing.portal.i18n.Messages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** The coordinator's queue of organisations waiting to be verified, and the decision on each. */
@Path("/coordinator/join-requests")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("coordinator")
public class VerificationPageResource {

    /** The longest reason the directory takes. */
    static final int MAX_REASON = 2000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Page page, List<JoinRequest> pending, boolean unavailable,
                String approved, String rejected);

        /**
         * One request. {@code problem}: the portal's words for what stopped a decision, or {@code null};
         * {@code detail}: the directory's own words about it, shown as it gave them, or {@code null}.
         */
        static native TemplateInstance request(Page page, JoinRequest request, FormFields form, String problem,
                String detail);
    }

    private final JoinRequests requests;
    private final SecurityIdentity identity;
    private final Language language;

    public VerificationPageResource(JoinRequests requests, SecurityIdentity identity, Language language) {
        this.requests = requests;
        this.identity = identity;
        this.language = language;
    }

    @GET
    public TemplateInstance queue(@QueryParam("approved") String approved, @QueryParam("rejected") String rejected) {
        var pending = requests.list("pending");
        return Templates.queue(Page.of(words().queue_title(), identity), pending.orElse(List.of()),
                pending.isEmpty(), approved, rejected);
    }

    @GET
    @Path("/{id}")
    public Response request(@PathParam("id") String id) {
        return switch (requests.get(id)) {
            case Outcome.Done<JoinRequest> found -> html(200, Templates.request(
                    Page.of(found.result().organization().name(), identity), found.result(), FormFields.empty(),
                    null, null));
            case Outcome<JoinRequest> notFound -> missing(notFound);
        };
    }

    @POST
    @Path("/{id}/approve")
    public Response approve(@PathParam("id") String id) {
        return answer(id, "approved", requests.approve(id), FormFields.empty());
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormFields form = FormFields.posted(posted, List.of("reason"));
        String reason = form.value("reason");
        if (reason.isEmpty()) {
            return again(id, 400, form.withError("reason", words().reject_reason_missing()), null, null);
        }
        if (reason.length() > MAX_REASON) {
            return again(id, 400, form.withError("reason", words().reject_reason_too_long()), null, null);
        }
        return answer(id, "rejected", requests.reject(id, reason), form);
    }

    /**
     * The directory's answer to a decision: made (back to the queue, whose banner names the organisation), or what
     * stopped it on the request page, with the reason as it was typed.
     */
    private Response answer(String id, String how, Outcome<JoinRequest> outcome, FormFields form) {
        CoordinatorMessages words = words();
        return switch (outcome) {
            case Outcome.Done<JoinRequest> d -> Response.seeOther(URI.create("/coordinator/join-requests?" + how
                    + "=" + URLEncoder.encode(d.result().organization().name(), StandardCharsets.UTF_8))).build();
            case Outcome.Conflict<JoinRequest> c -> again(id, 409, form, words.decided_already(), c.detail());
            case Outcome.Invalid<JoinRequest> i when i.fieldErrors().containsKey("reason") -> again(id, 400,
                    form.withError("reason", words.reject_reason_refused(i.fieldErrors().get("reason"))), null,
                    null);
            case Outcome.Invalid<JoinRequest> i -> again(id, 400, form, words.decision_refused(), i.detail());
            case Outcome.Gone<JoinRequest> g -> missing(g);
            case Outcome.Unavailable<JoinRequest> u -> again(id, 503, form, words.unanswered(), null);
        };
    }

    /**
     * The request again with what stopped the decision: {@code problem} in the portal's words, {@code detail} in the
     * directory's, {@code form} with the reason as typed and its error.
     */
    private Response again(String id, int status, FormFields form, String problem, String detail) {
        return switch (requests.get(id)) {
            case Outcome.Done<JoinRequest> found -> html(status,
                    Templates.request(Page.ofError(found.result().organization().name(), identity, shared()),
                            found.result(), form, problem, detail));
            case Outcome<JoinRequest> notFound -> missing(notFound);
        };
    }

    /** A request that is not there (404), not for this person (403), or cannot be read now (503). */
    private Response missing(Outcome<JoinRequest> found) {
        CoordinatorMessages words = words();
        HtmlPages.Back back = new HtmlPages.Back("/coordinator/join-requests", words.requests_back());
        return switch (found) {
            case Outcome.Gone<JoinRequest> g when g.notYours() -> HtmlPages.notShown(403,
                    Page.of(shared().forbidden_title(), identity), shared().forbidden_message(), back);
            case Outcome.Gone<JoinRequest> g -> HtmlPages.notShown(404,
                    Page.of(words.request_not_found_title(), identity), words.request_not_found(), back);
            // an id that is no UUID is refused as a bad parameter: there is no such request either
            case Outcome.Invalid<JoinRequest> i -> HtmlPages.notShown(404,
                    Page.of(words.request_not_found_title(), identity), words.request_not_found(), back);
            default -> HtmlPages.notShown(503, Page.of(words.request_unavailable_title(), identity),
                    words.request_unavailable(), back);
        };
    }

    private CoordinatorMessages words() {
        return language.messages(CoordinatorMessages.class);
    }

    private Messages shared() {
        return language.messages(Messages.class);
    }
}
