package org.socialprescribing.referral.rest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.socialprescribing.referral.Consent;
import org.socialprescribing.referral.Person;
import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.service.PersonalData;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Everything referral-service holds about one person (a subject access request): their record, each referral with
 * its timeline and every other row about it (onward referrals, match suggestions ...), their consents, and the audit
 * trail of staff who read or changed their data.
 * None of its parts prints personal data in {@code toString}.
 */
public record PersonExport(Instant exportedAt, PersonRecord person, List<ReferralExport> referrals,
        List<ConsentView> consents, List<AuditView> staffAccess) {

    /** The person's record as stored, with when it was made and changed. */
    public record PersonRecord(UUID id, ReferralView.PersonView details, Instant createdAt, Instant updatedAt,
            Instant anonymisedAt) {

        @Override
        public String toString() {
            return "PersonRecord[" + id + "]";
        }
    }

    public record ReferralExport(ReferralView referral, List<EventView> timeline,
            Map<String, List<JsonNode>> alsoHeld) {

        @Override
        public String toString() {
            return "ReferralExport[" + referral.id() + "]";
        }
    }

    public record ConsentView(UUID id, UUID referralId, Consent.Purpose purpose, UUID organisationId,
            String wordingVersion, Instant givenAt, String recordedBy, Instant revokedAt) {

        static ConsentView of(Consent c) {
            return new ConsentView(c.id, c.referralId, c.purpose, c.organisationId, c.wordingVersion, c.givenAt,
                    c.recordedBy, c.revokedAt);
        }
    }

    static PersonExport of(PersonalData.Held held, Clock clock, ObjectMapper json) {
        PersonRecord person = held.person().map(PersonExport::record).orElse(null);
        List<ReferralExport> referrals = held.referrals().stream().map(r -> referral(r, held, clock, json)).toList();
        return new PersonExport(clock.instant(), person, referrals,
                held.consents().stream().map(ConsentView::of).toList(),
                held.staffAccess().stream().map(AuditView::of).toList());
    }

    @Override
    public String toString() {
        return "PersonExport[" + (person == null ? "nothing held" : person.id()) + "]";
    }

    private static PersonRecord record(Person p) {
        return new PersonRecord(p.id, ReferralView.PersonView.of(p), p.createdAt, p.updatedAt, p.anonymisedAt);
    }

    private static ReferralExport referral(Referral r, PersonalData.Held held, Clock clock, ObjectMapper json) {
        Map<String, List<JsonNode>> alsoHeld = new TreeMap<>();
        held.alsoHeld().getOrDefault(r.id, Map.of()).forEach((table, rows) -> alsoHeld.put(table,
                rows.stream().map(row -> json(row, table, json)).toList()));
        return new ReferralExport(ReferralView.of(r, clock),
                held.timelines().getOrDefault(r.id, List.of()).stream().map(EventView::of).toList(), alsoHeld);
    }

    private static JsonNode json(String row, String table, ObjectMapper json) {
        try {
            return json.readTree(row);
        } catch (JsonProcessingException e) {
            // Not the row itself in the message: it is personal data
            throw new IllegalStateException("a row of " + table + " is not JSON");
        }
    }
}
