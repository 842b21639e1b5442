package org.socialprescribing.portal.rest;

import java.time.Instant;
import java.util.List;

import org.socialprescribing.portal.client.TimelineEntry;
import org.socialprescribing.portal.i18n.ReferralMessages;

/**
 * A referral's state, closing reason and timeline in the person's words: referral-service's lower-case values are
 * never shown as they are (a value the portal does not know yet reads as "being dealt with").
 */
final class ReferralWords {

    /** One step of the timeline as a page shows it. */
    public record Step(Instant at, String text) {
    }

    private ReferralWords() {
    }

    static String state(String state, ReferralMessages w) {
        return switch (state == null ? "" : state) {
            case "received" -> w.state_received();
            case "triaged" -> w.state_triaged();
            case "contact_attempted" -> w.state_contact_attempted();
            case "in_conversation" -> w.state_in_conversation();
            case "matched" -> w.state_matched();
            case "with_group" -> w.state_with_group();
            case "closed" -> w.state_closed();
            default -> w.state_unknown();
        };
    }

    static String closing(String reason, ReferralMessages w) {
        if (reason == null || reason.isEmpty()) {
            return null;
        }
        return switch (reason) {
            case "completed" -> w.closing_completed();
            case "person_declined" -> w.closing_person_declined();
            case "unable_to_contact" -> w.closing_unable_to_contact();
            case "not_appropriate" -> w.closing_not_appropriate();
            case "moved_away" -> w.closing_moved_away();
            case "withdrawn" -> w.closing_withdrawn();
            default -> w.closing_unknown();
        };
    }

    /** The timeline, oldest first: a step that changed the state says which state it led to. */
    static List<Step> steps(List<TimelineEntry> timeline, ReferralMessages w) {
        return timeline.stream().map(e -> new Step(e.at(), "received".equals(e.kind())
                ? w.step_received()
                : e.toState() != null ? w.step_moved(state(e.toState(), w)) : w.step_updated())).toList();
    }
}
