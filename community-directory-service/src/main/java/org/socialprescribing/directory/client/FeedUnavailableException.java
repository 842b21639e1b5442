package org.socialprescribing.directory.client;

/** A feed could not be read (after retries): the run stops there and reports this message. */
public class FeedUnavailableException extends RuntimeException {

    public FeedUnavailableException(String message) {
        super(message);
    }
}
