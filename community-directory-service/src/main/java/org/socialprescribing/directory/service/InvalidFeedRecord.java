package org.socialprescribing.directory.service;

/** A record in a feed that the directory cannot take as it is; the run skips it and reports the field and why. */
public class InvalidFeedRecord extends RuntimeException {

    private final String field;

    public InvalidFeedRecord(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
