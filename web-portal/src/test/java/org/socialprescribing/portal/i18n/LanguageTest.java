package org.socialprescribing.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A first visit's language from Accept-Language, and dates and numbers in each language's way. */
class LanguageTest {

    private static final Locale WELSH = Locale.forLanguageTag("cy");

    @Test
    void theBrowsersFirstLanguageThePortalIsWrittenInWins() {
        assertEquals(WELSH, Language.fromAcceptLanguage("cy"));
        assertEquals(WELSH, Language.fromAcceptLanguage("cy-GB,cy;q=0.9,en;q=0.8"));
        assertEquals(WELSH, Language.fromAcceptLanguage("fr-FR,fr;q=0.9,cy;q=0.5,en;q=0.4"));
        assertEquals(Locale.ENGLISH, Language.fromAcceptLanguage("en-GB,en;q=0.9,cy;q=0.8"));
        assertEquals(Locale.ENGLISH, Language.fromAcceptLanguage("fr-FR"), "none written: English");
    }

    @Test
    void aMissingOrMalformedHeaderIsEnglish() {
        assertEquals(Locale.ENGLISH, Language.fromAcceptLanguage(null));
        assertEquals(Locale.ENGLISH, Language.fromAcceptLanguage(""));
        assertEquals(Locale.ENGLISH, Language.fromAcceptLanguage("cy;q=abc,,;;"));
    }

    @Test
    void onlyTheLanguagesThePortalIsWrittenInCanBeChosen() {
        assertEquals(Optional.of(WELSH), Language.supported("cy"));
        assertEquals(Optional.of(Locale.ENGLISH), Language.supported("en"));
        assertEquals(Optional.empty(), Language.supported("fr"));
        assertEquals(Optional.empty(), Language.supported("<script>"));
        assertEquals(Optional.empty(), Language.supported(null));
    }

    @Test
    void datesAreWrittenWithTheLanguagesMonthAndDayNames() {
        LocalDate date = LocalDate.of(2026, 6, 2);
        assertEquals("2 June 2026", Formats.day(date, Locale.ENGLISH));
        assertEquals("2 Mehefin 2026", Formats.day(date, WELSH));
        assertEquals("Tuesday 2 June 2026", Formats.dayWithName(date, Locale.ENGLISH));
        assertEquals("Dydd Mawrth 2 Mehefin 2026", Formats.dayWithName(date, WELSH));
    }

    @Test
    void momentsAreInUkTime() {
        // 13:05 UTC is 14:05 in British Summer Time
        Instant summer = Instant.parse("2026-06-02T13:05:00Z");
        assertEquals("2 June 2026 at 14:05", Formats.moment(summer, Locale.ENGLISH));
        assertEquals("2 Mehefin 2026 am 14:05", Formats.moment(summer, WELSH));
        assertEquals("4 Rhagfyr 2026", Formats.day(Instant.parse("2026-12-04T23:30:00Z"), WELSH));
        assertEquals("1 June 2026", Formats.day(Instant.parse("2026-05-31T23:30:00Z"), "en"),
                "half past midnight in London is the next day");
    }

    @Test
    void numbersAreWrittenTheLanguagesWay() {
        assertEquals("2.5", Formats.oneDecimal(2.54, WELSH));
        assertEquals("12,345", Formats.grouped(12_345, Locale.ENGLISH));
        assertEquals("", Formats.day((LocalDate) null, Locale.ENGLISH));
    }
}
