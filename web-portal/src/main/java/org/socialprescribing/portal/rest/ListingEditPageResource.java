package org.socialprescribing.portal.rest;

import static org.socialprescribing.portal.rest.HtmlPages.html;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.socialprescribing.portal.client.ListingChange;
import org.socialprescribing.portal.client.ListingDetail;
import org.socialprescribing.portal.client.ListingEdits;
import org.socialprescribing.portal.client.Outcome;
import org.socialprescribing.portal.i18n.Language;
import org.socialprescribing.portal.i18n.ListingMessages;
import org.socialprescribing.portal.i18n.Messages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Editing a listing and reading its history. A refused save comes back with a GOV.UK error summary and the person's
 * values; if someone else saved first (412), the form shows the latest version and says their changes were not
 * saved, so nothing is lost without them knowing.
 */
@Path("/my/listings/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"charity-editor", "coordinator"})
public class ListingEditPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Page page, ListingForm form, boolean conflict, String notice);

        static native TemplateInstance history(Page page, String id, String name, List<ListingChange> changes,
                Map<String, String> labels, boolean unavailable);
    }

    private final ListingEdits edits;
    private final SecurityIdentity identity;
    private final Language language;

    public ListingEditPageResource(ListingEdits edits, SecurityIdentity identity, Language language) {
        this.edits = edits;
        this.identity = identity;
        this.language = language;
    }

    @GET
    @Path("/edit")
    public Response edit(@PathParam("id") String id) {
        var found = edits.read(id);
        if (!(found instanceof Outcome.Done<ListingDetail> done)) {
            return cannot(found);
        }
        ListingDetail listing = done.result();
        ListingMessages words = words();
        if (listing.originFeedId() != null) {
            return HtmlPages.notShown(200, Page.of(words.feed_kept_title(), identity),
                    words.feed_kept_message(listing.name()), back(words));
        }
        return html(200, Templates.edit(Page.of(words.edit_title(listing.name()), identity), ListingForm.of(listing),
                false, null));
    }

    @POST
    @Path("/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        ListingMessages words = words();
        ListingForm form = ListingForm.posted(id, posted, words);
        if (form.hasErrors()) {
            return withErrors(400, form, null);
        }
        return switch (edits.save(id, form.version(), form.body())) {
            case Outcome.Done<ListingDetail> saved -> Response.seeOther(URI.create("/my/listings?saved="
                    + URLEncoder.encode(saved.result().name(), StandardCharsets.UTF_8))).build();
            case Outcome.Invalid<ListingDetail> refused -> refused.fieldErrors().isEmpty()
                    ? withErrors(400, form, refused.detail() == null ? words.save_refused() : refused.detail())
                    : withErrors(400, form.withRefusals(refused.fieldErrors(), words), null);
            case Outcome.Conflict<ListingDetail> conflict when conflict.stale() -> latest(id);
            case Outcome.Conflict<ListingDetail> conflict -> withErrors(409, form, conflict.detail());
            case Outcome.Gone<ListingDetail> gone -> cannot(gone);
            case Outcome.Unavailable<ListingDetail> unanswered -> withErrors(503, form, words.save_unavailable());
        };
    }

    @GET
    @Path("/history")
    public Response history(@PathParam("id") String id) {
        var found = edits.read(id);
        if (!(found instanceof Outcome.Done<ListingDetail> done)) {
            return cannot(found);
        }
        ListingMessages words = words();
        String name = done.result().name();
        var changes = edits.history(id);
        return html(200, Templates.history(Page.of(words.history_title(name), identity), id, name,
                changes.orElse(List.of()), ListingForm.labels(words), changes.isEmpty()));
    }

    /** Someone else saved first: the latest version in the form, saying this person's changes were not saved. */
    private Response latest(String id) {
        var latest = edits.read(id);
        if (!(latest instanceof Outcome.Done<ListingDetail> done)) {
            return cannot(latest);
        }
        return html(409, Templates.edit(errorPage(done.result().name()), ListingForm.of(done.result()), true, null));
    }

    /** The form again as it was posted, with its errors or the notice saying what stopped the save. */
    private Response withErrors(int status, ListingForm form, String notice) {
        return html(status, Templates.edit(errorPage(form.fields().value("name")), form, false, notice));
    }

    /** "Error: Edit Buggy Walks", or "Error: Edit listing" while the name is empty. */
    private Page errorPage(String name) {
        ListingMessages words = words();
        return Page.ofError(name == null || name.isBlank() ? words.edit_heading() : words.edit_title(name), identity,
                language.messages(Messages.class));
    }

    /** The listing cannot be shown: not there (404), not this editor's (403), or no answer (503). */
    private Response cannot(Outcome<ListingDetail> outcome) {
        ListingMessages words = words();
        Page page = Page.of(words.not_available_title(), identity);
        return switch (outcome) {
            case Outcome.Gone<ListingDetail> gone when gone.notYours() ->
                HtmlPages.notShown(403, page, words.not_yours(), back(words));
            case Outcome.Gone<ListingDetail> gone -> HtmlPages.notShown(404, page, words.not_found(), back(words));
            default -> HtmlPages.notShown(503, page, words.cannot_show(), back(words));
        };
    }

    private static HtmlPages.Back back(ListingMessages words) {
        return new HtmlPages.Back("/my/listings", words.back_to_listings());
    }

    private ListingMessages words() {
        return language.messages(ListingMessages.class);
    }
}
