package org.socialprescribing.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A child process of the stack (Keycloak or a service) with its log file and the URL that answers 200 once it is
 * ready. Stopping it also stops its descendants, so no orphan is left.
 */
public final class ManagedProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path logFile;
    private final URI readyUrl;
    private final Path runDir;

    private ManagedProcess(String name, Process process, Path logFile, URI readyUrl, Path runDir) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.readyUrl = readyUrl;
        this.runDir = runDir;
    }

    public static ManagedProcess start(String name, List<String> command, Map<String, String> environment,
            Path workingDir, Path logDir, Path runDir, URI readyUrl) throws IOException {
        Files.createDirectories(logDir);
        Path logFile = logDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        StaleProcesses.record(runDir, name, process.pid());
        return new ManagedProcess(name, process, logFile, readyUrl, runDir);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until the ready URL answers 200; fails early, with the end of the log, if the process exits. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new StackException(name + " exited with code " + process.exitValue() + " before it was ready. "
                        + "Last lines of " + logFile + ":\n" + tail(20));
            }
            if (answers200()) {
                return;
            }
            StaleProcesses.sleep(250);
        }
        throw new StackException(name + " was not ready within " + timeout.toSeconds() + " s (" + readyUrl
                + "). See " + logFile);
    }

    private boolean answers200() {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(readyUrl).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for " + name, e);
        }
    }

    /** The last lines of the log, for error messages. */
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws IOException {
        StaleProcesses.terminate(process.toHandle());
        StaleProcesses.forget(runDir, name);
    }
}
