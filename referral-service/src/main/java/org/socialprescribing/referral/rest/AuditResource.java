package org.socialprescribing.referral.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.referral.repository.AuditRepository;
import org.socialprescribing.referral.service.AuditService;

/** The audit trail of staff access to people's data, for coordinators. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People's data")
public class AuditResource {

    private final AuditService audit;

    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed("coordinator")
    @Operation(summary = "Who on the staff read or changed whose data, newest first: by referral_id, person_id,"
            + " actor (a Keycloak subject), from and to (instants, to exclusive); page (from 1) and per_page (50, at"
            + " most 200)")
    @APIResponse(responseCode = "200", description = "One page of entries, with total_items and total_pages")
    @APIResponse(responseCode = "400", description = "A parameter that is not an id, an instant or a page")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    public AuditView.Page search(@QueryParam("referral_id") String referralId,
            @QueryParam("person_id") String personId, @QueryParam("actor") String actor,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("per_page") String perPage) {
        AuditRepository.Filter filter = new AuditRepository.Filter(id("referral_id", referralId),
                id("person_id", personId), actor == null || actor.isBlank() ? null : actor.strip(),
                instant("from", from), instant("to", to));
        return AuditView.Page.of(audit.search(filter, number("page", page, 1, Integer.MAX_VALUE, 1),
                number("per_page", perPage, 1, AuditService.MAX_PER_PAGE, 50)));
    }

    private static UUID id(String name, String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(name, "must be an id (a UUID)");
        }
    }

    private static Instant instant(String name, String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name, "must be an instant such as 2026-12-04T09:00:00Z");
        }
    }

    private static int number(String name, String value, int min, int max, int otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // the same answer as out of range, below
        }
        throw ProblemException.invalidParameter(name, "must be a whole number from " + min + " to " + max);
    }
}
