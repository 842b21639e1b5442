package org.socialprescribing.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A clone with nothing beside it must build and pass: no module, test or script may read the design and reference
 * folder that sits beside the repository on the machines the suite was first built on. Reference data the tests
 * need is copied into the project with its licence (e.g. the directory's {@code oruk-profile-3.0/} test resources).
 * This runs in the second module of the build, so the whole build fails early when something reaches outside.
 */
class SelfContainedRepositoryTest {

    /**
     * A path written whole, or built from parts (separate arguments of {@code Path.of}, one {@code resolve} after
     * another).
     */
    private static final Pattern OUTSIDE = Pattern.compile(
            "\\.\\.[/\\\\]+" + "shared\\b" + "|" + "/work/" + "shared\\b" + "|" + "\\bshared/"
                    + "(reference|design)\\b" + "|" + "\"\\.\\.\"[^;\\n]{0,80}\"shared[\"/\\\\]");

    /** Code, build files, configuration and scripts; prose in {@code .md} files may name the folder. */
    private static final Set<String> CHECKED = Set.of("java", "xml", "properties", "json", "sql", "py", "sh", "js",
            "html", "yaml", "yml", "txt", "cmd", "config");
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", ".suite", "node_modules", ".idea");

    @Test
    void noFileOfTheRepositoryReachesOutsideIt() throws IOException {
        Path root = repositoryRoot();
        List<String> offenders = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return SKIPPED_FOLDERS.contains(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (isChecked(file) && OUTSIDE.matcher(text(file)).find()) {
                    offenders.add(root.relativize(file).toString());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        assertEquals(List.of(), offenders, "these files read from outside the repository; copy what they need in");
    }

    @Test
    void thePatternCatchesEachWayOfWritingIt() {
        // Each example is put together here, so that no line of this file is itself a path outside the repository.
        String up = "..";
        String folder = "shared";
        for (String line : List.of("Path.of(\"" + up + "/" + folder + "/reference/hsds\")",
                "resolve(\"" + up + "\\\\" + folder + "\\\\x\")",
                "Path.of(\"" + up + "\", \"" + folder + "\", \"reference\")",
                "root.resolve(\"" + up + "\").resolve(\"" + folder + "\")",
                "cat /work/" + folder + "/design/CONVENTIONS.md", "root + \"/" + folder + "/reference/k8s\"")) {
            assertTrue(OUTSIDE.matcher(line).find(), line);
        }
        for (String line : List.of("sharedStack()", "Path shared = root.resolve(\"target/test-stack\")",
                "// shared by every test class")) {
            assertTrue(!OUTSIDE.matcher(line).find(), line);
        }
    }

    private static boolean isChecked(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Files.isExecutable(file); // scripts such as ./suite, .ci/run and mvnw
        }
        return CHECKED.contains(name.substring(dot + 1));
    }

    private static String text(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        }
    }

    private static Path repositoryRoot() {
        String configured = System.getProperty("suite.root");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        root = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("suite"))) {
            throw new UncheckedIOException(new IOException("Not the repository root: " + root));
        }
        return root;
    }
}
