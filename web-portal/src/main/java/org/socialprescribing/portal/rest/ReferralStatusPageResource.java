package org.socialprescribing.portal.rest;

import static org.socialprescribing.portal.rest.HtmlPages.html;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.socialprescribing.portal.client.Outcome;
import org.socialprescribing.portal.client.ReferralStatus;
import org.socialprescribing.portal.client.Referrals;
import org.socialprescribing.portal.i18n.Language;
import org.socialprescribing.portal.i18n.Messages;
import org.socialprescribing.portal.i18n.ReferralMessages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * A guest's referral by its reference and secret: a form posted (the pair is never in a URL), answered with its state
 * and timeline. A pair that matches nothing is the form again with a GOV.UK error, never a 404 page, and the secret is
 * not written back into the page.
 */
@Path("/referral-status")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class ReferralStatusPageResource {

    static final List<String> FIELDS = List.of("reference", "secret");
    static final int LONGEST = 100;

    /** The referral as the page shows it. */
    public record StatusView(String reference, String state, Instant receivedAt, String closing,
            List<ReferralWords.Step> steps) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Page page, FormFields form, List<Map.Entry<String, String>> errors,
                String problem);

        static native TemplateInstance status(Page page, StatusView referral);
    }

    private final Referrals referrals;
    private final SecurityIdentity identity;
    private final Language language;

    public ReferralStatusPageResource(Referrals referrals, SecurityIdentity identity, Language language) {
        this.referrals = referrals;
        this.identity = identity;
        this.language = language;
    }

    @GET
    public Response form() {
        return html(200, Templates.form(Page.of(words().status_title(), identity), FormFields.empty(), List.of(), ""));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response look(MultivaluedMap<String, String> posted) {
        ReferralMessages w = words();
        FormFields form = FormFields.posted(posted, FIELDS);
        if (form.value("reference").isEmpty()) {
            form = form.withError("reference", w.status_reference_missing());
        }
        if (form.value("secret").isEmpty()) {
            form = form.withError("secret", w.status_secret_missing());
        }
        if (form.value("reference").length() > LONGEST || form.value("secret").length() > LONGEST) {
            form = form.withError("reference", w.status_too_long());
        }
        if (form.hasErrors()) {
            return refused(400, form, "");
        }
        return switch (referrals.status(form.value("reference"), form.value("secret"))) {
            case Outcome.Done<ReferralStatus> done -> html(200, Templates.status(
                    Page.of(w.status_heading(done.result().reference()), identity), view(done.result(), w)));
            case Outcome.Gone<ReferralStatus> gone -> refused(400, form.withError("reference", w.status_no_match()),
                    "");
            case Outcome.Invalid<ReferralStatus> invalid -> refused(400,
                    form.withError("reference", w.status_no_match()), "");
            case Outcome.Conflict<ReferralStatus> conflict -> refused(503, form, w.status_unavailable());
            case Outcome.Unavailable<ReferralStatus> none -> refused(503, form, w.status_unavailable());
        };
    }

    /** The form again, the reference as typed and the secret not written back. */
    private Response refused(int status, FormFields form, String problem) {
        FormFields kept = new FormFields(Map.of("reference", form.value("reference")), form.errors());
        return html(status, Templates.form(Page.ofError(words().status_title(), identity,
                language.messages(Messages.class)), kept, kept.errorList(Set.copyOf(FIELDS)), problem));
    }

    private static StatusView view(ReferralStatus status, ReferralMessages w) {
        return new StatusView(status.reference(), ReferralWords.state(status.state(), w), status.receivedAt(),
                ReferralWords.closing(status.closingReason(), w), ReferralWords.steps(status.timelineOrNone(), w));
    }

    private ReferralMessages words() {
        return language.messages(ReferralMessages.class);
    }
}
