package org.socialprescribing.problem;

import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one place where failures become RFC 9457 problem details: validation (each field listed), unreadable JSON,
 * security, framework statuses (unknown route, wrong method) and anything unexpected (500 without internals).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        List<Problem.Violation> violations = e.field() == null
                ? List.of()
                : List.of(new Problem.Violation(e.field(), e.getMessage()));
        return respond(Problem.of(e.type(), e.getMessage(), path(uri), violations));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldName(v.getPropertyPath(), v.getLeafBean()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.Violation::field))
                .toList();
        if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue)) {
            return internalError(e, uri);
        }
        boolean bodyField = e.getConstraintViolations().stream().anyMatch(ProblemMappers::isBodyField);
        ProblemType type = bodyField ? ProblemType.VALIDATION_FAILED : ProblemType.INVALID_PARAMETER;
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid.";
        return respond(Problem.of(type, detail, path(uri), violations));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.MALFORMED_REQUEST,
                "The body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ").",
                path(uri)));
    }

    @ServerExceptionMapper
    public Response wrongJsonType(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("");
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        List<Problem.Violation> violations = field.isEmpty()
                ? List.of()
                : List.of(new Problem.Violation(field, "must be " + expected));
        String detail = field.isEmpty()
                ? "The body does not have the expected shape."
                : "Field '" + field + "' must be " + expected + ".";
        return respond(Problem.of(ProblemType.MALFORMED_REQUEST, detail, path(uri), violations));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.MALFORMED_REQUEST, "The body could not be read as JSON.", path(uri)));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(ProblemType.UNAUTHENTICATED,
                "A valid bearer token is required.", path(uri))))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "Your account does not have access to this resource.",
                path(uri)));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internalError(e, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return json instanceof MismatchedInputException mismatch
                    ? wrongJsonType(mismatch, uri)
                    : json instanceof JsonParseException parse ? malformedJson(parse, uri) : unreadableJson(json, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        Problem problem = new Problem(type.uri(), type.title(), status, detailFor(status), path(uri), List.of());
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        java.sql.SQLException sql = sqlCause(e);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("22")) {
            // SQL "data exception": a submitted value the database cannot hold (a NUL character, out of range).
            return respond(Problem.of(ProblemType.MALFORMED_REQUEST,
                    "A value in the request cannot be stored: it contains a character such as U+0000, or is out of"
                            + " range.",
                    path(uri)));
        }
        if (state.startsWith("23")) {
            // Integrity constraint: the request clashes with what is stored; nothing was written.
            return respond(Problem.of(ProblemType.CONFLICT, "The request conflicts with data already stored.",
                    path(uri)));
        }
        if (lostARace(e)) {
            return respond(Problem.of(ProblemType.CONFLICT,
                    "Someone else changed this at the same moment; nothing of yours was saved. Read it again.",
                    path(uri)));
        }
        return internalError(e, uri);
    }

    /**
     * A row version that changed between read and write (JPA's OptimisticLockException, Hibernate's stale state).
     * Matched by name, as this module does not depend on JPA.
     */
    private static boolean lostARace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.equals("OptimisticLockException") || name.startsWith("StaleObjectState")
                    || name.equals("StaleStateException")) {
                return true;
            }
        }
        return false;
    }

    private static java.sql.SQLException sqlCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static Response internalError(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        // Exception messages can carry submitted values (personal data): the message and trace only at DEBUG.
        LOG.errorf("Unexpected %s (error id %s)", e.getClass().getName(), errorId);
        LOG.debugf(e, "Error id %s", errorId);
        return respond(Problem.of(ProblemType.INTERNAL_ERROR,
                "The request failed on our side. Quote error id " + errorId + " if you report it.", path(uri)));
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This resource cannot be given in the requested format.";
            case 415 -> "Send the body as application/json.";
            default -> "The request failed with status " + status + ".";
        };
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBodyField(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code create.request.address.postcode} becomes {@code address.postcode}; a parameter keeps its own name. A
     * property is named as the JSON body names it ({@code @JsonProperty} on the bean's field), and a list element by
     * its index: {@code delivery_modes[0]}.
     */
    static String fieldName(Path path, Object leafBean) {
        List<String> names = new java.util.ArrayList<>();
        boolean seenParameter = false;
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR -> {
                }
                case PARAMETER -> {
                    seenParameter = true;
                    parameter = node.getName();
                }
                case CONTAINER_ELEMENT -> {
                    String index = node.getIndex() != null
                            ? "[" + node.getIndex() + "]"
                            : node.getKey() != null ? "[" + node.getKey() + "]" : "";
                    if (names.isEmpty()) {
                        names.add(index);
                    } else {
                        names.set(names.size() - 1, names.get(names.size() - 1) + index);
                    }
                }
                default -> {
                    // An index on a node belongs to the list that holds it: places[0].name, not places.name[0].
                    if (node.isInIterable() && !names.isEmpty()) {
                        String index = node.getIndex() != null
                                ? "[" + node.getIndex() + "]"
                                : node.getKey() != null ? "[" + node.getKey() + "]" : "";
                        names.set(names.size() - 1, names.get(names.size() - 1) + index);
                    }
                    names.add(jsonName(node.getName(), leafBean));
                }
            }
        }
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        return seenParameter ? parameter : path.toString();
    }

    static String fieldName(Path path) {
        return fieldName(path, null);
    }

    /** The JSON name of a bean property: its {@code @JsonProperty} value when it has one. */
    /**
     * The property's name in the JSON body: its {@code @JsonProperty}, else as the bean's {@code @JsonNaming} strategy
     * writes it ({@code givenName} is {@code given_name} on a snake_case bean), else the property's own name.
     */
    private static String jsonName(String property, Object bean) {
        if (bean == null || property == null) {
            return property;
        }
        try {
            var annotation = bean.getClass().getDeclaredField(property)
                    .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            if (annotation != null && !annotation.value().isEmpty()) {
                return annotation.value();
            }
        } catch (NoSuchFieldException e) {
            // a property of a bean further up the path: named by this bean's strategy all the same
        }
        var naming = bean.getClass().getAnnotation(com.fasterxml.jackson.databind.annotation.JsonNaming.class);
        if (naming != null
                && naming.value() == com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class) {
            return new com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy().translate(property);
        }
        return property;
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == UUID.class) {
            return "a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6";
        }
        if (type == java.time.LocalDate.class) {
            return "a date in the form YYYY-MM-DD";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date and time in ISO 8601 form";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object (" + type.getSimpleName() + ")";
    }
}
