package org.newsextract.tools.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.newsextract.tools.bench.BenchWorker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench}: measures each configuration in its own JVM on one corpus (load time,
 * tokens/s and documents/s on one thread and on all cores, p50/p95 latency, peak heap) and
 * prints a Markdown table with ratios against raw CoreNLP.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark newsextract against raw CoreNLP pipelines, each configuration in a fresh JVM.",
                "Default corpus: seeds/ and ../shared/data/polnear/dev/text (84 news articles)."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "A directory of .txt files, a .txt file or a .jsonl file; repeatable.")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--configs", split = ",", paramLabel = "NAME",
            description = "Configurations to run (default: all): ${COMPLETION-CANDIDATES}.",
            completionCandidates = Configs.class)
    List<String> configs = new ArrayList<>(BenchWorker.CONFIGS);

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the all-cores phase (default: all processors).")
    Integer threads;

    @Option(names = "--phase-seconds", paramLabel = "S", defaultValue = "120",
            description = "Time budget of each phase (warm-up, one thread); slow configurations stop early. Default ${DEFAULT-VALUE}.")
    double phaseSeconds;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "default",
            description = "Child JVMs' heap, fixed and touched up front (-Xms = -Xmx, -XX:+AlwaysPreTouch), as a "
                    + "server would run; 'default' leaves the JVM's own sizing. Default: ${DEFAULT-VALUE}.")
    String heap;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Also write the table here.")
    Path output;

    static final class Configs implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return BenchWorker.CONFIGS.iterator();
        }
    }

    @Override
    public Integer call() throws Exception {
        List<String> paths = new ArrayList<>();
        if (corpus.isEmpty()) {
            paths.add("seeds");
            Path dev = Path.of("..", "shared", "data", "polnear", "dev", "text");
            if (Files.isDirectory(dev)) {
                paths.add(dev.toString());
            }
        } else {
            corpus.forEach(p -> paths.add(p.toString()));
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String[]> results = new LinkedHashMap<>();
        for (String config : configs) {
            if (!BenchWorker.CONFIGS.contains(config)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "unknown configuration '" + config + "', known: " + BenchWorker.CONFIGS);
            }
            err.println("bench: " + config + " ...");
            err.flush();
            results.put(config, runWorker(config, n, paths));
        }
        String table = table(results, paths);
        spec.commandLine().getOut().print(table);
        spec.commandLine().getOut().flush();
        if (output != null) {
            Files.writeString(output, table, StandardCharsets.UTF_8);
        }
        return 0;
    }

    private String[] runWorker(String config, int n, List<String> paths) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!heap.equals("default")) {
            cmd.add("-Xms" + heap);
            cmd.add("-Xmx" + heap);
            cmd.add("-XX:+AlwaysPreTouch");
        }
        cmd.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=off");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(BenchWorker.class.getName());
        cmd.add(config);
        cmd.add(Integer.toString(n));
        cmd.add(Double.toString(phaseSeconds));
        cmd.addAll(paths);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String result = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    result = line.substring(7);
                }
            }
        }
        int code = p.waitFor();
        if (code != 0 || result == null) {
            throw new IllegalStateException("benchmark of '" + config + "' failed (exit " + code + ")");
        }
        return result.split(" ");
    }

    private String table(Map<String, String[]> results, List<String> paths) {
        StringBuilder b = new StringBuilder();
        Runtime rt = Runtime.getRuntime();
        b.append(String.format(Locale.ROOT, "Corpus: %s. Machine: %d cores, %s, Java %s. Heap: %s.%n%n",
                String.join(" + ", paths), rt.availableProcessors(), System.getProperty("os.arch"),
                System.getProperty("java.version"), heap.equals("default") ? "JVM default sizing"
                        : heap + " fixed and pre-touched"));
        b.append("| configuration | load s | tokens | docs | tok/s 1 thread | docs/s 1 thread | p50 ms | p95 ms "
                + "| tok/s all cores | threads | scaling (range) | peak live heap MB | peak heap MB |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (String[] r : results.values()) {
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s (%s–%s) | %s | %s |%n",
                    r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[12], r[13], r[14], r[10], r[11]));
        }
        b.append('\n');
        ratio(b, results, "default", "corenlp-ner", "default vs CoreNLP NER pipeline, 1 thread");
        ratio(b, results, "default", "corenlp-quotes", "default vs CoreNLP quote attribution pipeline, 1 thread");
        ratio(b, results, "entities", "corenlp-ner", "entities vs CoreNLP NER pipeline, 1 thread");
        if (results.containsKey("default") && results.containsKey("crf")) {
            double d = Double.parseDouble(results.get("default")[4]);
            double c = Double.parseDouble(results.get("crf")[4]);
            b.append(String.format(Locale.ROOT, "- time per token, default / bare CRF decode: %.2f%n", c / d));
        }
        if (results.containsKey("default") && results.containsKey("corenlp-crf")) {
            double d = Double.parseDouble(results.get("default")[4]);
            double c = Double.parseDouble(results.get("corenlp-crf")[4]);
            b.append(String.format(Locale.ROOT,
                    "- time per token, default / CoreNLP's own bare CRF decode: %.2f%n", c / d));
        }
        ratio(b, results, "crf", "corenlp-crf", "bare CRF decode, newsextract's vs CoreNLP's code, 1 thread");
        return b.toString();
    }

    private static void ratio(StringBuilder b, Map<String, String[]> results, String a, String c, String label) {
        if (results.containsKey(a) && results.containsKey(c)) {
            double x = Double.parseDouble(results.get(a)[4]);
            double y = Double.parseDouble(results.get(c)[4]);
            b.append(String.format(Locale.ROOT, "- %s: %.1f×%n", label, x / y));
        }
    }

}
