package org.socialprescribing.problem;

import java.net.URI;

/**
 * The stable problem types every service answers with; clients may switch on {@link #uri()}. Listed with their
 * meaning in docs/api/problems.md.
 */
public enum ProblemType {
    // @formatter:off (one constant a line: the formatter would run them into one long staircase)
    MALFORMED_REQUEST(400, "malformed-request", "The request could not be read"),
    INVALID_PARAMETER(400, "invalid-parameter", "A request parameter is invalid"),
    UNAUTHENTICATED(401, "unauthenticated", "Sign-in required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Response format not available"),
    CONFLICT(409, "conflict", "Conflict with the current state"),
    PRECONDITION_FAILED(412, "precondition-failed", "The resource has changed"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Say which version you are changing"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported content type"),
    VALIDATION_FAILED(422, "validation-failed", "The request has invalid fields"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests; wait and try again"),
    HTTP_ERROR(0, "http-error", "Request failed"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "A service this needs is not answering; try again shortly"),
    INTERNAL_ERROR(500, "internal-error", "Something went wrong on our side");
    // @formatter:on

    private static final String BASE = "urn:social-prescribing:problem:";

    private final int status;
    private final URI uri;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.uri = URI.create(BASE + slug);
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    /**
     * The type for a plain HTTP status raised by the framework. A 5xx from the framework is an internal error;
     * {@link #SERVICE_UNAVAILABLE} is only ever said on purpose, by the code that knows what is not answering.
     */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != INVALID_PARAMETER && type != SERVICE_UNAVAILABLE) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : HTTP_ERROR;
    }
}
