package org.newsextract.spark;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;
import org.newsextract.BatchResult;
import org.newsextract.Document;
import org.newsextract.NewsExtractor;

/**
 * Warm, in-process comparison for docs/PERFORMANCE.md: the Spark job in local mode against
 * {@code extractAll} (what the batch CLI runs: read the files, extract, write JSON Lines) on the same documents, same JVM, after a warm-up
 * on both, alternating, so JVM start, model loading and Spark start-up are out of both figures;
 * each round prints wall and CPU seconds (this JVM's, all threads) of both, and the load before it.
 * Not a test. Usage: java (Spark's JDK 17 flags) -cp target/test-classes:target/classes:... 
 * org.newsextract.spark.SparkVsBatch THREADS ROUNDS WARMUP_DIR DIR
 */
public final class SparkVsBatch {
    private static final double NANOS_PER_SECOND = 1e9;
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private SparkVsBatch() {
    }

    /** Runs the comparison; see the class comment for the arguments. @throws Exception on I/O errors */
    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path warm = Path.of(args[2]);
        Path dir = Path.of(args[3]);
        SparkSession spark = SparkTesting.session("local[" + threads + "]");
        NewsExtractor batch = NewsExtractor.builder().threads(threads).build();
        Path tmp = Files.createTempDirectory("spark-vs-batch");
        int docs = SparkTesting.documents(dir).size();
        batch(batch, warm, tmp.resolve("warm.jsonl"));
        spark(spark, warm, tmp.resolve("warm"));
        for (int r = 0; r < rounds; r++) {
            double load = OS.getSystemLoadAverage();
            double c0 = cpu();
            double b = batch(batch, dir, tmp.resolve("round" + r + ".jsonl"));
            double c1 = cpu();
            double s = spark(spark, dir, tmp.resolve("round" + r));
            double c2 = cpu();
            System.out.printf(Locale.ROOT, "threads %d round %d (load %.2f): batch %.1f s (%.1f docs/s, %.1f s CPU),"
                            + " spark %.1f s (%.1f docs/s, %.1f s CPU), spark/batch docs/s %.2f, CPU %.2f%n",
                    threads, r, load, b, docs / b, c1 - c0, s, docs / s, c2 - c1, b / s, (c1 - c0) / (c2 - c1));
        }
        spark.stop();
    }

    /** This JVM's CPU time so far, all threads (JIT and GC included), in seconds. */
    private static double cpu() {
        return OS.getProcessCpuTime() / NANOS_PER_SECOND;
    }

    /** As the batch CLI: read the files, extract on the extractor's threads, write JSON Lines. */
    private static double batch(NewsExtractor extractor, Path dir, Path out) throws Exception {
        long t0 = System.nanoTime();
        List<Document> docs = SparkTesting.documents(dir);
        try (Stream<BatchResult> results = extractor.extractAll(docs.stream());
             Writer w = Files.newBufferedWriter(out)) {
            results.forEach(r -> {
                try {
                    w.write(r.toJsonLine() + '\n');
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return (System.nanoTime() - t0) / NANOS_PER_SECOND;
    }

    private static double spark(SparkSession spark, Path dir, Path out) {
        long t0 = System.nanoTime();
        ExtractJob.run(spark, ExtractJob.parse(new String[]{"--input", dir.toString(), "--output", out.toString(),
                "--output-format", "jsonl"}), 0);
        return (System.nanoTime() - t0) / NANOS_PER_SECOND;
    }
}
