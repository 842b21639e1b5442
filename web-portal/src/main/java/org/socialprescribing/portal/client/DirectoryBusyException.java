package org.socialprescribing.portal.client;

/**
 * The directory answered 429: this person (the directory counts by their address) has searched a lot in a short time.
 * It is an answer, not a failure: the fault-tolerance annotations neither retry it nor count it against the circuit
 * breaker, and the page says to wait, with the directory's {@code Retry-After}.
 */
public class DirectoryBusyException extends RuntimeException {

    /** When the directory gives no usable number of seconds. */
    static final String DEFAULT_RETRY_AFTER = "60";

    private final String retryAfter;

    DirectoryBusyException(String retryAfter) {
        super("The directory asked to wait " + retryAfter + " s", null, false, false);
        this.retryAfter = retryAfter;
    }

    /** The wait from the directory's {@code Retry-After} as whole seconds, or 60 s when it sent none or a date. */
    static DirectoryBusyException of(String retryAfterHeader) {
        String value = retryAfterHeader == null ? "" : retryAfterHeader.strip();
        return new DirectoryBusyException(value.matches("\\d{1,6}") ? value : DEFAULT_RETRY_AFTER);
    }

    /** Seconds to wait, for the portal's own {@code Retry-After}. */
    public String retryAfter() {
        return retryAfter;
    }
}
