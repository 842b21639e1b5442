package org.socialprescribing.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every bundle has every key in every language, with the same values to fill in, and the Welsh is not the English
 * copied. (Quarkus itself fails the build when a bundle method has no English text, or a template names a key that is
 * not there.)
 */
class MessageBundlesCompleteTest {

    static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)[^}]*}");
    /** Words that are the same in both languages on purpose (names of things, not translations). */
    private static final Set<String> SAME_IN_BOTH = Set.of();

    @Test
    void everyEnglishBundleHasAWelshOneWithTheSameKeysFilledIn() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> english = englishBundles();
        assertFalse(english.isEmpty(), "no bundles found in " + MESSAGES.toAbsolutePath());
        for (Path en : english) {
            String bundle = en.getFileName().toString().replace("_en.properties", "");
            Path cy = en.resolveSibling(bundle + "_cy.properties");
            assertTrue(Files.exists(cy), "no Welsh bundle " + cy.getFileName());
            Properties englishWords = load(en);
            Properties welshWords = load(cy);
            Set<String> missing = new TreeSet<>(englishWords.stringPropertyNames());
            missing.removeAll(welshWords.stringPropertyNames());
            missing.forEach(key -> problems.add(bundle + "_cy is missing " + key));
            Set<String> extra = new TreeSet<>(welshWords.stringPropertyNames());
            extra.removeAll(englishWords.stringPropertyNames());
            extra.forEach(key -> problems.add(bundle + "_cy has " + key + ", which English does not"));
            for (String key : englishWords.stringPropertyNames()) {
                String welsh = welshWords.getProperty(key);
                if (welsh == null) {
                    continue;
                }
                String englishText = englishWords.getProperty(key);
                if (welsh.isBlank()) {
                    problems.add(bundle + "_cy." + key + " is empty");
                }
                if (!parameters(englishText).equals(parameters(welsh))) {
                    problems.add(bundle + "_cy." + key + " fills in " + parameters(welsh) + ", English "
                            + parameters(englishText));
                }
                if (welsh.equals(englishText) && PARAMETER.matcher(welsh).replaceAll("").matches(".*\\p{L}{4,}.*")
                        && !SAME_IN_BOTH.contains(bundle + "." + key)) {
                    problems.add(bundle + "_cy." + key + " is the English text: " + welsh);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.filter(f -> f.getFileName().toString().endsWith("_en.properties")).sorted().toList();
        }
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> parameters(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PARAMETER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
