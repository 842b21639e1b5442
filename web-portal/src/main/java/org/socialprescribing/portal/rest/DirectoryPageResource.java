package org.socialprescribing.portal.rest;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.socialprescribing.portal.client.DirectoryClient;
import org.socialprescribing.portal.client.SearchRequest;
import org.socialprescribing.portal.client.ServiceListing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** Public search of the community directory and the page of one service: no sign-in, no JavaScript needed. */
@Path("/services")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class DirectoryPageResource {

    /** The search results as the page shows them. */
    public record Results(SearchRequest request, long total, int page, int totalPages,
            List<ServiceListing> services) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < totalPages;
        }

        public String previousQuery() {
            return request.queryForPage(page - 1);
        }

        public String nextQuery() {
            return request.queryForPage(page + 1);
        }
    }

    /** A choice in a select: its value, its label, and whether it is the one chosen. */
    public record Option(String value, String label, boolean selected) {
    }

    /** The form as the person filled it in, with the choices each select offers. */
    public record Form(SearchRequest request, List<Option> distances, List<Option> categories, List<Option> days,
            String postcodeError) {
    }

    static final List<String> MILES = List.of("1", "3", "5", "10", "20");
    static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Page page, Form form, Results results, boolean unavailable);

        static native TemplateInstance service(Page page, ServiceListing service);
    }

    private final DirectoryClient directory;
    private final SecurityIdentity identity;

    public DirectoryPageResource(DirectoryClient directory, SecurityIdentity identity) {
        this.directory = directory;
        this.identity = identity;
    }

    @GET
    public TemplateInstance search(@QueryParam("search") String search, @QueryParam("postcode") String postcode,
            @QueryParam("miles") String miles, @QueryParam("category") String category,
            @QueryParam("free") String free, @QueryParam("day") String day, @QueryParam("page") String page) {
        SearchRequest request = new SearchRequest(clean(search, 200), clean(postcode, 10).toUpperCase(Locale.UK),
                MILES.contains(clean(miles, 3)) ? clean(miles, 3) : "3", clean(category, 36),
                "true".equals(free), DAYS.contains(clean(day, 2)) ? clean(day, 2) : "", parsePage(page));
        DirectoryClient.Outcome outcome = directory.search(request);
        Results results = outcome.page().map(p -> new Results(request, p.totalItems(), p.pageNumber(),
                p.totalPages(), p.contents())).orElse(null);
        String postcodeError = "postcode".equals(outcome.refusedField())
                ? "Enter a postcode in the area, like DM1 1AB: " + outcome.refusedMessage()
                : null;
        Form form = new Form(request, options(MILES, m -> "Within " + m + (m.equals("1") ? " mile" : " miles"),
                request.miles()),
                directory.categories().stream()
                        .map(t -> new Option(t.id(), t.name(), t.id().equals(request.category()))).toList(),
                options(DAYS, d -> DayOfWeek.of(DAYS.indexOf(d) + 1).getDisplayName(TextStyle.FULL, Locale.UK),
                        request.day()),
                postcodeError);
        String title = postcodeError != null
                ? "Error: Find support and activities"
                : request.text().isEmpty()
                        ? "Find support and activities"
                        : "Results for \u201c" + request.text() + "\u201d";
        return Templates.search(Page.of(title, identity), form, results,
                outcome.unavailable());
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

    private static List<Option> options(List<String> values, java.util.function.Function<String, String> label,
            String chosen) {
        return values.stream().map(v -> new Option(v, label.apply(v), v.equals(chosen))).toList();
    }

    private static String clean(String value, int max) {
        String stripped = value == null ? "" : value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
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
