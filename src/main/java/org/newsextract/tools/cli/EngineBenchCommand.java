package org.newsextract.tools.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.newsextract.Engine;
import org.newsextract.NewsExtractor;
import org.newsextract.tools.eval.ConllDocument;
import org.newsextract.tools.eval.ConllTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench-engines --conll FILE}: the engines' throughput side by side in one JVM, on one thread,
 * after the models are loaded and a warm-up pass, in two ways: as {@code tag --conll} tags
 * (pre-tokenized: tagger and document-level resolution) and as {@code extract} reads text (each
 * document's tokens joined by spaces, a sentence per line: tokenizer and sentence splitter
 * too). Passes alternate between the engines so that both see the same machine load; the best
 * pass of each is reported.
 */
@Command(name = "bench-engines", mixinStandardHelpOptions = true,
        description = {"Compare the engines' tokens per second on a CoNLL file (one thread, models loaded, "
                + "after a warm-up pass; best of the passes, which alternate between engines)."})
final class EngineBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--conll", required = true, description = "The input is CoNLL column format (required).")
    boolean conll;

    @Parameters(index = "0", paramLabel = "FILE", description = "CoNLL file, e.g. ../shared/data/conll2003/eng.testa")
    String input;

    @Option(names = "--engines", split = ",", paramLabel = "NAME", defaultValue = "corenlp,opennlp",
            converter = CommonOptions.EngineConverter.class, description = "Engines to compare (default: ${DEFAULT-VALUE}).")
    List<Engine> engines;

    @Option(names = "--passes", defaultValue = "5", paramLabel = "N", description = "Timed passes per engine (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--opennlp-model", paramLabel = "FILE", description = "Name finder model for the OpenNLP engine.")
    java.nio.file.Path openNlpModel;

    @Override
    public Integer call() throws IOException {
        List<ConllDocument> docs = TagCommand.read(spec, input);
        int tokens = docs.stream().mapToInt(d -> d.tokenLine().size()).sum();
        PrintWriter out = spec.commandLine().getOut();
        List<String> texts = new ArrayList<>();
        for (ConllDocument d : docs) {
            StringBuilder b = new StringBuilder();
            for (List<String> sentence : d.sentences()) {
                b.append(String.join(" ", sentence)).append('\n');
            }
            texts.add(b.toString());
        }
        List<ConllTagger> taggers = new ArrayList<>();
        List<NewsExtractor> extractors = new ArrayList<>();
        for (Engine e : engines) {
            long t0 = System.nanoTime();
            NewsExtractor extractor = NewsExtractor.builder().engine(e).threads(1).openNlpModel(openNlpModel)
                    .loadEagerly(true).build();
            ConllTagger tagger = new ConllTagger(extractor);
            double load = (System.nanoTime() - t0) / 1e9;
            double warm = pass(tagger, docs)[0];
            textPass(extractor, texts);
            extractors.add(extractor);
            out.printf(Locale.ROOT, "%-8s models loaded in %.1f s; warm-up pass %.0f tokens/s%n", name(e), load,
                    tokens / warm);
            out.flush();
            taggers.add(tagger);
        }
        double[][] best = new double[engines.size()][4];
        for (int p = 0; p < Math.max(1, passes); p++) {
            for (int i = 0; i < taggers.size(); i++) {
                double[] t = pass(taggers.get(i), docs);
                best[i][0] = Math.max(best[i][0], tokens / t[0]);
                best[i][1] = Math.max(best[i][1], tokens / t[1]);
                double[] x = textPass(extractors.get(i), texts);
                best[i][2] = Math.max(best[i][2], tokens / x[0]);
                best[i][3] = Math.max(best[i][3], tokens / x[1]);
            }
        }
        out.printf(Locale.ROOT, "%s: %d tokens, %d documents; best of %d passes, one thread; ratio = CPU tokens/s "
                + "relative to the first engine%n", input, tokens, docs.size(), Math.max(1, passes));
        out.printf(Locale.ROOT, "%-8s %-26s %14s %14s %8s%n", "engine", "path", "tokens/s wall", "tokens/s CPU", "ratio");
        for (int i = 0; i < taggers.size(); i++) {
            out.printf(Locale.ROOT, "%-8s %-26s %14.0f %14.0f %7.1fx%n", name(engines.get(i)), "tag --conll (tokenized)",
                    best[i][0], best[i][1], best[i][1] / best[0][1]);
        }
        for (int i = 0; i < taggers.size(); i++) {
            out.printf(Locale.ROOT, "%-8s %-26s %14.0f %14.0f %7.1fx%n", name(engines.get(i)), "extract (text)",
                    best[i][2], best[i][3], best[i][3] / best[0][3]);
        }
        out.flush();
        return 0;
    }

    /** Tags every document once; returns {wall seconds, this thread's CPU seconds}. */
    private static double[] pass(ConllTagger tagger, List<ConllDocument> docs) {
        return timed(() -> docs.forEach(tagger::tags));
    }

    /** Extracts from every text once; returns {wall seconds, this thread's CPU seconds}. */
    private static double[] textPass(NewsExtractor extractor, List<String> texts) {
        return timed(() -> texts.forEach(extractor::extract));
    }

    /** Runs the work on this thread; returns {wall seconds, this thread's CPU seconds}. */
    private static double[] timed(Runnable work) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu = mx.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        work.run();
        return new double[]{(System.nanoTime() - wall) / 1e9, (mx.getCurrentThreadCpuTime() - cpu) / 1e9};
    }

    private static String name(Engine e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
