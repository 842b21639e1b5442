package org.socialprescribing.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}).
 *
 * @param type
 *            stable URI that identifies the kind of problem (see {@link ProblemType})
 * @param title
 *            short human summary of the kind of problem
 * @param status
 *            the HTTP status code
 * @param detail
 *            human explanation of this occurrence
 * @param instance
 *            the request path it happened on
 * @param violations
 *            one entry per invalid field or parameter, for validation problems
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field ({@code name}, {@code address.postcode}) or parameter ({@code per_page}). */
    public record Violation(String field, String message) {
    }

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, List.of());
    }

    public static Problem of(ProblemType type, String detail, String instance, List<Violation> violations) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, violations);
    }
}
