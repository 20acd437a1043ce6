package org.newsextract.cli;

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
import org.newsextract.conll.ConllDocument;
import org.newsextract.conll.ConllTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench --conll FILE}: the engines' tagging throughput side by side in one JVM, as
 * {@code tag --conll} tags (full pipeline: tagger and document-level resolution), on one
 * thread, after the models are loaded and a warm-up pass. Passes alternate between the engines
 * so that both see the same machine load; the best pass of each is reported.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Compare the engines' tokens per second on a CoNLL file (one thread, models loaded, "
                + "after a warm-up pass; best of the passes, which alternate between engines)."})
final class BenchCommand implements Callable<Integer> {
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
        List<ConllTagger> taggers = new ArrayList<>();
        for (Engine e : engines) {
            long t0 = System.nanoTime();
            ConllTagger tagger = new ConllTagger(NewsExtractor.builder().engine(e).threads(1).openNlpModel(openNlpModel)
                    .loadEagerly(true).build());
            double load = (System.nanoTime() - t0) / 1e9;
            double warm = pass(tagger, docs)[0];
            out.printf(Locale.ROOT, "%-8s models loaded in %.1f s; warm-up pass %.0f tokens/s%n", name(e), load,
                    tokens / warm);
            out.flush();
            taggers.add(tagger);
        }
        double[][] best = new double[engines.size()][2];
        for (int p = 0; p < Math.max(1, passes); p++) {
            for (int i = 0; i < taggers.size(); i++) {
                double[] t = pass(taggers.get(i), docs);
                best[i][0] = Math.max(best[i][0], tokens / t[0]);
                best[i][1] = Math.max(best[i][1], tokens / t[1]);
            }
        }
        out.printf(Locale.ROOT, "%s: %d tokens, %d documents; best of %d passes, one thread%n", input, tokens,
                docs.size(), Math.max(1, passes));
        out.printf(Locale.ROOT, "%-8s %14s %14s %8s%n", "engine", "tokens/s wall", "tokens/s CPU", "ratio");
        for (int i = 0; i < taggers.size(); i++) {
            out.printf(Locale.ROOT, "%-8s %14.0f %14.0f %7.1fx%n", name(engines.get(i)), best[i][0], best[i][1],
                    best[i][1] / best[0][1]);
        }
        out.flush();
        return 0;
    }

    /** Tags every document once; returns {wall seconds, this thread's CPU seconds}. */
    private static double[] pass(ConllTagger tagger, List<ConllDocument> docs) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu = mx.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (ConllDocument doc : docs) {
            tagger.tags(doc);
        }
        return new double[]{(System.nanoTime() - wall) / 1e9, (mx.getCurrentThreadCpuTime() - cpu) / 1e9};
    }

    private static String name(Engine e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
