package org.socialprescribing.portal.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.socialprescribing.portal.client.WellbeingClient;
import org.socialprescribing.portal.i18n.Language;
import org.socialprescribing.portal.i18n.Messages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** The portal's pages: server-rendered, no JavaScript needed. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PageResource {

    /** A goal as the page shows it. */
    public record GoalRow(String title, LocalDate targetDate, String status) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(Page page);

        static native TemplateInstance goals(Page page, List<GoalRow> goals, boolean unavailable);
    }

    private final SecurityIdentity identity;
    private final WellbeingClient wellbeing;
    private final Language language;

    public PageResource(SecurityIdentity identity, WellbeingClient wellbeing, Language language) {
        this.identity = identity;
        this.wellbeing = wellbeing;
        this.language = language;
    }

    @GET
    @PermitAll
    public TemplateInstance start() {
        return Templates.start(Page.of(language.messages(Messages.class).start_title(), identity));
    }

    /** Reaching this address needs a session: the OIDC code flow signs the user in first, then comes back here. */
    @GET
    @Path("sign-in")
    @Authenticated
    public Response signIn() {
        String home = identity.hasRole("resident")
                ? "/my/goals"
                : identity.hasRole("charity-editor") || identity.hasRole("coordinator") ? "/my/listings" : "/";
        return Response.seeOther(URI.create(home)).build();
    }

    @GET
    @Path("my/goals")
    @RolesAllowed("resident")
    public TemplateInstance goals() {
        Messages words = language.messages(Messages.class);
        var goals = wellbeing.myGoals();
        List<GoalRow> rows = goals.orElse(List.of()).stream()
                .map(g -> new GoalRow(g.title(), GoalStatus.date(g.targetDate()), GoalStatus.label(g.status(), words)))
                .toList();
        return Templates.goals(Page.of(words.goals_title(), identity), rows, goals.isEmpty());
    }
}
