package org.socialprescribing.portal.rest;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.socialprescribing.portal.client.ListingChange;
import org.socialprescribing.portal.client.ListingEdits;
import org.socialprescribing.portal.i18n.Language;
import org.socialprescribing.portal.i18n.ListingMessages;

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
        static native TemplateInstance changes(Page page, List<ListingChange> changes, Map<String, String> labels,
                int max, boolean unavailable);
    }

    private final ListingEdits edits;
    private final SecurityIdentity identity;
    private final Language language;

    public ChangesPageResource(ListingEdits edits, SecurityIdentity identity, Language language) {
        this.edits = edits;
        this.identity = identity;
        this.language = language;
    }

    @GET
    public TemplateInstance changes() {
        ListingMessages words = language.messages(ListingMessages.class);
        var changes = edits.recentChanges();
        return Templates.changes(Page.of(words.recent_title(), identity), changes.orElse(List.of()),
                ListingForm.labels(words), ListingEdits.MAX_CHANGES, changes.isEmpty());
    }
}
