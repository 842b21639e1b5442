package org.socialprescribing.portal.rest;

import static org.socialprescribing.portal.rest.HtmlPages.html;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import org.socialprescribing.portal.client.CaseReferral;
import org.socialprescribing.portal.client.Caseload;
import org.socialprescribing.portal.client.Outcome;
import org.socialprescribing.portal.i18n.CaseloadMessages;
import org.socialprescribing.portal.i18n.Language;
import org.socialprescribing.portal.i18n.Messages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The link worker's caseload (the coordinator's: the unassigned queue) and one referral: the person, what they said,
 * the timeline, suggested groups with why, and the forms that move it on or note what matters to them. The
 * referral service decides every move; a move it refuses comes back in words.
 */
@Path("/caseload")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"link-worker", "coordinator"})
public class CaseloadPageResource {

    static final List<String> STATES = List.of("received", "triaged", "contact_attempted", "in_conversation",
            "matched", "with_group", "closed");
    static final List<String> MOVES = List.of("triage", "contact_attempt", "start_conversation", "match",
            "join_group", "rematch", "close");
    static final List<String> CLOSING = List.of("completed", "person_declined", "unable_to_contact",
            "not_appropriate", "moved_away", "withdrawn");
    static final List<String> NOTE_KINDS = List.of("what_matters", "contact", "note");

    /** The referral page's forms: the move form's and the note form's values and errors. */
    public record Forms(FormFields move, FormFields note, String problem) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance caseload(Page page, boolean queue, List<CaseReferral> referrals,
                boolean unavailable, String state, List<String> states);

        static native TemplateInstance referral(Page page, CaseReferral referral, List<CaseReferral.Event> timeline,
                boolean timelineUnavailable, CaseReferral.Suggestions suggestions, Forms forms, String banner,
                List<String> moves, List<String> closing, List<String> noteKinds);
    }

    private final Caseload caseload;
    private final SecurityIdentity identity;
    private final Language language;

    public CaseloadPageResource(Caseload caseload, SecurityIdentity identity, Language language) {
        this.caseload = caseload;
        this.identity = identity;
        this.language = language;
    }

    @GET
    public TemplateInstance list(@QueryParam("state") String state) {
        boolean queue = !identity.hasRole("link-worker");
        // List.of refuses to look for null: a page without a state asks for every open referral
        String chosen = state != null && STATES.contains(state) ? state : null;
        var referrals = caseload.list(queue ? null : chosen);
        return Templates.caseload(Page.of(queue ? words().queue_title() : words().caseload_title(), identity), queue,
                referrals.orElse(List.of()), referrals.isEmpty(), chosen, STATES);
    }

    @GET
    @Path("/{id}")
    public Response referral(@PathParam("id") String id, @QueryParam("done") String done) {
        String banner = "moved".equals(done) ? words().moved() : "noted".equals(done) ? words().noted() : null;
        return page(id, 200, new Forms(FormFields.empty(), FormFields.empty(), null), banner);
    }

    @POST
    @Path("/{id}/moves")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormFields form = FormFields.posted(posted, List.of("move", "closing_reason", "note"));
        if (!MOVES.contains(form.value("move"))) { // FormFields gives "" for a missing field, never null
            form = form.withError("move", words().move_missing());
        } else if (form.is("move", "close") && !CLOSING.contains(form.value("closing_reason"))) {
            form = form.withError("closing_reason", words().closing_missing());
        }
        if (form.value("note").length() > 2000) {
            form = form.withError("note", words().note_too_long());
        }
        if (form.hasErrors()) {
            return page(id, 400, new Forms(form, FormFields.empty(), null), null);
        }
        Map<String, Object> move = new LinkedHashMap<>();
        move.put("move", form.value("move"));
        if (form.is("move", "close")) {
            move.put("closing_reason", form.value("closing_reason"));
        }
        if (!form.value("note").isEmpty()) {
            move.put("note", form.value("note"));
        }
        FormFields typed = form;
        return switch (caseload.move(id, move)) {
            case Outcome.Done<CaseReferral> done -> Response.seeOther(URI.create("/caseload/" + id + "?done=moved"))
                    .build();
            case Outcome.Conflict<CaseReferral> c -> page(id, 409,
                    new Forms(typed, FormFields.empty(), words().move_refused() + " " + c.detail()), null);
            case Outcome.Invalid<CaseReferral> i -> page(id, 400,
                    new Forms(typed.withError("move", i.detail() == null ? words().move_missing() : i.detail()),
                            FormFields.empty(), null),
                    null);
            case Outcome.Gone<CaseReferral> g -> notShown(g.notYours() ? 403 : 404);
            case Outcome.Unavailable<CaseReferral> u -> page(id, 503,
                    new Forms(typed, FormFields.empty(), words().not_saved()), null);
        };
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response note(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormFields form = FormFields.posted(posted, List.of("kind", "note"));
        if (form.value("note").isEmpty()) {
            form = form.withError("note", words().note_missing());
        } else if (form.value("note").length() > 2000) {
            form = form.withError("note", words().note_too_long());
        }
        String kind = NOTE_KINDS.contains(form.value("kind")) ? form.value("kind") : "note";
        if (form.hasErrors()) {
            return page(id, 400, new Forms(FormFields.empty(), form, null), null);
        }
        FormFields typed = form;
        return switch (caseload.note(id, Map.of("kind", kind, "note", form.value("note")))) {
            case Outcome.Done<CaseReferral.Event> done -> Response
                    .seeOther(URI.create("/caseload/" + id + "?done=noted")).build();
            case Outcome.Conflict<CaseReferral.Event> c -> page(id, 409,
                    new Forms(FormFields.empty(), typed, words().note_closed()), null);
            case Outcome.Invalid<CaseReferral.Event> i -> page(id, 400,
                    new Forms(FormFields.empty(), typed.withError("note", words().note_missing()), null), null);
            case Outcome.Gone<CaseReferral.Event> g -> notShown(g.notYours() ? 403 : 404);
            case Outcome.Unavailable<CaseReferral.Event> u -> page(id, 503,
                    new Forms(FormFields.empty(), typed, words().not_saved()), null);
        };
    }

    private Response page(String id, int status, Forms forms, String banner) {
        return switch (caseload.get(id)) {
            case Outcome.Done<CaseReferral> found -> {
                CaseReferral referral = found.result();
                var timeline = caseload.timeline(id);
                var suggestions = referral.open() ? caseload.suggestions(id).orElse(null) : null;
                String title = words().referral_title(referral.reference());
                Page page = status == 200
                        ? Page.of(title, identity)
                        : Page.ofError(title, identity, language.messages(Messages.class));
                yield html(status, Templates.referral(page, referral, timeline.orElse(List.of()), timeline.isEmpty(),
                        suggestions, forms, banner, MOVES, CLOSING, NOTE_KINDS));
            }
            case Outcome.Gone<CaseReferral> g -> notShown(g.notYours() ? 403 : 404);
            default -> HtmlPages.notShown(503, Page.of(words().referral_not_found_title(), identity),
                    words().referral_unavailable(), back());
        };
    }

    private Response notShown(int status) {
        return HtmlPages.notShown(status, Page.of(words().referral_not_found_title(), identity),
                words().referral_not_found(), back());
    }

    private HtmlPages.Back back() {
        return new HtmlPages.Back("/caseload", words().back_to_caseload());
    }

    private CaseloadMessages words() {
        return language.messages(CaseloadMessages.class);
    }
}
