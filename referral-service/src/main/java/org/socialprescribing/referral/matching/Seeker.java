package org.socialprescribing.referral.matching;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The person as matching sees them: their needs (directory taxonomy term ids, with the words for them when known),
 * their age or age band, and their preferred language.
 *
 * @param needs
 *            the needs' term ids
 * @param youngest
 *            the youngest they may be (their age, or their band's lower end), or null when not known
 * @param oldest
 *            the oldest they may be (their age, or their band's upper end), or null when not known
 * @param language
 *            a BCP 47 tag such as en or cy
 */
public record Seeker(List<String> needs, Integer youngest, Integer oldest, String language) {

    /** From a date of birth (their age on {@code today}) or an age band such as 50-64 or 80+. */
    public static Seeker of(List<String> needs, LocalDate dateOfBirth, String ageBand, String language,
            LocalDate today) {
        Integer youngest = null;
        Integer oldest = null;
        if (dateOfBirth != null) {
            youngest = Period.between(dateOfBirth, today).getYears();
            oldest = youngest;
        } else if (ageBand != null && ageBand.matches("\\d+-\\d+")) {
            youngest = Integer.valueOf(ageBand.substring(0, ageBand.indexOf('-')));
            oldest = Integer.valueOf(ageBand.substring(ageBand.indexOf('-') + 1));
        } else if (ageBand != null && ageBand.matches("\\d+\\+")) {
            youngest = Integer.valueOf(ageBand.substring(0, ageBand.length() - 1));
        }
        return new Seeker(List.copyOf(needs), youngest, oldest, language == null ? "en" : language);
    }
}
