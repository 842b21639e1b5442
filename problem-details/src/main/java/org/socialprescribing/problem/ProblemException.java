package org.socialprescribing.problem;

/** Thrown by services for an expected failure (absent, conflict, stale write); rendered as problem+json. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String field;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    /** A problem with one named field or parameter, listed in the response's {@code violations}. */
    public ProblemException(ProblemType type, String detail, String field) {
        super(detail);
        this.type = type;
        this.field = field;
    }

    public ProblemType type() {
        return type;
    }

    /** The field or parameter at fault, or {@code null}. */
    public String field() {
        return field;
    }

    /** A query parameter with a value the API cannot use: 400 naming the parameter. */
    public static ProblemException invalidParameter(String parameter, String expectation) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, parameter + " " + expectation + ".", parameter);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist.");
    }
}
