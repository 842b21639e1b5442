package org.socialprescribing.portal.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.socialprescribing.portal.client.ListingChange;
import org.socialprescribing.portal.client.ListingEdits;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** The newest changes to listings: a coordinator sees every organisation's, an editor their own organisations'. */
@Path("/my/changes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"charity-editor", "coordinator"})
public class ChangesPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance changes(Page page, List<ListingChange> changes, boolean unavailable);
    }

    private final ListingEdits edits;
    private final SecurityIdentity identity;

    public ChangesPageResource(ListingEdits edits, SecurityIdentity identity) {
        this.edits = edits;
        this.identity = identity;
    }

    @GET
    public TemplateInstance changes() {
        var changes = edits.recentChanges();
        return Templates.changes(Page.of("Recent changes to listings", identity), changes.orElse(List.of()),
                changes.isEmpty());
    }
}
