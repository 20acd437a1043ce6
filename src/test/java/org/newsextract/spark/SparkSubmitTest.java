package org.newsextract.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsextract.Document;
import org.newsextract.Fixtures;

/**
 * The job submitted as {@code spark-submit} submits it: {@code org.apache.spark.deploy.SparkSubmit}
 * (what the {@code spark-submit} script runs) in a child JVM, with the library as the application
 * jar and its own dependencies that a Spark installation lacks (CoreNLP's code, OpenNLP and its
 * models) as {@code --jars}; the child's class path is the rest of the build's class path (Spark
 * and what it brings, as a Spark installation's {@code jars/}), without the library's classes.
 * The JDK 17 flags are the ones spark-submit's launcher adds (the pom's {@code spark.java.opens},
 * which the tests run with). A child JVM because SparkSubmit ends its JVM with
 * {@code System.exit} when something fails.
 */
class SparkSubmitTest {
    private static final int ARTICLES = 6;
    private static final long TIMEOUT_MINUTES = 5;

    @Test
    void theJobRunsUnderSparkSubmitAndItsOutputEqualsTheLibrarysJson(@TempDir Path tmp) throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        try (Stream<Path> files = Files.list(Fixtures.shared("data/polnear/dev/text"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(ARTICLES).toList()) {
                Files.copy(f, input.resolve(f.getFileName()));
            }
        }
        Path classes = Path.of(ExtractJob.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path appJar = jar(classes, tmp.resolve("newsextract.jar"));
        List<String> jars = new ArrayList<>();
        List<String> sparkClassPath = new ArrayList<>();
        for (String entry : classPath()) {
            Path p = Path.of(entry).toAbsolutePath().normalize();
            String name = p.getFileName().toString();
            if (p.equals(classes.toAbsolutePath().normalize()) || name.equals("test-classes")
                    || name.matches("stanford-corenlp-.*-models\\.jar")) {
                // The library comes from the application jar only; CoreNLP's 474 MB models jar is
                // for the CLI's raw-CoreNLP reference, not the job (whose models are in the jar).
                continue;
            }
            if (name.startsWith("stanford-corenlp-") || name.startsWith("opennlp-")) {
                jars.add(p.toString());
            } else {
                sparkClassPath.add(p.toString());
            }
        }
        assertTrue(!jars.isEmpty(), "CoreNLP and OpenNLP are on the test class path");

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx2g");
        // What spark-submit's launcher adds for JDK 17 (the pom's spark.java.opens, which the tests run with).
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("-Djdk.reflect.useDirectMethodHandle")) {
                command.add(arg);
            }
        }
        command.addAll(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", String.join(File.pathSeparator, sparkClassPath),
                "org.apache.spark.deploy.SparkSubmit",
                "--class", "org.newsextract.spark.ExtractJob",
                "--master", "local[2]",
                "--jars", String.join(",", jars),
                appJar.toString(),
                "--input", input.toString(),
                "--output", tmp.resolve("out").toString(),
                "--output-format", "jsonl"));
        Path log = tmp.resolve("spark-submit.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(ended, "spark-submit did not end within " + TIMEOUT_MINUTES + " minutes:\n" + output);
        assertEquals(0, p.exitValue(), "spark-submit's exit status; its output:\n" + output);
        assertTrue(output.contains("newsextract-spark: " + ARTICLES + " documents (0 errors)"), output);

        Map<String, String> rows = new TreeMap<>();
        try (Stream<Path> parts = Files.list(tmp.resolve("out"))) {
            for (Path part : parts.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    JsonNode row = SparkTesting.parse(line);
                    assertNull(rows.put(row.get("id").asText(), line), "one row per document");
                }
            }
        }
        List<Document> docs = SparkTesting.documents(input);
        assertEquals(ARTICLES, rows.size(), "one row per document");
        for (Document d : docs) {
            // each line is exactly the library's JSON line, as extract --format jsonl writes it
            assertEquals(Fixtures.extractor().extract(d.id(), d.text()).toJsonLine(), rows.get(d.id()),
                    "the line of " + d.id() + " is not the library's JSON line");
        }
    }

    /** The test JVM's class path entries (through surefire's manifest-only jar, if it uses one). */
    private static List<String> classPath() throws IOException {
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        if (entries.length == 1 && entries[0].endsWith(".jar")) {
            try (JarFile booter = new JarFile(entries[0])) {
                Manifest m = booter.getManifest();
                String cp = m == null ? null : m.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                if (cp != null) {
                    List<String> out = new ArrayList<>();
                    for (String url : cp.trim().split("\\s+")) {
                        out.add(Path.of(URI.create(url)).toString());
                    }
                    return out;
                }
            }
        }
        return List.of(entries);
    }

    /** The classes directory as a jar, as the build packages it (the application jar). */
    private static Path jar(Path classes, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            out.setLevel(Deflater.BEST_SPEED);
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, (OutputStream) out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
