package org.socialprescribing.referral.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.socialprescribing.referral.Person;
import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.workflow.ClosingReason;
import org.socialprescribing.referral.workflow.ReferralState;

/** A referral as the API shows it (snake_case), with the person it is for and how long it has waited. */
public record ReferralView(UUID id, String reference, Referral.Route route, ReferralState state,
        ClosingReason closingReason, Referral.Priority priority, List<String> needs, String freeText,
        UUID chosenServiceId, String assignedTo, int contactAttempts, Instant receivedAt, Instant lastContactAt,
        Instant closedAt, long daysSinceReceived, Long daysSinceLastContact, PersonView person, int version) {

    /** The person, as far as this service knows them. */
    public record PersonView(String givenName, String familyName, String email, String phone,
            List<String> contactBy, String bestTimeToCall, String postcode, LocalDate dateOfBirth, String ageBand,
            String preferredLanguage, String accessNeeds, String nhsNumber) {

        /** Who they are stays out of log lines and exception messages (docs/data-protection.md). */
        @Override
        public String toString() {
            return "PersonView[not printed: personal data]";
        }

        static PersonView of(Person p) {
            List<String> contactBy = new java.util.ArrayList<>();
            if (p.contactByEmail) {
                contactBy.add("email");
            }
            if (p.contactByPhone) {
                contactBy.add("phone");
            }
            if (p.contactByText) {
                contactBy.add("text");
            }
            if (p.contactByLetter) {
                contactBy.add("letter");
            }
            return new PersonView(p.givenName, p.familyName, p.email, p.phone, contactBy, p.bestTimeToCall,
                    p.postcode, p.dateOfBirth, p.ageBand, p.preferredLanguage, p.accessNeeds, p.nhsNumber);
        }
    }

    /** The reference and state only: the free text and the person are personal data. */
    @Override
    public String toString() {
        return "ReferralView[" + id + ", " + reference + ", " + state + "]";
    }

    public static ReferralView of(Referral r, Clock clock) {
        Instant now = clock.instant();
        return new ReferralView(r.id, r.reference, r.route, r.state, r.closingReason, r.priority,
                List.copyOf(r.needs), r.freeText, r.chosenServiceId, r.assignedTo, r.contactAttempts, r.receivedAt,
                r.lastContactAt, r.closedAt, Duration.between(r.receivedAt, now).toDays(),
                r.lastContactAt == null ? null : Duration.between(r.lastContactAt, now).toDays(),
                PersonView.of(r.person), r.version);
    }
}
