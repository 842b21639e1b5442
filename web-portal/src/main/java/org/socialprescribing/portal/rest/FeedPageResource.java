package org.socialprescribing.portal.rest;

import static org.socialprescribing.portal.rest.HtmlPages.html;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

import org.socialprescribing.portal.client.Feed;
import org.socialprescribing.portal.client.FeedRun;
import org.socialprescribing.portal.client.Feeds;
import org.socialprescribing.portal.client.Outcome;
import org.socialprescribing.portal.i18n.CoordinatorMessages;
import org.socialprescribing.portal.i18n.Language;
import org.socialprescribing.portal.i18n.Messages;

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

    /** The form's inputs, by the directory's field names. */
    static final List<String> FIELDS = List.of("name", "base_url", "refresh_minutes");

    /** The longest name and address the directory takes. */
    static final int MAX_NAME = 255;
    static final int MAX_BASE_URL = 500;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feeds(Page page, List<Feed> feeds, boolean unavailable, FeedForm form,
                String problem, String registered);

        /**
         * One feed. {@code problem}: the portal's words for what stopped a pull, or {@code null}; {@code detail}: the
         * directory's own words about it, as it gave them, or {@code null}.
         */
        static native TemplateInstance feed(Page page, Feed feed, List<FeedRun> runs, boolean runsUnavailable,
                boolean pulled, String problem, String detail);
    }

    /** The registration form: its values and errors, and the choices of how often to pull. */
    public record FeedForm(FormFields fields) {

        public List<Feed.Refresh> refreshChoices() {
            return REFRESH_CHOICES.stream().map(Feed.Refresh::new).toList();
        }

        /** The inputs the error summary links to; a refusal of any other field links to the page's top. */
        public Set<String> inputs() {
            return Set.copyOf(FIELDS);
        }

        public boolean chosen(int minutes) {
            return fields.is("refresh_minutes", String.valueOf(minutes));
        }

        static FeedForm empty() {
            return new FeedForm(new FormFields(Map.of("refresh_minutes", "1440"), Map.of()));
        }
    }

    private final Feeds feeds;
    private final SecurityIdentity identity;
    private final Language language;

    public FeedPageResource(Feeds feeds, SecurityIdentity identity, Language language) {
        this.feeds = feeds;
        this.identity = identity;
        this.language = language;
    }

    @GET
    public TemplateInstance list(@QueryParam("registered") String registered) {
        var all = feeds.list();
        return Templates.feeds(Page.of(words().feeds_title(), identity), all.orElse(List.of()), all.isEmpty(),
                FeedForm.empty(), null, registered);
    }

    /**
     * The directory's refusal of a field, in the form's words: its messages name the API's field ("base_url must be
     * a public internet address: ..."), which becomes the label the coordinator sees ("Address must be ..."). The
     * rest of the message is the directory's, as it gave it.
     */
    static String fieldMessage(String field, String message, CoordinatorMessages words) {
        String label = switch (field) {
            case "name" -> words.name_label();
            case "base_url" -> words.address();
            case "refresh_minutes" -> words.refresh_legend();
            default -> field;
        };
        return message.startsWith(field + " ")
                ? words.field_refused(label, message.substring(field.length() + 1))
                : words.field_refused_other(label, message);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> posted) {
        CoordinatorMessages words = words();
        FormFields form = FormFields.posted(posted, FIELDS);
        String name = form.value("name");
        String baseUrl = form.value("base_url");
        String refresh = form.value("refresh_minutes");
        if (name.isEmpty()) {
            form = form.withError("name", words.name_missing());
        } else if (name.length() > MAX_NAME) {
            form = form.withError("name", words.name_too_long());
        }
        if (!baseUrl.matches("(?i)https?://\\S+")) {
            form = form.withError("base_url", words.base_url_missing());
        } else if (baseUrl.length() > MAX_BASE_URL) {
            form = form.withError("base_url", words.base_url_too_long());
        }
        if (REFRESH_CHOICES.stream().map(String::valueOf).noneMatch(refresh::equals)) {
            form = form.withError("refresh_minutes", words.refresh_missing());
        }
        if (form.hasErrors()) {
            return refusedForm(400, form, null);
        }
        return switch (feeds.register(Map.of("name", name, "base_url", baseUrl, "refresh_minutes",
                Integer.parseInt(refresh)))) {
            case Outcome.Done<Feed> done -> Response.seeOther(URI.create("/coordinator/feeds?registered="
                    + URLEncoder.encode(done.result().name(), StandardCharsets.UTF_8))).build();
            case Outcome.Invalid<Feed> i when i.fieldErrors().keySet().stream().anyMatch(FIELDS::contains) ->
                refusedForm(422, form.withRefusals(i.fieldErrors(), e -> fieldMessage(e.getKey(), e.getValue(),
                        words)), null);
            case Outcome.Invalid<Feed> i -> refusedForm(422, form, words.feed_refused());
            case Outcome.Conflict<Feed> c -> refusedForm(409, form.withError("base_url", words.base_url_taken()),
                    null);
            case Outcome.Gone<Feed> g -> refusedForm(g.notYours() ? 403 : 404, form, words.feed_refused());
            case Outcome.Unavailable<Feed> u -> refusedForm(503, form, words.unanswered());
        };
    }

    /** The feeds again with the form as it was typed, its errors and what stopped it. */
    private Response refusedForm(int status, FormFields form, String problem) {
        var all = feeds.list();
        TemplateInstance page = Templates.feeds(Page.ofError(words().feeds_title(), identity, shared()),
                all.orElse(List.of()), all.isEmpty(), new FeedForm(form), problem, null);
        return html(status, page);
    }

    @GET
    @Path("/{id}")
    public Response feed(@PathParam("id") String id, @QueryParam("pulled") boolean pulled) {
        return show(id, 200, pulled, null, null);
    }

    @POST
    @Path("/{id}/pull")
    public Response pull(@PathParam("id") String id) {
        CoordinatorMessages words = words();
        return switch (feeds.pull(id)) {
            case Outcome.Done<FeedRun> started -> Response
                    .seeOther(URI.create("/coordinator/feeds/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                            + "?pulled=true"))
                    .build();
            case Outcome.Conflict<FeedRun> c -> show(id, 409, false, words.pull_running_already(), c.detail());
            case Outcome.Gone<FeedRun> g -> missing(g);
            // an id that is no UUID is refused as a bad parameter: there is no such feed either
            case Outcome.Invalid<FeedRun> i -> missing(new Outcome.Gone<>(false));
            case Outcome.Unavailable<FeedRun> u -> show(id, 503, false, words.unanswered(), null);
        };
    }

    private Response show(String id, int status, boolean pulled, String problem, String detail) {
        return switch (feeds.get(id)) {
            case Outcome.Done<Feed> found -> {
                var runs = feeds.recentRuns(id);
                Feed feed = found.result();
                Page page = problem == null
                        ? Page.of(feed.name(), identity)
                        : Page.ofError(feed.name(), identity, shared());
                yield html(status, Templates.feed(page, feed, runs.orElse(List.of()), runs.isEmpty(), pulled,
                        problem, detail));
            }
            case Outcome.Invalid<Feed> i -> missing(new Outcome.Gone<>(false));
            case Outcome<Feed> notShown -> missing(notShown);
        };
    }

    /** A feed that is not there (404), not for this person (403), or cannot be read now (503). */
    private <T> Response missing(Outcome<T> found) {
        CoordinatorMessages words = words();
        HtmlPages.Back back = new HtmlPages.Back("/coordinator/feeds", words.feeds_back());
        return switch (found) {
            case Outcome.Gone<T> g when g.notYours() -> HtmlPages.notShown(403,
                    Page.of(shared().forbidden_title(), identity), shared().forbidden_message(), back);
            case Outcome.Gone<T> g -> HtmlPages.notShown(404, Page.of(words.feed_not_found_title(), identity),
                    words.feed_not_found(), back);
            default -> HtmlPages.notShown(503, Page.of(words.feed_unavailable_title(), identity),
                    words.feed_unavailable(), back);
        };
    }

    private CoordinatorMessages words() {
        return language.messages(CoordinatorMessages.class);
    }

    private Messages shared() {
        return language.messages(Messages.class);
    }
}
