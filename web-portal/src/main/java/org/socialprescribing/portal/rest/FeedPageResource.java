package org.socialprescribing.portal.rest;

import static org.socialprescribing.portal.rest.HtmlPages.html;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

import org.socialprescribing.portal.client.DirectoryAnswer;
import org.socialprescribing.portal.client.Feed;
import org.socialprescribing.portal.client.FeedRun;
import org.socialprescribing.portal.client.Feeds;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** The coordinator's federated feeds: other directories' Open Referral UK APIs, registering one, pulling it now. */
@Path("/coordinator/feeds")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("coordinator")
public class FeedPageResource {

    /** How often a feed can be pulled, in minutes, as the form offers it (the directory allows 15 to 44 640). */
    static final List<Integer> REFRESH_CHOICES = List.of(60, 360, 1440, 10080);

    /** The form's labels by field, for the directory's refusals. */
    private static final Map<String, String> LABELS = Map.of("name", "Name", "base_url", "Address",
            "refresh_minutes", "How often to pull it");

    private static final HtmlPages.Back BACK = new HtmlPages.Back("/coordinator/feeds", "Back to the feeds");

    private static final String UNAVAILABLE = "The directory did not answer. Nothing has changed: try again in a few"
            + " minutes.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feeds(Page page, List<Feed> feeds, boolean unavailable, FeedForm form,
                String problem, String registered);

        static native TemplateInstance feed(Page page, Feed feed, List<FeedRun> runs, boolean runsUnavailable,
                boolean pulled, String problem);
    }

    /** The registration form's values and its errors by input id. */
    public record FeedForm(Map<String, String> values, Map<String, String> errors) {

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public String error(String field) {
            return errors.get(field);
        }

        public List<Integer> refreshChoices() {
            return REFRESH_CHOICES;
        }

        /** "Every day", as a choice says it. */
        public String refreshLabel(int minutes) {
            String label = Feed.refreshLabel(minutes);
            return Character.toUpperCase(label.charAt(0)) + label.substring(1);
        }

        public boolean chosen(int minutes) {
            return value("refresh_minutes").equals(String.valueOf(minutes));
        }

        static FeedForm empty() {
            return new FeedForm(Map.of("refresh_minutes", "1440"), Map.of());
        }
    }

    private final Feeds feeds;
    private final SecurityIdentity identity;

    public FeedPageResource(Feeds feeds, SecurityIdentity identity) {
        this.feeds = feeds;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list(@QueryParam("registered") String registered) {
        var all = feeds.list();
        return Templates.feeds(Page.of("Feeds from other directories", identity), all.orElse(List.of()),
                all.isEmpty(), FeedForm.empty(), null, registered);
    }

    /**
     * The directory's refusal of a field, in the form's words: its messages name the API's field ("base_url must be
     * a public internet address: ..."), which becomes the label the coordinator sees ("Address must be ...").
     */
    static String fieldMessage(String field, String message) {
        String label = LABELS.getOrDefault(field, field);
        return message.startsWith(field + " ") ? label + message.substring(field.length()) : label + ": " + message;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> posted) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("name", "base_url", "refresh_minutes")) {
            values.put(field, posted.getFirst(field) == null ? "" : posted.getFirst(field).strip());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (values.get("name").isEmpty()) {
            errors.put("name", "Enter a name for the feed, such as the council it comes from");
        }
        if (!values.get("base_url").matches("(?i)https?://\\S+")) {
            errors.put("base_url", "Enter the address of the directory's API, starting with https:// or http://");
        }
        if (!REFRESH_CHOICES.stream().map(String::valueOf).toList().contains(values.get("refresh_minutes"))) {
            errors.put("refresh_minutes", "Choose how often to pull the feed");
        }
        String problem = null;
        int status = 400;
        if (errors.isEmpty()) {
            DirectoryAnswer<Feed> answer = feeds.register(Map.of("name", values.get("name"), "base_url",
                    values.get("base_url"), "refresh_minutes", Integer.parseInt(values.get("refresh_minutes"))));
            if (answer.value().isPresent()) {
                return Response.seeOther(URI.create("/coordinator/feeds?registered="
                        + URLEncoder.encode(answer.value().get().name(), StandardCharsets.UTF_8))).build();
            }
            answer.fieldErrors().forEach((field, message) -> errors.putIfAbsent(field, fieldMessage(field, message)));
            if (answer.status() == 409) {
                errors.put("base_url", "A feed with this address is added already");
            }
            problem = answer.status() == 0 ? UNAVAILABLE : errors.isEmpty() ? answer.detail() : null;
            status = answer.status() == 0 ? 503 : answer.status();
        }
        var all = feeds.list();
        TemplateInstance page = Templates.feeds(Page.of("Error: Feeds from other directories", identity),
                all.orElse(List.of()), all.isEmpty(), new FeedForm(values, errors), problem, null);
        return html(status, page);
    }

    @GET
    @Path("/{id}")
    public Response feed(@PathParam("id") String id, @QueryParam("pulled") boolean pulled) {
        return show(id, pulled, null, 200);
    }

    @POST
    @Path("/{id}/pull")
    public Response pull(@PathParam("id") String id) {
        DirectoryAnswer<FeedRun> answer = feeds.pull(id);
        if (answer.value().isPresent()) {
            return Response.seeOther(URI.create("/coordinator/feeds/" + id + "?pulled=true")).build();
        }
        if (answer.status() == 404 || answer.status() == 400) {
            return missing(404);
        }
        return show(id, false, answer.status() == 0 ? UNAVAILABLE : answer.detail(),
                answer.status() == 0 ? 503 : answer.status());
    }

    private Response show(String id, boolean pulled, String problem, int status) {
        DirectoryAnswer<Feed> found = feeds.get(id);
        if (found.value().isEmpty()) {
            return missing(found.status());
        }
        Feed feed = found.value().get();
        var runs = feeds.recentRuns(id);
        String title = (problem == null ? "" : "Error: ") + feed.name();
        return html(status, Templates.feed(Page.of(title, identity), feed, runs.orElse(List.of()), runs.isEmpty(),
                pulled, problem));
    }

    private Response missing(int status) {
        boolean unknown = status == 404 || status == 400;
        String message = unknown
                ? "There is no such feed."
                : "We cannot show this feed right now. Try again in a few minutes.";
        return HtmlPages.notShown(unknown ? 404 : 503,
                Page.of(unknown ? "Feed not found" : "Feed not available", identity), message, BACK);
    }
}
