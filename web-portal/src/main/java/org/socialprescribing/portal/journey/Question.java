package org.socialprescribing.portal.journey;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One question of a {@link Journey}: one thing per page. Its id is the answer's name, the input's id and the last
 * segment of the page's path. Its words come from the journey's message bundle ({@code W}), so the page is in the
 * person's language.
 *
 * @param id
 *            the answer's name, the input's id and the page's path segment
 * @param kind
 *            which input asks it
 * @param required
 *            whether the journey cannot be sent without it
 * @param maxLength
 *            the longest answer taken, in characters
 * @param words
 *            the question's words in the page's language
 */
public record Question<W>(String id, Kind kind, boolean required, int maxLength, Function<W, Words> words,
        Function<W, List<Option>> options) {

    /**
     * The input a question is asked with (GOV.UK's text input, textarea, e-mail and web address inputs, a telephone
     * number, a UK postcode, radios for one of its options, and a single checkbox, e.g. to give consent).
     */
    public enum Kind {
        TEXT, TEXTAREA, EMAIL, WEB_ADDRESS, PHONE, POSTCODE, RADIOS, CHECKBOX
    }

    /** One choice of a radios or checkbox question: the value kept and sent, and its label in the page's language. */
    public record Option(String value, String label) {
    }

    /** A question answered by typing (no options). */
    public Question(String id, Kind kind, boolean required, int maxLength, Function<W, Words> words) {
        this(id, kind, required, maxLength, words, w -> List.of());
    }

    /**
     * What the page says: the question (the page's heading and the input's label), a hint, the one-line name of the
     * answer on "Check your answers", and the errors for a missing, too long or malformed answer.
     */
    public record Words(String question, String hint, String summaryName, String missing, String tooLong,
            String malformed) {
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Digits with spaces, brackets, dashes and a leading +: at least 10 digits and at most 15 (E.164). */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{10,24}");
    /** A UK postcode, with or without its space. */
    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s/?#]+\\.[^\\s]+",
            Pattern.CASE_INSENSITIVE);

    /** What is wrong with this answer (trimmed), in the page's language, or empty if it is fine. */
    public Optional<String> problemWith(String answer, Words text) {
        return problemWith(answer, text, List.of());
    }

    /** What is wrong with this answer, given the question's options in the page's language. */
    public Optional<String> problemWith(String answer, Words text, List<Option> choices) {
        if (answer.isEmpty()) {
            return required ? Optional.of(text.missing()) : Optional.empty();
        }
        if (answer.length() > maxLength) {
            return Optional.of(text.tooLong());
        }
        boolean wellFormed = switch (kind) {
            case EMAIL -> EMAIL.matcher(answer).matches();
            case WEB_ADDRESS -> WEB_ADDRESS.matcher(answer).matches();
            case PHONE -> PHONE.matcher(answer).matches() && digits(answer) >= 10 && digits(answer) <= 15;
            case POSTCODE -> POSTCODE.matcher(answer).matches();
            case RADIOS, CHECKBOX -> choices.stream().anyMatch(o -> o.value().equals(answer));
            case TEXT, TEXTAREA -> true;
        };
        return wellFormed ? Optional.empty() : Optional.of(text.malformed());
    }

    private static long digits(String answer) {
        return answer.chars().filter(Character::isDigit).count();
    }
}
