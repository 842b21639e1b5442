package org.socialprescribing.portal.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * Dates, times and numbers as the pages write them, in UK time, GOV.UK style and the page's language: "3 June 2025" /
 * "3 Mehefin 2025", and "3 June 2025 at 14:05" / "3 Mehefin 2025 am 14:05" when the time matters. Templates call
 * them on the value: {@code {change.changedAt.moment}}, {@code {session.date.dayWithName}}.
 */
@TemplateExtension
public final class Formats {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private Formats() {
    }

    public static String day(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", of(locale)).format(date);
    }

    public static String day(Instant instant, @TemplateAttribute("locale") Object locale) {
        return instant == null ? "" : day(instant.atZone(UK).toLocalDate(), locale);
    }

    /** "Tuesday 3 June 2025" / "Dydd Mawrth 3 Mehefin 2025". */
    public static String dayWithName(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", of(locale)).format(date);
    }

    public static String moment(Instant instant, @TemplateAttribute("locale") Object locale) {
        if (instant == null) {
            return "";
        }
        Locale language = of(locale);
        String at = Language.WELSH.getLanguage().equals(language.getLanguage()) ? "am" : "at";
        return DateTimeFormatter.ofPattern("d MMMM yyyy '" + at + "' HH:mm", language)
                .format(LocalDateTime.ofInstant(instant, UK));
    }

    /** A number with one decimal place, as the language writes it ("2.5"). */
    public static String oneDecimal(Double number, @TemplateAttribute("locale") Object locale) {
        return number == null ? "" : String.format(of(locale), "%.1f", number);
    }

    /** A whole number with the language's grouping ("12,345"). */
    public static String grouped(Number number, @TemplateAttribute("locale") Object locale) {
        return number == null ? "" : java.text.NumberFormat.getIntegerInstance(of(locale)).format(number);
    }

    static Locale of(Object locale) {
        if (locale instanceof Locale l) {
            return l;
        }
        if (locale instanceof String tag) {
            return Locale.forLanguageTag(tag);
        }
        return Language.ENGLISH;
    }
}
