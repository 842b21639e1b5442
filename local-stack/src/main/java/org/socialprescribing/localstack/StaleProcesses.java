package org.socialprescribing.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds and stops processes that a previous run left behind when its launcher was killed hard (kill -9, a closed
 * terminal): child processes outlive their parent, and a PostgreSQL postmaster keeps its data directory locked.
 */
final class StaleProcesses {

    private static final Duration GRACE = Duration.ofSeconds(15);

    private StaleProcesses() {
    }

    /** Records a child's pid so that a later run (or {@code ./suite down}) can stop it. */
    static void record(Path runDir, String name, long pid) throws IOException {
        Files.createDirectories(runDir);
        Files.writeString(runDir.resolve(name + ".pid"), Long.toString(pid));
    }

    static void forget(Path runDir, String name) throws IOException {
        Files.deleteIfExists(runDir.resolve(name + ".pid"));
    }

    /**
     * Stops every process recorded in the run directory that still runs, and removes the records. A pid is only
     * trusted when the process's command line still names {@code marker} (a path of this stack), so a pid that the
     * system has since reused for something else is left alone.
     */
    static List<String> stopRecorded(Path runDir, String marker) throws IOException {
        if (!Files.isDirectory(runDir)) {
            return List.of();
        }
        List<Path> records;
        try (Stream<Path> files = Files.list(runDir)) {
            records = files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList();
        }
        List<String> stopped = new java.util.ArrayList<>();
        for (Path record : records) {
            String name = record.getFileName().toString().replace(".pid", "");
            readPid(record).flatMap(ProcessHandle::of)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                    .ifPresent(process -> {
                        terminate(process);
                        stopped.add(name);
                    });
            Files.deleteIfExists(record);
        }
        return stopped;
    }

    /**
     * A postmaster left running on this data directory (its launcher died) would make the new start fail: stop it
     * cleanly first. Returns whether there was one.
     */
    static boolean stopLeftoverPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return false;
        }
        Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        postmaster.ifPresent(StaleProcesses::terminate);
        return postmaster.isPresent();
    }

    static void terminate(ProcessHandle process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        Instant deadline = Instant.now().plus(GRACE);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            sleep(100);
        }
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static Optional<Long> readPid(Path file) throws IOException {
        try {
            String first = Files.readAllLines(file).stream().findFirst().orElse("").trim();
            return Optional.of(Long.parseLong(first));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted", e);
        }
    }
}
