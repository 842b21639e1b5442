package org.socialprescribing.directory.service;

import java.util.regex.Pattern;

/**
 * The one rule for a web address the directory stores: http or https, nothing else. The portal renders these as
 * links ({@code href}), so a {@code javascript:} or {@code data:} address would run in its origin. Editors' requests
 * check it through {@code @Pattern(regexp = WebAddress.PATTERN)}, feed imports through {@link #isWebAddress}.
 */
public final class WebAddress {

    /** The whole value must match (as {@code @Pattern} and {@link java.util.regex.Matcher#matches()} do). */
    public static final String PATTERN = "https?://\\S+";

    public static final String MESSAGE = "must be a web address starting with http:// or https://";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private WebAddress() {
    }

    public static boolean isWebAddress(String text) {
        return COMPILED.matcher(text).matches();
    }
}
