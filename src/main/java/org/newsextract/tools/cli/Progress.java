package org.newsextract.tools.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a batch on standard error: documents done, documents per second and, when the
 * number of documents is known, the percentage and ETA.
 *
 * <ul>
 *   <li>{@link Mode#BAR}: one line redrawn in place (at most 5 times a second), for a terminal;</li>
 *   <li>{@link Mode#LINES}: a plain line every interval, for logs and pipes; the closing summary is
 *       printed only when a line was printed before, unless {@code summaryAlways} (so a short
 *       run stays silent, as the tool always was);</li>
 *   <li>{@link Mode#NONE}: nothing ({@code --quiet}).</li>
 * </ul>
 * Other messages (a failed document's line) go through {@link #message(String)} so that they do
 * not collide with the bar. Not thread-safe: the writer thread calls it.
 */
final class Progress {
    enum Mode { BAR, LINES, NONE }

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR_WIDTH = 28;
    /** The rate and ETA use the last half minute, not the whole run (model loading, warm-up). */
    private static final long WINDOW_NANOS = 30_000_000_000L;
    private static final long SAMPLE_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final Mode mode;
    private final boolean summaryAlways;
    private final long total;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final long started;
    private long done;
    private final java.util.ArrayDeque<long[]> samples = new java.util.ArrayDeque<>();
    private long lastDraw = Long.MIN_VALUE;
    private boolean printed;
    private boolean barShown;

    /**
     * @param total         the number of documents, or -1 when unknown (standard input)
     * @param intervalNanos the time between two lines in {@link Mode#LINES}
     * @param clock         nanosecond time source ({@code System::nanoTime})
     */
    Progress(PrintWriter err, Mode mode, boolean summaryAlways, long total, long intervalNanos, LongSupplier clock) {
        this.err = err;
        this.mode = mode;
        this.summaryAlways = summaryAlways;
        this.total = total;
        this.intervalNanos = intervalNanos;
        this.clock = clock;
        this.started = clock.getAsLong();
        samples.add(new long[]{started, 0});
        if (mode == Mode.BAR) {
            draw(started);
        }
    }

    /** Returns true when standard error is a terminal (Linux's /proc; else the JVM's console). */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // fall through
        }
        return System.console() != null;
    }

    /** Counts one more document done. */
    void advance() {
        done++;
        long now = clock.getAsLong();
        if (now - samples.peekLast()[0] >= SAMPLE_NANOS) {
            samples.add(new long[]{now, done});
            while (samples.size() > 2 && now - samples.peekFirst()[0] > WINDOW_NANOS) {
                samples.removeFirst();
            }
        }
        if (mode == Mode.BAR) {
            if (now - lastDraw >= REDRAW_NANOS || done == total) {
                draw(now);
            }
        } else if (mode == Mode.LINES && (lastDraw == Long.MIN_VALUE ? now - started : now - lastDraw) >= intervalNanos) {
            lastDraw = now;
            err.println("newsextract: " + status(now));
            err.flush();
            printed = true;
        }
    }

    /** Prints a line of its own (an error), keeping the bar intact. */
    void message(String line) {
        clearBar();
        err.println(line);
        err.flush();
        if (mode == Mode.BAR) {
            draw(clock.getAsLong());
        }
    }

    /** Ends the display with a summary line (see the class comment for when). */
    void finish(int failures) {
        long now = clock.getAsLong();
        if (mode == Mode.NONE || (mode == Mode.LINES && !printed && !summaryAlways)) {
            return;
        }
        if (mode == Mode.BAR) {
            draw(now);
            err.print('\n');
            barShown = false;
        }
        double seconds = (now - started) / 1e9;
        err.println(String.format(Locale.ROOT, "newsextract: done: %d document%s in %s (%.1f docs/s)%s", done,
                done == 1 ? "" : "s", duration(seconds), seconds > 0 ? done / seconds : 0.0,
                failures == 0 ? "" : ", " + failures + " failed"));
        err.flush();
    }

    /**
     * The status text: {@code 120/840 documents (14%), 3.2 docs/s, ETA 3m45s}, the rate over
     * the last half minute.
     */
    String status(long now) {
        long[] oldest = samples.peekFirst();
        double seconds = (now - oldest[0]) / 1e9;
        double rate = seconds > 0 ? (done - oldest[1]) / seconds : 0;
        StringBuilder b = new StringBuilder();
        b.append(done);
        if (total >= 0) {
            b.append('/').append(total);
        }
        b.append(" documents");
        if (total > 0) {
            b.append(String.format(Locale.ROOT, " (%d%%)", done * 100 / total));
        }
        b.append(String.format(Locale.ROOT, ", %.1f docs/s", rate));
        if (total >= 0 && done < total) {
            b.append(", ETA ").append(rate > 0 ? duration((total - done) / rate) : "?");
        }
        return b.toString();
    }

    private void draw(long now) {
        lastDraw = now;
        StringBuilder b = new StringBuilder("\r");
        if (total > 0) {
            int filled = (int) (BAR_WIDTH * Math.min(done, total) / total);
            b.append('[').append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ");
        }
        b.append(status(now)).append("\u001b[K");
        err.print(b);
        err.flush();
        barShown = true;
        printed = true;
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r\u001b[K");
            barShown = false;
        }
    }

    /** Formats seconds as {@code 12s}, {@code 3m05s} or {@code 2h07m}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }
}
