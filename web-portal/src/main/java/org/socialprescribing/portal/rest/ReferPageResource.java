package org.socialprescribing.portal.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
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

import org.socialprescribing.portal.client.Outcome;
import org.socialprescribing.portal.client.Referrals;
import org.socialprescribing.portal.client.SentReferral;
import org.socialprescribing.portal.config.ReferralConfig;
import org.socialprescribing.portal.i18n.Language;
import org.socialprescribing.portal.i18n.Messages;
import org.socialprescribing.portal.i18n.ReferralMessages;
import org.socialprescribing.portal.journey.Drafts;
import org.socialprescribing.portal.journey.Journey;
import org.socialprescribing.portal.journey.Question;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Self-referral to social prescribing, in question pages, for a guest or a signed-in resident (staff refer people in
 * their own tools, so a signed-in person without the resident role gets the 403 page). A resident's referral goes
 * with their token; a guest's without one, with an Idempotency-Key and the honeypot as typed, and its answer carries
 * the secret that, with the reference, shows its status later. The confirmation is the send's own answer, so the
 * secret is never in a URL or kept by the portal.
 */
@Path("/refer")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class ReferPageResource {

    private static final Journey<ReferralMessages> JOURNEY = ReferJourney.JOURNEY;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(Page page, String next, boolean draft, boolean chosenService);

        static native TemplateInstance check(Page page, List<QuestionPages.AnswerRow> rows, String back,
                String problem, List<QuestionPages.Refusal> refusals, boolean guest, String website);

        static native TemplateInstance sent(Page page, SentReferral referral, boolean guest);
    }

    private final Referrals referrals;
    private final Drafts drafts;
    private final SecurityIdentity identity;
    private final Language language;
    private final ReferralConfig config;

    public ReferPageResource(Referrals referrals, Drafts drafts, SecurityIdentity identity, Language language,
            ReferralConfig config) {
        this.referrals = referrals;
        this.drafts = drafts;
        this.identity = identity;
        this.language = language;
        this.config = config;
    }

    /** The start page; {@code ?service=<id>} (a directory page's "Refer yourself") carries the chosen service in. */
    @GET
    public Response start(@QueryParam("service") String service,
            @CookieParam(GuestDraftCookie.NAME) String cookie) {
        var who = who(cookie);
        boolean chosen = service != null && ReferJourney.SERVICE_ID.matcher(service).matches();
        if (chosen) {
            drafts.keep(JOURNEY, who.owner(), ReferJourney.CHOSEN_SERVICE, service);
        }
        Map<String, String> answers = drafts.answers(JOURNEY, who.owner());
        boolean draft = answers.keySet().stream().anyMatch(k -> JOURNEY.question(k).isPresent());
        String next = draft
                ? JOURNEY.firstUnanswered(answers).map(JOURNEY::pageOf).orElse(JOURNEY.checkPage())
                : JOURNEY.pageOf(JOURNEY.questions().get(0));
        return page(who, 200, Templates.start(Page.of(words().title(), identity), next, draft,
                answers.containsKey(ReferJourney.CHOSEN_SERVICE)));
    }

    @GET
    @Path("/{question}")
    public Response question(@PathParam("question") String id, @QueryParam("change") boolean changing,
            @CookieParam(GuestDraftCookie.NAME) String cookie) {
        Question<ReferralMessages> question = questionCalled(id);
        var who = who(cookie);
        String answer = drafts.answers(JOURNEY, who.owner()).getOrDefault(id, "");
        var view = QuestionPages.view(JOURNEY, question, words(), answer, null, changing);
        return page(who, 200, QuestionPages.Templates.question(Page.of(view.words().question(), identity), view));
    }

    @POST
    @Path("/{question}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("question") String id, @FormParam("answer") String posted,
            @FormParam("change") boolean changing, @CookieParam(GuestDraftCookie.NAME) String cookie) {
        Question<ReferralMessages> question = questionCalled(id);
        var who = who(cookie);
        String answer = posted == null ? "" : posted.strip();
        var problem = question.problemWith(answer, question.words().apply(words()),
                question.options().apply(words()));
        if (problem.isPresent()) {
            var view = QuestionPages.view(JOURNEY, question, words(), answer, problem.get(), changing);
            return page(who, 400, QuestionPages.Templates
                    .question(Page.ofError(view.words().question(), identity, shared()), view));
        }
        drafts.keep(JOURNEY, who.owner(), id, answer);
        return redirect(who, JOURNEY.after(question, changing));
    }

    @GET
    @Path("/" + Journey.CHECK)
    public Response check(@CookieParam(GuestDraftCookie.NAME) String cookie) {
        var who = who(cookie);
        Map<String, String> answers = drafts.answers(JOURNEY, who.owner());
        var unanswered = JOURNEY.firstUnanswered(answers);
        if (unanswered.isPresent()) {
            return redirect(who, JOURNEY.pageOf(unanswered.get()));
        }
        var gaps = ReferJourney.gaps(answers, words());
        return checkPage(who, gaps.isEmpty() ? 200 : 400, answers, null, gaps, "");
    }

    /** Sends the referral; whatever referral-service says, the answers are kept until it is made. */
    @POST
    @Path("/" + Journey.CHECK)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@FormParam("website") String website, @CookieParam(GuestDraftCookie.NAME) String cookie) {
        var who = who(cookie);
        Map<String, String> answers = drafts.answers(JOURNEY, who.owner());
        var unanswered = JOURNEY.firstUnanswered(answers);
        if (unanswered.isPresent()) {
            return redirect(who, JOURNEY.pageOf(unanswered.get()));
        }
        String honeypot = website == null ? "" : website;
        var gaps = ReferJourney.gaps(answers, words());
        if (!gaps.isEmpty()) {
            return checkPage(who, 400, answers, null, gaps, honeypot);
        }
        boolean guest = guest();
        Outcome<SentReferral> outcome = guest
                ? referrals.referAsGuest(idempotencyKey(who.owner(), answers), ReferJourney.body(answers, honeypot))
                : referrals.refer(ReferJourney.body(answers, null));
        return switch (outcome) {
            case Outcome.Done<SentReferral> done -> {
                drafts.forget(JOURNEY, who.owner());
                yield page(who, 200, Templates.sent(Page.of(words().sent_title(), identity), done.result(), guest));
            }
            case Outcome.Invalid<SentReferral> invalid -> checkPage(who, 400, answers,
                    invalid.fieldErrors().isEmpty() ? invalid.detail() : null,
                    ReferJourney.refusals(invalid.fieldErrors(), words()), honeypot);
            case Outcome.Conflict<SentReferral> conflict -> checkPage(who, 409, answers, conflict.detail(), List.of(),
                    honeypot);
            case Outcome.Gone<SentReferral> gone -> checkPage(who, 503, answers, words().send_unavailable(),
                    List.of(), honeypot);
            case Outcome.Unavailable<SentReferral> none -> checkPage(who, 503, answers, words().send_unavailable(),
                    List.of(), honeypot);
        };
    }

    private Response checkPage(GuestDraftCookie.Guest who, int status, Map<String, String> answers, String problem,
            List<QuestionPages.Refusal> refusals, String website) {
        String title = words().check_title();
        Page page = status == 200 ? Page.of(title, identity) : Page.ofError(title, identity, shared());
        var last = JOURNEY.questions().get(JOURNEY.questions().size() - 1);
        return page(who, status, Templates.check(page, QuestionPages.rows(JOURNEY, words(), answers),
                JOURNEY.pageOf(last), problem, refusals, guest(), website));
    }

    /**
     * The same draft sent twice (a resend after no answer) is one referral: the key is derived from the guest's draft
     * cookie and the answers, so a changed answer is a new referral.
     */
    private static String idempotencyKey(Drafts.Owner owner, Map<String, String> answers) {
        String draft = owner.key() + "\u0000" + new java.util.TreeMap<>(answers);
        return UUID.nameUUIDFromBytes(draft.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A signed-in resident's draft is theirs; a guest's is their cookie's; other signed-in people may not refer. */
    private GuestDraftCookie.Guest who(String cookie) {
        if (guest()) {
            return GuestDraftCookie.of(cookie, config.secureDraftCookie());
        }
        if (!identity.hasRole("resident")) {
            throw new ForbiddenException();
        }
        return new GuestDraftCookie.Guest(Drafts.Owner.of(identity), Optional.empty());
    }

    private boolean guest() {
        return identity == null || identity.isAnonymous();
    }

    private static Response page(GuestDraftCookie.Guest who, int status, TemplateInstance page) {
        var response = Response.fromResponse(HtmlPages.html(status, page));
        who.cookie().ifPresent(response::cookie);
        return response.build();
    }

    private static Response redirect(GuestDraftCookie.Guest who, String to) {
        var response = Response.seeOther(URI.create(to));
        who.cookie().ifPresent(response::cookie);
        return response.build();
    }

    private static Question<ReferralMessages> questionCalled(String id) {
        return JOURNEY.question(id).orElseThrow(NotFoundException::new);
    }

    private ReferralMessages words() {
        return language.messages(ReferralMessages.class);
    }

    private Messages shared() {
        return language.messages(Messages.class);
    }
}
