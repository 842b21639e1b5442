package org.socialprescribing.localstack;

/** A failure the launcher reports to the user in one clear line, without a stack trace. */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
