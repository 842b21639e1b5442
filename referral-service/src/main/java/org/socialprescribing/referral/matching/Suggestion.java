package org.socialprescribing.referral.matching;

import java.util.List;
import java.util.UUID;

/**
 * A directory service suggested for a referral, with its score and the parts that make it up, each in words, so a
 * link worker can see why it ranks where it does.
 */
public record Suggestion(UUID serviceId, UUID organisationId, String serviceName, String organisationName, int score,
        List<Reason> reasons) {

    /** One part of the score: what was weighed, what it added (or took away), and why in words. */
    public record Reason(String factor, int points, String words) {
    }
}
