package org.socialprescribing.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Resident set size of a process, where the platform shows it (Linux {@code /proc}); used in progress lines. */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** RSS in MB of the process and its descendants (Keycloak runs as a child of its start script). */
    static Optional<Long> rss(long pid) {
        long total = ownRssKb(pid).orElse(0L);
        total += ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .mapToLong(child -> ownRssKb(child.pid()).orElse(0L)).sum();
        return total == 0 ? Optional.empty() : Optional.of(total / 1024);
    }

    private static Optional<Long> ownRssKb(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
