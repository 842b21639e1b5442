package org.socialprescribing.portal.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.socialprescribing.portal.client.DirectoryClient;
import org.socialprescribing.portal.client.ServiceListing;
import org.socialprescribing.portal.client.ServicePage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** Public search of the community directory and the page of one service: no sign-in, no JavaScript needed. */
@Path("/services")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class DirectoryPageResource {

    /** The search results as the page shows them. */
    public record Results(String query, long total, int page, int totalPages, List<ServiceListing> services) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < totalPages;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Page page, String query, Results results, boolean unavailable);

        static native TemplateInstance service(Page page, ServiceListing service);
    }

    private final DirectoryClient directory;
    private final SecurityIdentity identity;

    public DirectoryPageResource(DirectoryClient directory, SecurityIdentity identity) {
        this.directory = directory;
        this.identity = identity;
    }

    @GET
    public TemplateInstance search(@QueryParam("search") String search, @QueryParam("page") String page) {
        String stripped = search == null ? "" : search.strip();
        String query = stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
        int pageNumber = parsePage(page);
        var found = directory.search(query.isEmpty() ? null : query, pageNumber);
        Results results = found.map(p -> results(query, p)).orElse(null);
        String title = query.isEmpty() ? "Find support and activities" : "Results for \u201c" + query + "\u201d";
        return Templates.search(Page.of(title, identity), query, results, found.isEmpty());
    }

    @GET
    @Path("{id}")
    public TemplateInstance service(@PathParam("id") String id) {
        DirectoryClient.Lookup lookup = directory.service(id);
        if (lookup.unavailable()) {
            throw new jakarta.ws.rs.ServiceUnavailableException();
        }
        ServiceListing service = lookup.service().orElseThrow(NotFoundException::new);
        return Templates.service(Page.of(service.name(), identity), service);
    }

    private static Results results(String query, ServicePage page) {
        return new Results(query, page.totalItems(), page.pageNumber(), page.totalPages(), page.contents());
    }

    /** Anything that is not a sensible page number shows the first page. */
    private static int parsePage(String page) {
        try {
            int parsed = Integer.parseInt(page == null ? "1" : page.trim());
            return parsed >= 1 && parsed <= 10_000 ? parsed : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
