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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.socialprescribing.portal.client.ListingChange;
import org.socialprescribing.portal.client.ListingEdits;

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

    private static final HtmlPages.Back BACK = new HtmlPages.Back("/my/listings", "Back to your listings");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Page page, ListingForm form, boolean conflict, String notice);

        static native TemplateInstance history(Page page, String id, String name, List<ListingChange> changes,
                boolean unavailable);
    }

    private final ListingEdits edits;
    private final SecurityIdentity identity;

    public ListingEditPageResource(ListingEdits edits, SecurityIdentity identity) {
        this.edits = edits;
        this.identity = identity;
    }

    @GET
    @Path("/edit")
    public Response edit(@PathParam("id") String id) {
        var found = edits.read(id);
        if (found.listing().isEmpty()) {
            return cannot(found.status());
        }
        var listing = found.listing().get();
        if (listing.originFeedId() != null) {
            return HtmlPages.notShown(200, Page.of("You cannot edit this listing here", identity),
                    listing.name() + " comes from another directory's feed and is kept there. Ask them to change"
                            + " it; the next pull brings their change here.",
                    BACK);
        }
        return html(200, Templates.edit(Page.of("Edit " + listing.name(), identity),
                ListingForm.of(listing), false, null));
    }

    @POST
    @Path("/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        ListingForm form = ListingForm.posted(id, posted);
        if (form.hasErrors()) {
            return invalid(form);
        }
        var saved = edits.save(id, form.version(), form.body());
        if (saved.listing().isPresent()) {
            return Response.seeOther(URI.create("/my/listings?saved="
                    + URLEncoder.encode(saved.listing().get().name(), StandardCharsets.UTF_8))).build();
        }
        if (saved.conflict()) {
            var latest = edits.read(id);
            if (latest.listing().isPresent()) {
                return html(409, Templates.edit(
                        Page.of("Error: Edit " + latest.listing().get().name(), identity),
                        ListingForm.of(latest.listing().get()), true, null));
            }
        }
        if (saved.status() == 422) {
            return invalid(form.withErrors(saved.fieldErrors()));
        }
        if (saved.status() == 409) {
            return html(409, Templates.edit(Page.of("Error: Edit " + form.value("name"), identity), form, false,
                    saved.detail()));
        }
        if (saved.status() == 403 || saved.status() == 404) {
            return cannot(saved.status());
        }
        return html(503, Templates.edit(Page.of("Error: Edit " + form.value("name"), identity), form, false,
                "We could not save your changes just now. Nothing has changed: try again in a few minutes."));
    }

    @GET
    @Path("/history")
    public Response history(@PathParam("id") String id) {
        var found = edits.read(id);
        if (found.listing().isEmpty()) {
            return cannot(found.status());
        }
        String name = found.listing().get().name();
        var changes = edits.history(id);
        return html(200, Templates.history(Page.of("Changes to " + name, identity), id, name,
                changes.orElse(List.of()), changes.isEmpty()));
    }

    private Response invalid(ListingForm form) {
        return html(400, Templates.edit(Page.of("Error: Edit " + form.value("name"), identity), form, false, null));
    }

    private Response cannot(int status) {
        String message = switch (status) {
            case 403 -> "This listing belongs to an organisation you do not edit.";
            case 404 -> "There is no such listing. It may have been removed.";
            default -> "We cannot show this listing right now. Nothing has been lost: try again in a few minutes.";
        };
        return HtmlPages.notShown(status == 0 ? 503 : status, Page.of("Listing not available", identity), message,
                BACK);
    }

}
