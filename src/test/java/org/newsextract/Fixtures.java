package org.newsextract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /** Returns a file under ../shared, skipping the test with a clear message when it is absent. */
    public static Path shared(String relative) {
        Path p = Path.of("..", "shared").resolve(relative);
        Assumptions.assumeTrue(Files.exists(p),
                "skipped: " + p + " is absent (../shared is only beside the checkout in CI and developers' machines)");
        return p;
    }
}
