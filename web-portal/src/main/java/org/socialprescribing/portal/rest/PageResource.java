package org.socialprescribing.portal.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.socialprescribing.portal.client.WellbeingClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** The portal's pages: server-rendered, no JavaScript needed. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PageResource {

    /** A goal as the page shows it. */
    public record GoalRow(String title, String targetDate, String status) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(Page page);

        static native TemplateInstance goals(Page page, List<GoalRow> goals, boolean unavailable);
    }

    private final SecurityIdentity identity;
    private final WellbeingClient wellbeing;

    public PageResource(SecurityIdentity identity, WellbeingClient wellbeing) {
        this.identity = identity;
        this.wellbeing = wellbeing;
    }

    @GET
    @PermitAll
    public TemplateInstance start() {
        return Templates.start(Page.of("Find support and activities near you", identity));
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
        var goals = wellbeing.myGoals();
        List<GoalRow> rows = goals.orElse(List.of()).stream()
                .map(g -> new GoalRow(g.title(), g.targetDate(), GoalStatus.label(g.status()))).toList();
        return Templates.goals(Page.of("Your wellbeing goals", identity), rows, goals.isEmpty());
    }
}
