package org.socialprescribing.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./suite up | down | reset}: the entry point of the local stack. Every failure a user can meet (a port
 * taken, the suite already running, a part that does not start) ends in one clear line and a non-zero exit.
 */
public final class SuiteLauncher {

    static final List<String> DEMO_LOGINS = List.of(
            "resident1, resident2         resident",
            "linkworker1, linkworker2     link-worker",
            "editor1, editor2             charity-editor (one demo organisation each)",
            "coordinator1                 coordinator",
            "commissioner1                commissioner",
            "applicant1                   resident who runs a charity not listed yet (asks to join)");

    private SuiteLauncher() {
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("suite.root", ".")).toAbsolutePath().normalize();
        String command = args.length == 0 ? "up" : args[0];
        try {
            StackSettings settings = StackSettings.fromEnvironment(root, System.getenv());
            switch (command) {
                case "up" -> up(settings);
                case "down" -> down(settings);
                case "reset" -> reset(settings);
                default -> throw new StackException("Unknown command '" + command + "': use up, down or reset.");
            }
        } catch (StackException e) {
            System.err.println("suite: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("suite: " + e);
            System.exit(1);
        }
    }

    private static void up(StackSettings settings) throws IOException {
        Path pidFile = settings.dataDir().resolve("suite.pid");
        runningLauncher(pidFile).ifPresent(pid -> {
            throw new StackException("the suite is already running (pid " + pid + "): use ./suite down first.");
        });
        requireFreePorts(settings);
        Files.createDirectories(settings.dataDir());
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));

        Progress progress = new Progress(System.out);
        progress.line("Starting the social prescribing suite (data in " + settings.dataDir() + ")");
        CountDownLatch stopped = new CountDownLatch(1);
        LocalStack[] stack = new LocalStack[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stack[0] != null) {
                progress.line("Stopping the suite...");
                stack[0].close();
                progress.line("Stopped.");
            }
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                // nothing left to do on the way out
            }
            stopped.countDown();
        }));
        stack[0] = LocalStack.start(settings, progress);
        progress.line("");
        progress.line("Ready in " + Progress.seconds(progress.elapsed()) + ".");
        stack[0].urls().forEach((name, url) -> progress.line(String.format("  %-26s %s", name, url)));
        progress.line("");
        progress.line("Demo logins (password: demo):");
        DEMO_LOGINS.forEach(login -> progress.line("  " + login));
        progress.line("");
        progress.line("Logs in " + settings.dataDir().resolve("logs") + ". Ctrl-C or ./suite down stops everything.");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void down(StackSettings settings) throws IOException {
        Path pidFile = settings.dataDir().resolve("suite.pid");
        Optional<Long> launcher = runningLauncher(pidFile);
        launcher.flatMap(ProcessHandle::of).ifPresent(StaleProcesses::terminate);
        List<String> leftovers = new java.util.ArrayList<>(StaleProcesses.stopRecorded(
                settings.dataDir().resolve("run"), settings.dataDir().toString()));
        if (StaleProcesses.stopLeftoverPostmaster(settings.dataDir().resolve("postgres/data"))) {
            leftovers.add("postgres");
        }
        Files.deleteIfExists(pidFile);
        if (launcher.isEmpty() && leftovers.isEmpty()) {
            System.out.println("The suite was not running.");
        } else {
            System.out.println("Stopped the suite"
                    + (leftovers.isEmpty()
                            ? "."
                            : " and what an earlier run left: " + String.join(", ", leftovers) + "."));
        }
    }

    private static void reset(StackSettings settings) throws IOException {
        runningLauncher(settings.dataDir().resolve("suite.pid")).ifPresent(pid -> {
            throw new StackException("the suite is running (pid " + pid + "): ./suite down first, then reset.");
        });
        // The downloaded Keycloak and PostgreSQL binaries stay: they are a cache, not data.
        for (String part : List.of("postgres/data", "logs", "run")) {
            FileTrees.deleteRecursively(settings.dataDir().resolve(part));
        }
        System.out.println("Deleted the suite's data in " + settings.dataDir()
                + ". The next ./suite up starts empty and loads the demo data again.");
    }

    private static Optional<Long> runningLauncher(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(c -> c.contains("local-stack")).orElse(false))
                    .map(ProcessHandle::pid);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void requireFreePorts(StackSettings settings) {
        StackSettings.Ports ports = settings.ports();
        Map<String, Integer> wanted = new LinkedHashMap<>();
        wanted.put("SUITE_PORTAL_PORT", ports.portal());
        wanted.put("SUITE_DIRECTORY_PORT", ports.directory());
        wanted.put("SUITE_REFERRAL_PORT", ports.referral());
        wanted.put("SUITE_WELLBEING_PORT", ports.wellbeing());
        wanted.put("SUITE_KEYCLOAK_PORT", ports.keycloak());
        wanted.put("SUITE_KEYCLOAK_MANAGEMENT_PORT", ports.keycloakManagement());
        wanted.put("SUITE_PORTAL_MANAGEMENT_PORT", ports.management().portal());
        wanted.put("SUITE_DIRECTORY_MANAGEMENT_PORT", ports.management().directory());
        wanted.put("SUITE_REFERRAL_MANAGEMENT_PORT", ports.management().referral());
        wanted.put("SUITE_WELLBEING_MANAGEMENT_PORT", ports.management().wellbeing());
        if (settings.externalPostgres().isEmpty()) {
            wanted.put("SUITE_PG_PORT", ports.postgres());
        }
        wanted.forEach((variable, port) -> {
            if (!isFree(port)) {
                throw new StackException("port " + port + " is already in use: stop what uses it, or choose another "
                        + "with " + variable + "=<port>.");
            }
        });
    }

    /**
     * Whether nothing listens on the port. SO_REUSEADDR as the servers themselves use it, so that connections of a
     * run that just stopped (TIME_WAIT) do not count as "in use".
     */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
