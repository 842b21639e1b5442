package org.socialprescribing.referral.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.socialprescribing.referral.Person;
import org.socialprescribing.referral.Referral;
import org.socialprescribing.referral.repository.PersonDataRepository;

import io.quarkus.scheduler.Scheduled;

/**
 * Retention: a referral closed more than {@code referral.retention.closed-months} ago (24 by default) is anonymised.
 * Its free text and timeline notes go; its states, dates, needs, closing reason and onward states stay, so reports
 * still count it. Its person is blanked too (name, contact details, postcode, date of birth as an age band, NHS
 * number, account) unless they have another referral still open or inside the period, whose link worker still needs
 * them; the last of their referrals to age out takes them.
 */
@ApplicationScoped
public class Retention {

    static final String ANONYMISED = "anonymised";

    private final PersonDataRepository data;
    private final RetentionConfig config;
    private final Clock clock;

    public Retention(PersonDataRepository data, RetentionConfig config, Clock clock) {
        this.data = data;
        this.config = config;
        this.clock = clock;
    }

    /** Every night; tests call it directly with a moved clock. */
    @Scheduled(cron = "${referral.retention.cron:0 30 2 * * ?}", identity = "referral-retention", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        anonymiseDue();
    }

    /** How many referrals it anonymised. */
    @Transactional
    public int anonymiseDue() {
        Instant now = clock.instant();
        Instant cutoff = now.atZone(ZoneOffset.UTC).minusMonths(config.closedMonths()).toInstant();
        List<Referral> due = data.dueForAnonymising(cutoff, config.batchSize());
        for (Referral referral : due) {
            referral.freeText = null;
            if (referral.route == Referral.Route.SELF) {
                // The person's own account subject; the table requires someone to be named for a self-referral
                referral.referredBy = ANONYMISED;
            }
            referral.anonymisedAt = now;
            data.removeFreeText(referral.id);
            Person person = referral.person;
            if (person.anonymisedAt == null && !data.hasReferralInsidePeriod(person.id, cutoff)) {
                blank(person, referral.receivedAt, now);
            }
        }
        return due.size();
    }

    /** Everything that identifies them goes; what reports count (an age band, the language) stays. */
    static void blank(Person person, Instant referredAt, Instant now) {
        if (person.ageBand == null && person.dateOfBirth != null) {
            person.ageBand = ageBand(person.dateOfBirth, referredAt.atZone(ZoneOffset.UTC).toLocalDate());
        }
        person.accountSubject = null;
        person.givenName = null;
        person.familyName = null;
        person.email = null;
        person.phone = null;
        person.contactByEmail = false;
        person.contactByPhone = false;
        person.contactByText = false;
        person.contactByLetter = false;
        person.bestTimeToCall = null;
        person.postcode = null;
        person.dateOfBirth = null;
        person.accessNeeds = null;
        person.nhsNumber = null;
        person.anonymisedAt = now;
        person.updatedAt = now;
    }

    /** The person table's bands; none under 16. */
    static String ageBand(LocalDate born, LocalDate on) {
        int age = Period.between(born, on).getYears();
        if (age < 16) {
            return null;
        }
        return age < 25
                ? "16-24"
                : age < 35
                        ? "25-34"
                        : age < 50
                                ? "35-49"
                                : age < 65
                                        ? "50-64"
                                        : age < 80 ? "65-79" : "80+";
    }
}
