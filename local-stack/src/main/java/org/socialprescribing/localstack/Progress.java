package org.socialprescribing.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/** One line per step on the console, so the user sees which part is starting and how long each took. */
public final class Progress {

    private final PrintStream out;
    private final Instant started = Instant.now();

    public Progress(PrintStream out) {
        this.out = out;
    }

    public void step(String part, String message) {
        out.printf("  %-29s %s%n", part, message);
        out.flush();
    }

    public void line(String message) {
        out.println(message);
        out.flush();
    }

    public Duration elapsed() {
        return Duration.between(started, Instant.now());
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
