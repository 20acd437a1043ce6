package org.newsextract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Assumptions;

/** Shared test fixtures: one extractor per JVM (models load once), the seed, and ../shared. */
public final class Fixtures {
    private static final NewsExtractor EXTRACTOR = NewsExtractor.builder().threads(2).build();

    private Fixtures() {
    }

    /** The extractor every test shares. */
    public static NewsExtractor extractor() {
        return EXTRACTOR;
    }

    /** The project's seed article. */
    public static String seed() {
        try {
            return Files.readString(Path.of("seeds", "assad-flees-damascus.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A task that one of {@link #concurrently}'s threads runs, given its index. */
    @FunctionalInterface
    public interface ThreadTask<T> {
        T run(int thread) throws Exception;
    }

    /**
     * Runs {@code task} on {@code threads} threads released at the same moment and returns
     * their results in thread order; an exception in any thread is rethrown.
     */
    public static <T> List<T> concurrently(int threads, ThreadTask<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                runs.add(pool.submit(() -> {
                    start.await();
                    return task.run(thread);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> run : runs) {
                results.add(run.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Returns a file under ../shared, skipping the test with a clear message when it is absent. */
    public static Path shared(String relative) {
        Path p = Path.of("..", "shared").resolve(relative);
        Assumptions.assumeTrue(Files.exists(p),
                "skipped: " + p + " is absent (../shared is only beside the checkout in CI and developers' machines)");
        return p;
    }
}
