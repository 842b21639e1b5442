package org.socialprescribing.directory.service;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A UK postcode in its canonical key form: upper case without spaces ("SW1A1AA"). */
public record Postcode(String key) {

    private static final Pattern UK = Pattern.compile("GIR0AA|[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][ABD-HJLNP-UW-Z]{2}");

    /** The postcode in {@code text}, if it has the shape of a UK postcode ("sw1a 1aa" and "SW1A1AA" both do). */
    public static Optional<Postcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return UK.matcher(key).matches() ? Optional.of(new Postcode(key)) : Optional.empty();
    }

    /** The usual written form, outward and inward codes apart: "SW1A 1AA". */
    public String display() {
        return key.substring(0, key.length() - 3) + " " + key.substring(key.length() - 3);
    }
}
