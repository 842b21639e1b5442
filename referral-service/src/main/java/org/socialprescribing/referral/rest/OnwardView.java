package org.socialprescribing.referral.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.socialprescribing.referral.OnwardReferral;
import org.socialprescribing.referral.Person;
import org.socialprescribing.referral.service.OnwardReferrals;
import org.socialprescribing.referral.workflow.OnwardState;

/**
 * An onward referral as the receiving group sees it: only what the person agreed to share with it (their first
 * name, how they like to be contacted and the ways to reach them that way, their needs, the link worker's note),
 * never their NHS number, family name, postcode or other referrals. Withdrawn, or the consent revoked, it shows
 * only that: no personal data and no answers. {@code referral_id} is for staff only.
 */
public record OnwardView(UUID id, UUID referralId, UUID serviceId, UUID organisationId, OnwardState state,
        Instant sentAt, Instant answeredAt, String declineReason, LocalDate firstAttendedOn, Integer sessionsAttended,
        SharedPerson person, List<String> needs, String note) {

    /** What a group may know of the person to welcome them. */
    public record SharedPerson(String givenName, List<String> contactBy, String email, String phone,
            String bestTimeToCall) {

        static SharedPerson of(Person p) {
            List<String> contactBy = new ArrayList<>();
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
            // The ways to reach them that they chose; all they gave when they chose none
            boolean any = contactBy.isEmpty();
            return new SharedPerson(p.givenName, contactBy, any || p.contactByEmail ? p.email : null,
                    any || p.contactByPhone || p.contactByText ? p.phone : null, p.bestTimeToCall);
        }
    }

    public static OnwardView of(OnwardReferrals.Seen seen, boolean staff) {
        OnwardReferral o = seen.onward();
        UUID referralId = staff ? o.referral.id : null;
        if (!seen.shared()) {
            return new OnwardView(o.id, referralId, o.serviceId, o.organisationId, o.state, o.sentAt, null, null,
                    null, null, null, null, null);
        }
        return new OnwardView(o.id, referralId, o.serviceId, o.organisationId, o.state, o.sentAt, o.answeredAt,
                o.declineReason, o.firstAttendedOn, o.sessionsAttended, SharedPerson.of(o.referral.person),
                List.copyOf(o.referral.needs), o.note);
    }
}
