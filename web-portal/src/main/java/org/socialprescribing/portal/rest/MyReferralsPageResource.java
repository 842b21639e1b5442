package org.socialprescribing.portal.rest;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.socialprescribing.portal.client.Referrals;
import org.socialprescribing.portal.i18n.Language;
import org.socialprescribing.portal.i18n.ReferralMessages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * "Your referrals": a resident's own referrals (referral-service answers only theirs, for their token), each with its
 * reference, where it is in words, when it was received and what has happened to it.
 */
@Path("/my/referrals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("resident")
public class MyReferralsPageResource {

    /** At most this many referrals have their timeline read for one page. */
    static final int TIMELINES = 20;

    /** One referral as the page shows it; {@code steps} is empty and {@code stepsUnavailable} set if unread. */
    public record ReferralView(String reference, String state, Instant receivedAt, String closing,
            List<ReferralWords.Step> steps, boolean stepsUnavailable) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(Page page, List<ReferralView> referrals, boolean unavailable);
    }

    private final Referrals referrals;
    private final SecurityIdentity identity;
    private final Language language;

    public MyReferralsPageResource(Referrals referrals, SecurityIdentity identity, Language language) {
        this.referrals = referrals;
        this.identity = identity;
        this.language = language;
    }

    @GET
    public TemplateInstance mine() {
        ReferralMessages w = language.messages(ReferralMessages.class);
        var mine = referrals.mine();
        List<ReferralView> views = mine.orElse(List.of()).stream().limit(TIMELINES).map(r -> {
            var timeline = referrals.timeline(r.id());
            return new ReferralView(r.reference(), ReferralWords.state(r.state(), w), r.receivedAt(),
                    ReferralWords.closing(r.closingReason(), w),
                    ReferralWords.steps(timeline.orElse(List.of()), w), timeline.isEmpty());
        }).toList();
        return Templates.mine(Page.of(w.mine_title(), identity), views, mine.isEmpty());
    }
}
