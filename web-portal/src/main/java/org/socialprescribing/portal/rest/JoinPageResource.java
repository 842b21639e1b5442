package org.socialprescribing.portal.rest;

import static org.socialprescribing.portal.rest.HtmlPages.html;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.socialprescribing.portal.client.JoinRequest;
import org.socialprescribing.portal.client.JoinRequests;
import org.socialprescribing.portal.client.Outcome;
import org.socialprescribing.portal.i18n.JoinMessages;
import org.socialprescribing.portal.i18n.Language;
import org.socialprescribing.portal.i18n.Messages;
import org.socialprescribing.portal.journey.Drafts;
import org.socialprescribing.portal.journey.Journey;
import org.socialprescribing.portal.journey.Question;
import org.socialprescribing.portal.journey.Question.Kind;
import org.socialprescribing.portal.journey.Question.Words;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * "List your organisation": a signed-in person asks for their charity or group to join the directory, in question
 * pages (one question a page, then "Check your answers", then send). The directory's answer to the send is shown on
 * the check page, with the answers kept.
 */
@Path("/join")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"resident", "link-worker", "charity-editor", "coordinator", "commissioner"})
public class JoinPageResource {

    static final Journey<JoinMessages> JOURNEY = new Journey<>("join", "/join", List.of(
            new Question<>("name", Kind.TEXT, true, 255,
                    w -> new Words(w.name_question(), null, w.name_summary(), w.name_missing(), w.name_too_long(),
                            null)),
            new Question<>("description", Kind.TEXTAREA, false, 10_000,
                    w -> new Words(w.description_question(), w.description_hint(), w.description_summary(), null,
                            w.description_too_long(), null)),
            new Question<>("email", Kind.EMAIL, false, 255,
                    w -> new Words(w.email_question(), w.email_hint(), w.email_summary(), null, w.email_too_long(),
                            w.email_malformed())),
            new Question<>("website", Kind.WEB_ADDRESS, false, 500,
                    w -> new Words(w.website_question(), w.website_hint(), w.website_summary(), null,
                            w.website_too_long(), w.website_malformed())),
            new Question<>("message", Kind.TEXTAREA, false, 2_000,
                    w -> new Words(w.message_question(), w.message_hint(), w.message_summary(), null,
                            w.message_too_long(), null))));

    /** An earlier request as the start page lists it. */
    public record EarlierRequest(String name, String status, java.time.Instant askedAt, String reason) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance join(Page page, String sent, List<EarlierRequest> mine, boolean unavailable,
                String next, boolean draft);
    }

    private final JoinRequests requests;
    private final Drafts drafts;
    private final SecurityIdentity identity;
    private final Language language;

    public JoinPageResource(JoinRequests requests, Drafts drafts, SecurityIdentity identity, Language language) {
        this.requests = requests;
        this.drafts = drafts;
        this.identity = identity;
        this.language = language;
    }

    /** The start page: what happens, the person's earlier requests, and the way in (or back into a draft). */
    @GET
    public TemplateInstance start(@QueryParam("sent") String sent) {
        var mine = requests.mine();
        Map<String, String> answers = drafts.answers(JOURNEY, identity);
        String next = answers.isEmpty()
                ? JOURNEY.pageOf(JOURNEY.questions().get(0))
                : JOURNEY.firstUnanswered(answers).map(JOURNEY::pageOf).orElse(JOURNEY.checkPage());
        List<EarlierRequest> earlier = mine.orElse(List.of()).stream().map(r -> new EarlierRequest(
                r.organization() == null ? "" : r.organization().name(), r.status(), r.createdAt(),
                r.decisionReason())).toList();
        return Templates.join(Page.of(words().title(), identity), sent, earlier, mine.isEmpty(), next,
                !answers.isEmpty());
    }

    @GET
    @Path("/{question}")
    public Response question(@PathParam("question") String id, @QueryParam("change") boolean changing) {
        Question<JoinMessages> question = questionCalled(id);
        String answer = drafts.answers(JOURNEY, identity).getOrDefault(id, "");
        var view = QuestionPages.view(JOURNEY, question, words(), answer, null, changing);
        return html(200, QuestionPages.Templates.question(Page.of(view.words().question(), identity), view));
    }

    @POST
    @Path("/{question}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("question") String id, @FormParam("answer") String posted,
            @FormParam("change") boolean changing) {
        Question<JoinMessages> question = questionCalled(id);
        String answer = posted == null ? "" : posted.strip();
        var problem = question.problemWith(answer, question.words().apply(words()));
        if (problem.isPresent()) {
            var view = QuestionPages.view(JOURNEY, question, words(), answer, problem.get(), changing);
            return html(400, QuestionPages.Templates
                    .question(Page.ofError(view.words().question(), identity, shared()), view));
        }
        drafts.keep(JOURNEY, identity, id, answer);
        return Response.seeOther(URI.create(JOURNEY.after(question, changing))).build();
    }

    @GET
    @Path("/" + Journey.CHECK)
    public Response check() {
        Map<String, String> answers = drafts.answers(JOURNEY, identity);
        var unanswered = JOURNEY.firstUnanswered(answers);
        if (unanswered.isPresent()) {
            return Response.seeOther(URI.create(JOURNEY.pageOf(unanswered.get()))).build();
        }
        return checkPage(200, answers, null, List.of());
    }

    /** Sends the request; whatever the directory says, the answers are kept until it is sent. */
    @POST
    @Path("/" + Journey.CHECK)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send() {
        Map<String, String> answers = drafts.answers(JOURNEY, identity);
        var unanswered = JOURNEY.firstUnanswered(answers);
        if (unanswered.isPresent()) {
            return Response.seeOther(URI.create(JOURNEY.pageOf(unanswered.get()))).build();
        }
        return switch (requests.ask(body(answers))) {
            case Outcome.Done<JoinRequest> done -> {
                drafts.forget(JOURNEY, identity);
                yield Response.seeOther(URI.create("/join?sent=" + URLEncoder.encode(
                        done.result().organization().name(), StandardCharsets.UTF_8))).build();
            }
            case Outcome.Invalid<JoinRequest> invalid -> checkPage(400, answers,
                    invalid.fieldErrors().isEmpty() ? invalid.detail() : null, refusals(invalid.fieldErrors()));
            case Outcome.Conflict<JoinRequest> conflict -> checkPage(409, answers, conflict.detail(), List.of());
            case Outcome.Gone<JoinRequest> gone -> checkPage(503, answers, words().send_unavailable(), List.of());
            case Outcome.Unavailable<JoinRequest> none -> checkPage(503, answers, words().send_unavailable(),
                    List.of());
        };
    }

    private Response checkPage(int status, Map<String, String> answers, String problem,
            List<QuestionPages.Refusal> refusals) {
        String title = words().check_title();
        Page page = status == 200 ? Page.of(title, identity) : Page.ofError(title, identity, shared());
        var last = JOURNEY.questions().get(JOURNEY.questions().size() - 1);
        return html(status, QuestionPages.Templates.check(page, QuestionPages.rows(JOURNEY, words(), answers),
                JOURNEY.checkPage(), JOURNEY.pageOf(last), words().send_button(), problem, refusals));
    }

    /**
     * The directory's refused fields, in this form's words where it asked the question (its own English message
     * otherwise), each linking to the question that puts it right.
     */
    private List<QuestionPages.Refusal> refusals(Map<String, String> fieldErrors) {
        List<QuestionPages.Refusal> refusals = new ArrayList<>();
        fieldErrors.forEach((field, message) -> {
            String id = field.replace("organization.", "");
            var question = JOURNEY.question(id);
            if (question.isPresent()) {
                Words text = question.get().words().apply(words());
                String ours = text.malformed() != null
                        ? text.malformed()
                        : words().refused(text.summaryName(), message);
                refusals.add(new QuestionPages.Refusal(JOURNEY.changePageOf(question.get()), ours));
            } else {
                refusals.add(new QuestionPages.Refusal("#main-content", words().refused(id, message)));
            }
        });
        return refusals;
    }

    private static Map<String, Object> body(Map<String, String> answers) {
        Map<String, Object> organisation = new LinkedHashMap<>();
        for (String field : List.of("name", "description", "email", "website")) {
            if (!answers.getOrDefault(field, "").isEmpty()) {
                organisation.put(field, answers.get(field));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organization", organisation);
        body.put("message", answers.getOrDefault("message", ""));
        return body;
    }

    private static Question<JoinMessages> questionCalled(String id) {
        return JOURNEY.question(id).orElseThrow(NotFoundException::new);
    }

    private JoinMessages words() {
        return language.messages(JoinMessages.class);
    }

    private Messages shared() {
        return language.messages(Messages.class);
    }
}
