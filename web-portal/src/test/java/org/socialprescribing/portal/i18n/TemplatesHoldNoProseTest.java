package org.socialprescribing.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No template holds words of its own: every word a page shows comes from a message bundle ({@code {msg:...}} and the
 * area bundles), so a new language is a new file. Caught: text between tags, the words of {@code aria-label},
 * {@code alt}, {@code title} and {@code placeholder}, and prose in a Qute string literal (an include's
 * {@code message='...'}).
 */
class TemplatesHoldNoProseTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern COMMENT = Pattern.compile("\\{!.*?!}", Pattern.DOTALL);
    private static final Pattern SCRIPT = Pattern.compile("<(script|style)\\b.*?</\\1>", Pattern.DOTALL);
    private static final Pattern QUTE = Pattern.compile("\\{[^{}]*}");
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'|\"([^\"]*)\"");
    private static final Pattern WORDED_ATTRIBUTE = Pattern
            .compile("\\s(aria-label|alt|title|placeholder)=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("<[^>]*>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    @Test
    void everyWordOfEveryTemplateComesFromABundle() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        assertFalse(templates.isEmpty(), "no templates in " + TEMPLATES.toAbsolutePath());
        for (Path template : templates) {
            String name = TEMPLATES.relativize(template).toString();
            proseIn(Files.readString(template, StandardCharsets.UTF_8)).forEach(p -> problems.add(name + ": " + p));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFindsEachKindOfProse() {
        assertEquals(List.of("text: Hello there"), proseIn("<p>Hello there</p>"));
        assertEquals(List.of("aria-label: Menu"), proseIn("<nav aria-label=\"Menu\"></nav>"));
        assertEquals(List.of("literal: We cannot show it"),
                proseIn("{#include warning message='We cannot show it' /}"));
        assertEquals(List.of("literal: Name"), proseIn("{#include text field='name' label='Name' /}"));
        assertEquals(List.of(), proseIn("<p class=\"govuk-body\">{msg:start_lead}</p>{! a comment !}"
                + "<nav aria-label=\"{msg:menu}\"></nav>{#include text field='name' width='govuk-input--width-4' /}"
                + "<script>let x = 'Hello there';</script>&nbsp;<svg viewBox=\"0 0 33 40\"><path d=\"M0 0h13\"/></svg>"));
    }

    static List<String> proseIn(String template) {
        List<String> found = new ArrayList<>();
        String text = COMMENT.matcher(template).replaceAll(" ");
        text = SCRIPT.matcher(text).replaceAll(" ");
        Matcher qute = QUTE.matcher(text);
        while (qute.find()) {
            Matcher literal = LITERAL.matcher(qute.group());
            while (literal.find()) {
                String value = literal.group(1) != null ? literal.group(1) : literal.group(2);
                if (isProse(value)) {
                    found.add("literal: " + value);
                }
            }
        }
        text = qute.replaceAll(" ");
        Matcher attribute = WORDED_ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            if (WORD.matcher(attribute.group(2)).find()) {
                found.add(attribute.group(1) + ": " + attribute.group(2).strip());
            }
        }
        text = TAG.matcher(text).replaceAll("\n");
        text = ENTITY.matcher(text).replaceAll(" ");
        for (String line : text.split("\n")) {
            if (WORD.matcher(line).find()) {
                found.add("text: " + line.strip());
            }
        }
        return found;
    }

    /** Words for a person, not an identifier: a space between words, or a capital first letter. */
    private static boolean isProse(String literal) {
        return WORD.matcher(literal).find()
                && (literal.strip().contains(" ") || Character.isUpperCase(literal.strip().charAt(0)));
    }
}
