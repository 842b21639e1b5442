package org.socialprescribing.referral.audit;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.UUID;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.socialprescribing.problem.ProblemException;
import org.socialprescribing.referral.service.AuditService;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The audit trail is written here and only here, so no endpoint can forget it: after every successful staff call
 * (a link worker's or a coordinator's) of an endpoint under {@code /referrals/{id}} (read, timeline, moves, and any
 * endpoint added there later) or of an endpoint marked {@link Audited}, one entry: who, in which role, when, what
 * and why ({@value #REASON} if given, else the action's name). The person's own calls are not staff access and are
 * not audited; refused and failed calls read or changed nothing and are not either.
 */
public class AuditFilter {

    public static final String REASON = "X-Audit-Reason";
    static final int REASON_LIMIT = 500;

    private final AuditService audit;
    private final SecurityIdentity identity;

    public AuditFilter(AuditService audit, SecurityIdentity identity) {
        this.audit = audit;
        this.identity = identity;
    }

    /** A reason too long to keep is refused before the call does anything, not cut short after. */
    @ServerRequestFilter
    public void checkReason(ContainerRequestContext request) {
        String reason = request.getHeaderString(REASON);
        if (reason != null && reason.strip().length() > REASON_LIMIT) {
            throw ProblemException.invalidParameter(REASON, "must be at most " + REASON_LIMIT + " characters");
        }
    }

    @ServerResponseFilter
    public void audit(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || response.getStatus() < 200 || response.getStatus() >= 300 || identity.isAnonymous()) {
            return;
        }
        String role = identity.hasRole("coordinator")
                ? "coordinator"
                : identity.hasRole("link-worker") ? "link-worker" : null;
        if (role == null) {
            return;
        }
        String raw = request.getUriInfo().getPath();
        String path = raw.startsWith("/") ? raw : "/" + raw;
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        Audited named = method.getAnnotation(Audited.class);
        boolean onReferral = path.startsWith("/referrals/") && id != null;
        if (named == null && !onReferral) {
            return;
        }
        String action = named != null ? named.value() : action(request.getMethod(), path, method);
        String given = request.getHeaderString(REASON);
        String reason = given == null || given.isBlank() ? action : given.strip();
        UUID target = uuid(id);
        audit.record(identity, role, onReferral ? target : null, onReferral ? null : target, action, reason);
    }

    /** An endpoint whose id is not a UUID still gets its entry, without the id it cannot name. */
    private static UUID uuid(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "read referral", "read timeline" for reads; the endpoint's method in words for changes ("move referral"). */
    static String action(String httpMethod, String path, Method method) {
        String action;
        if (HttpMethod.GET.equals(httpMethod)) {
            String last = path.substring(path.lastIndexOf('/') + 1);
            action = "read " + (path.split("/").length <= 3 ? "referral" : last.replace('-', ' '));
        } else {
            action = method.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
            if (!action.contains(" ")) {
                action = action + " referral";
            }
        }
        return action.length() > 40 ? action.substring(0, 40) : action;
    }
}
