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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.socialprescribing.portal.client.JoinRequest;
import org.socialprescribing.portal.client.JoinRequests;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** "List your organisation": a signed-in person asks for their charity or group to join the directory. */
@Path("/join")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"resident", "link-worker", "charity-editor", "coordinator", "commissioner"})
public class JoinPageResource {

    static final List<String> FIELDS = List.of("name", "description", "email", "website", "message");

    /** The form's values and its errors by input id. */
    public record JoinForm(Map<String, String> values, Map<String, String> errors) {

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public String error(String field) {
            return errors.get(field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance join(Page page, JoinForm form, String problem, String sent,
                List<JoinRequest> mine, boolean unavailable);
    }

    private final JoinRequests requests;
    private final SecurityIdentity identity;

    public JoinPageResource(JoinRequests requests, SecurityIdentity identity) {
        this.requests = requests;
        this.identity = identity;
    }

    @GET
    public TemplateInstance form(@QueryParam("sent") String sent) {
        var mine = requests.mine();
        return Templates.join(Page.of("List your organisation", identity), new JoinForm(Map.of(), Map.of()), null,
                sent, mine.orElse(List.of()), mine.isEmpty());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(MultivaluedMap<String, String> posted) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, posted.getFirst(f) == null ? "" : posted.getFirst(f).strip()));
        Map<String, String> errors = new LinkedHashMap<>();
        if (values.get("name").isEmpty()) {
            errors.put("name", "Enter your organisation's name");
        }
        String problem = null;
        if (errors.isEmpty()) {
            Map<String, Object> organisation = new LinkedHashMap<>();
            for (String field : List.of("name", "description", "email", "website")) {
                if (!values.get(field).isEmpty()) {
                    organisation.put(field, values.get(field));
                }
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("organization", organisation);
            body.put("message", values.get("message"));
            var outcome = requests.ask(body);
            if (outcome.value().isPresent()) {
                return Response.seeOther(URI.create("/join?sent=" + URLEncoder.encode(
                        outcome.value().get().organization().name(), StandardCharsets.UTF_8))).build();
            }
            if (outcome instanceof org.socialprescribing.portal.client.Outcome.Invalid<?> invalid) {
                invalid.fieldErrors().forEach((field, message) -> errors.putIfAbsent(
                        field.replace("organization.", ""), ListingForm.label(field.replace("organization.", ""))
                                + ": " + message));
            }
            problem = switch (outcome) {
                case org.socialprescribing.portal.client.Outcome.Conflict<?> c -> c.detail();
                case org.socialprescribing.portal.client.Outcome.Invalid<?> i -> errors.isEmpty() ? i.detail() : null;
                default ->
                    "We could not send your request just now. Nothing has been sent: try again in a few minutes.";
            };
        }
        var mine = requests.mine();
        TemplateInstance page = Templates.join(Page.of("Error: List your organisation", identity),
                new JoinForm(values, errors), problem, null, mine.orElse(List.of()), mine.isEmpty());
        int status = problem != null && problem.startsWith("We could not") ? 503 : problem != null ? 409 : 400;
        return html(status, page);
    }
}
