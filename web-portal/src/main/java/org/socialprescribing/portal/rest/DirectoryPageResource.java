package org.socialprescribing.portal.rest;

import static org.socialprescribing.portal.rest.HtmlPages.html;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.socialprescribing.portal.client.Category;
import org.socialprescribing.portal.client.DirectoryClient;
import org.socialprescribing.portal.client.DirectoryClient.SearchAnswer;
import org.socialprescribing.portal.client.Outcome;
import org.socialprescribing.portal.client.SearchRequest;
import org.socialprescribing.portal.client.ServiceListing;
import org.socialprescribing.portal.i18n.DirectoryMessages;
import org.socialprescribing.portal.i18n.Language;
import org.socialprescribing.portal.i18n.Messages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Public search of the community directory and the page of one service: no sign-in, no JavaScript needed. The
 * portal's words come from {@link DirectoryMessages} in the page's language; the services' own text is shown as the
 * directory gives it.
 */
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

    /**
     * The form as the person filled it in ({@code fields}: its values and, when the directory refused the search, the
     * errors by input id), with the choices each select offers.
     */
    public record Form(SearchRequest request, FormFields fields, List<Option> distances, List<Option> categories,
            List<Option> days, List<Map.Entry<String, String>> errorList) {
    }

    /** The words of a listing that take more than one message: how people take part, as one list. */
    public record Words(DirectoryMessages messages, Locale locale) {

        /** "In person, by phone"; a way the portal has no words for is shown as the directory names it. */
        public String howToTakePart(List<String> modes) {
            if (modes == null || modes.isEmpty()) {
                return "";
            }
            String text = String.join(", ", modes.stream().map(m -> switch (m) {
                case "in_person" -> messages.mode_in_person();
                case "online" -> messages.mode_online();
                case "phone" -> messages.mode_phone();
                default -> m;
            }).toList());
            return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
        }
    }

    static final List<String> MILES = List.of("1", "3", "5", "10", "20");
    static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    /** The form's inputs, each with the directory's name for the parameter it sends. */
    static final Map<String, String> INPUT_OF_PARAMETER = Map.of("search", "search", "postcode", "postcode",
            "proximity", "miles", "taxonomy_term_id", "category", "day", "day");
    /** Where an error the form has no input for goes (the top of the page). */
    static final String OTHER = "main-content";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Page page, Form form, Results results, boolean unavailable,
                Words words);

        static native TemplateInstance service(Page page, ServiceListing service, Words words);
    }

    private final DirectoryClient directory;
    private final SecurityIdentity identity;
    private final Language language;

    public DirectoryPageResource(DirectoryClient directory, SecurityIdentity identity, Language language) {
        this.directory = directory;
        this.identity = identity;
        this.language = language;
    }

    /**
     * The search form and its results: 200 with the results (or with a warning when the directory does not answer),
     * 400 with the form's errors when the directory refused what was entered.
     */
    @GET
    public Response search(@QueryParam("search") String search, @QueryParam("postcode") String postcode,
            @QueryParam("miles") String miles, @QueryParam("category") String category,
            @QueryParam("free") String free, @QueryParam("day") String day, @QueryParam("page") String page) {
        SearchRequest request = new SearchRequest(clean(search, 200), clean(postcode, 10).toUpperCase(Locale.UK),
                MILES.contains(clean(miles, 3)) ? clean(miles, 3) : "3", clean(category, 36),
                "true".equals(free), DAYS.contains(clean(day, 2)) ? clean(day, 2) : "", parsePage(page));
        DirectoryMessages words = words();
        SearchAnswer answer = directory.search(request);
        List<Category> offered = directory.categories();
        FormFields fields = fields(request);
        Results results = null;
        switch (answer) {
            case SearchAnswer.Found found -> results = new Results(request, found.page().totalItems(),
                    found.page().pageNumber(), found.page().totalPages(), found.page().contents());
            case SearchAnswer.Refused refused -> fields = refusals(fields, refused, words, !offered.isEmpty());
            case SearchAnswer.Unavailable u -> {
                // the page says so beside the form, as it was filled in
            }
        }
        Set<String> inputs = new LinkedHashSet<>(INPUT_OF_PARAMETER.values());
        if (offered.isEmpty()) {
            inputs.remove("category");
        }
        Form form = new Form(request, fields,
                options(MILES, m -> words.within_miles(Integer.parseInt(m)), request.miles()),
                offered.stream().map(t -> new Option(t.id(), t.name(), t.id().equals(request.category()))).toList(),
                options(DAYS, d -> DayOfWeek.of(DAYS.indexOf(d) + 1).getDisplayName(TextStyle.FULL,
                        language.locale()), request.day()),
                fields.errorList(inputs));
        String title = request.text().isEmpty() ? words.search_title() : words.results_title(request.text());
        Page shown = fields.hasErrors()
                ? Page.ofError(words.search_title(), identity, language.messages(Messages.class))
                : Page.of(title, identity);
        return html(fields.hasErrors() ? 400 : 200, Templates.search(shown, form, results,
                answer instanceof SearchAnswer.Unavailable, new Words(words, language.locale())));
    }

    /** One service: 200, a 404 page when the directory has no such service, a 503 page when it does not answer. */
    @GET
    @Path("{id}")
    public Response service(@PathParam("id") String id) {
        DirectoryMessages words = words();
        HtmlPages.Back back = new HtmlPages.Back("/services", words.back_to_search());
        return switch (directory.service(id)) {
            case Outcome.Done<ServiceListing> done -> html(200, Templates.service(
                    Page.of(done.result().name(), identity), done.result(), new Words(words, language.locale())));
            case Outcome.Gone<ServiceListing> g -> HtmlPages.notShown(404,
                    Page.of(words.service_not_found_title(), identity), words.service_not_found(), back);
            case Outcome.Unavailable<ServiceListing> u -> unavailable(words, back);
            // a read is never refused nor in conflict (the client says gone or unavailable instead)
            case Outcome.Invalid<ServiceListing> i -> unavailable(words, back);
            case Outcome.Conflict<ServiceListing> c -> unavailable(words, back);
        };
    }

    private Response unavailable(DirectoryMessages words, HtmlPages.Back back) {
        return HtmlPages.notShown(503, Page.of(words.service_unavailable_title(), identity),
                words.service_unavailable(), back);
    }

    private DirectoryMessages words() {
        return language.messages(DirectoryMessages.class);
    }

    /** The search as the form shows it again. */
    private static FormFields fields(SearchRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("search", request.text());
        values.put("postcode", request.postcode());
        values.put("miles", request.miles());
        values.put("category", request.category());
        values.put("free", request.freeOnly() ? "true" : "");
        values.put("day", request.day());
        return new FormFields(values, Map.of());
    }

    /**
     * The directory's refusals in the form's words, each on the input that sent the parameter; one that no input of
     * the page sent (a hidden category filter, paging) is one error for the whole search.
     */
    private static FormFields refusals(FormFields fields, SearchAnswer.Refused refused, DirectoryMessages words,
            boolean categoriesShown) {
        FormFields withErrors = fields;
        for (String parameter : refused.parameters().keySet()) {
            String input = INPUT_OF_PARAMETER.getOrDefault(parameter, OTHER);
            String message = switch (input) {
                case "search" -> words.error_search();
                case "postcode" -> words.error_postcode();
                case "miles" -> words.error_miles();
                case "category" -> categoriesShown ? words.error_category() : words.error_other();
                case "day" -> words.error_day();
                default -> words.error_other();
            };
            withErrors = withErrors.withError(input.equals("category") && !categoriesShown ? OTHER : input, message);
        }
        return withErrors.hasErrors() ? withErrors : withErrors.withError(OTHER, words.error_other());
    }

    private static List<Option> options(List<String> values, Function<String, String> label, String chosen) {
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
