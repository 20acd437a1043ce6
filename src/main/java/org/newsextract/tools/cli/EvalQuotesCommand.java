package org.newsextract.tools.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.newsextract.nlp.DocumentEntity;
import org.newsextract.pipeline.Engines;
import org.newsextract.pipeline.OrderedParallel;
import org.newsextract.pipeline.Pipeline;
import org.newsextract.quotes.QuoteExtractor;
import org.newsextract.quotes.ReportedModel;
import org.newsextract.text.TokenizedText;
import org.newsextract.tools.eval.PolnearQuotes;
import org.newsextract.tools.train.ReportedSpeechTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eval-quotes}: extracts the quotations and reported speech of a PolNeAR split and scores
 * them (see {@link PolnearQuotes}). Quotations against the gold quoted parts of its direct and
 * mixed attributions: detection precision, recall and F1, speaker accuracy overall and for
 * pronoun and named sources, and a table of error classes. Reported speech against its indirect
 * and mixed attributions ({@link PolnearQuotes.ReportedScorer}): content P/R/F1 at Jaccard
 * ≥ 0.5 and by overlap, speaker and cue accuracy, error classes and the cues of missed gold.
 * With {@code --timing}, also the time quotation and reported-speech extraction add to entity
 * extraction on the same documents: the wall time of the scored pass after a warm-up pass, and
 * the least CPU time of {@link #CPU_PASSES} more passes (steadier on a shared machine).
 */
@Command(name = "eval-quotes", mixinStandardHelpOptions = true,
        description = {"Score quotation finding and speaker attribution on a PolNeAR split: detection P/R/F1 "
                + "(Jaccard >= 0.5), speaker accuracy (mention overlaps the gold Source), error classes; and "
                + "reported speech against its indirect and mixed attributions (content F1 by Jaccard >= 0.5 "
                + "and by overlap, speaker and cue accuracy)."})
final class EvalQuotesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    PolnearOption polnearOption;

    @Option(names = "--split", paramLabel = "NAME", defaultValue = "dev", description = "Split to score (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "0",
            description = "Print up to N examples of each error class (default: ${DEFAULT-VALUE}).")
    int examples;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write every direct-quotation error to FILE, one tab-separated line each: document, "
                    + "error class, gold Source, predicted speaker, the quotation in context.")
    Path errorsFile;

    @Option(names = "--reported-model", paramLabel = "FILE",
            description = "Score reported speech with this model file (as written by train-reported --out) instead of "
                    + "the shipped models/reported-speech-model.tsv.")
    Path reportedModelFile;

    @Option(names = "--timing", description = "Also measure, on one thread after a warm-up pass (and again as the least "
            + "CPU time of " + CPU_PASSES + " passes), the time quotation "
            + "extraction adds to tokenization and entity extraction.")
    boolean timing;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "0",
            description = "Also score reported speech out-of-fold: a K-fold cross-validation over the split's documents, "
                    + "each fold scored by a model learned on the others (the honest figure on train, the split the "
                    + "shipped model learned from; default: ${DEFAULT-VALUE}, none).")
    int folds;

    @Override
    public Integer call() throws IOException {
        if (!polnearOption.present()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no PolNeAR attributions.jsonl in '"
                    + polnearOption.dir + "'");
        }
        List<PolnearQuotes.GoldDocument> docs = PolnearQuotes.read(polnearOption.dir, split);
        List<PolnearQuotes.ReportedDocument> reportedDocs = PolnearQuotes.readReported(polnearOption.dir, split);
        int n = timing ? 1 : common.threads(spec);
        Pipeline pipeline = Engines.pipeline(common.engineKind());
        QuoteExtractor quotes = pipeline.quotes();
        ReportedModel reportedModel = reportedModelFile == null ? ReportedModel.shipped() : readModel(reportedModelFile);
        long started = System.nanoTime();
        long[] entityNanos = new long[1];
        long[] quoteNanos = new long[1];
        if (timing) {
            for (PolnearQuotes.GoldDocument doc : docs) { // warm-up pass
                TokenizedText t = pipeline.tokenize(doc.text());
                quotes.extractAll(t, pipeline.entities(t), reportedModel);
            }
        }
        PolnearQuotes.Scorer scorer = new PolnearQuotes.Scorer(examples);
        PolnearQuotes.Scorer seen = new PolnearQuotes.Scorer(0);
        PolnearQuotes.ReportedScorer reportedScorer = new PolnearQuotes.ReportedScorer(examples);
        int unseen = 0;
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            index.add(i);
        }
        for (Object[] pair : (Iterable<Object[]>) OrderedParallel.map(index.stream(), n, (i, k) -> {
            long t0 = System.nanoTime();
            TokenizedText t = pipeline.tokenize(docs.get(i).text());
            List<DocumentEntity> entities = pipeline.entities(t);
            long t1 = System.nanoTime();
            QuoteExtractor.Attributions found = quotes.extractAll(t, entities, reportedModel);
            long t2 = System.nanoTime();
            return new Object[]{i, found, t1 - t0, t2 - t1};
        })::iterator) {
            PolnearQuotes.GoldDocument doc = docs.get((Integer) pair[0]);
            QuoteExtractor.Attributions found = (QuoteExtractor.Attributions) pair[1];
            List<QuoteExtractor.Result> results = found.quotes();
            reportedScorer.add(reportedDocs.get((Integer) pair[0]),
                    found.reported().stream().map(r -> PolnearQuotes.Predicted.of(r.speech())).toList(),
                    found.reported().stream().map(QuoteExtractor.ReportedResult::rule).toList(),
                    found.reported().stream().map(QuoteExtractor.ReportedResult::confidence).toList());
            entityNanos[0] += (Long) pair[2];
            quoteNanos[0] += (Long) pair[3];
            List<PolnearQuotes.Predicted> predicted = results.stream().map(r -> PolnearQuotes.Predicted.of(r.quote())).toList();
            List<String> rules = results.stream().map(QuoteExtractor.Result::rule).toList();
            scorer.add(doc, predicted, rules);
            if (PolnearQuotes.goldMissesMarks(doc)) {
                unseen++;
            } else {
                seen.add(doc, predicted, rules);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        int gold = docs.stream().mapToInt(d -> d.quotes().size()).sum();
        out.printf(Locale.ROOT, "%s/%s: %d documents, %d gold quotations, engine %s%n", polnearOption.dir, split, docs.size(), gold,
                common.engine.name().toLowerCase(Locale.ROOT));
        out.print(scorer.report());
        out.printf(Locale.ROOT, "without the %d documents whose '' quotation marks the gold does not see:%n", unseen);
        out.print(seen.report().lines().limit(2).map(l -> "  " + l + "\n").reduce("", String::concat));
        int goldReported = reportedDocs.stream().mapToInt(d -> d.reported().size()).sum();
        out.printf(Locale.ROOT, "reported speech: %d gold indirect and mixed attributions (raw CoreNLP finds none)%n",
                goldReported);
        out.print(reportedScorer.report());
        if (timing) {
            out.printf(Locale.ROOT, "timing (1 thread, after warm-up): tokens+entities %.0f ms, quotations and reported "
                    + "speech %.0f ms, overhead %.1f%%%n", entityNanos[0] / 1e6, quoteNanos[0] / 1e6,
                    100.0 * quoteNanos[0] / entityNanos[0]);
            long[] best = cpuTiming(docs, pipeline, quotes, reportedModel);
            out.printf(Locale.ROOT, "timing (CPU time of this thread, best of %d passes): tokens+entities %.0f ms, "
                    + "quotations and reported speech %.0f ms, overhead %.1f%%%n", CPU_PASSES, best[0] / 1e6,
                    best[1] / 1e6, 100.0 * best[1] / best[0]);
        }
        out.printf(Locale.ROOT, "%.1f s including model loading, %d threads%n", seconds, n);
        if (errorsFile != null) {
            Files.write(errorsFile, scorer.errorLines());
        }
        List<Map<String, List<String>>> exampleMaps = new ArrayList<>(List.of(scorer.examples(), reportedScorer.examples()));
        if (folds > 1) {
            ReportedSpeechTrainer.CrossValidation cv = ReportedSpeechTrainer.crossValidate(
                    ReportedSpeechTrainer.prepare(pipeline, reportedDocs, common.threads(spec)), folds, examples);
            out.printf(Locale.ROOT, "reported speech out-of-fold (%d-fold cross-validation over %s documents, cue rate "
                    + "%.2f and threshold %.2f chosen on the pooled held-out folds):%n", folds, split, cv.cueRate(),
                    cv.threshold());
            cv.table().forEach(l -> out.println("  " + l));
            out.print(cv.scorer().report());
            exampleMaps.add(cv.scorer().examples());
        }
        for (Map<String, List<String>> m : exampleMaps) {
            for (Map.Entry<String, List<String>> e : m.entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue;
                }
                out.println("== " + e.getKey());
                for (String ex : e.getValue()) {
                    out.println("  " + ex);
                }
            }
        }
        out.flush();
        return 0;
    }

    /** Passes of the CPU-time measurement of {@code --timing}. */
    static final int CPU_PASSES = 5;

    /**
     * Measures the two phases again by the CPU time of the current thread, the least of
     * {@link #CPU_PASSES} passes each: on a shared machine, wall time counts the other processes'
     * turns as well, and the least CPU time is the steadiest estimate of the work itself.
     *
     * @return {tokens+entities, quotations and reported speech}, nanoseconds
     */
    private static long[] cpuTiming(List<PolnearQuotes.GoldDocument> docs, Pipeline pipeline, QuoteExtractor quotes,
                                    ReportedModel reportedModel) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
        for (int pass = 0; pass < CPU_PASSES; pass++) {
            long entities = 0;
            long attributions = 0;
            for (PolnearQuotes.GoldDocument doc : docs) {
                long t0 = mx.getCurrentThreadCpuTime();
                TokenizedText t = pipeline.tokenize(doc.text());
                List<DocumentEntity> found = pipeline.entities(t);
                long t1 = mx.getCurrentThreadCpuTime();
                quotes.extractAll(t, found, reportedModel);
                entities += t1 - t0;
                attributions += mx.getCurrentThreadCpuTime() - t1;
            }
            best[0] = Math.min(best[0], entities);
            best[1] = Math.min(best[1], attributions);
        }
        return best;
    }

    /** Reads a reported-speech model file, naming the file and the line when it is malformed. */
    private ReportedModel readModel(Path file) throws IOException {
        try {
            return ReportedModel.parse(Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--reported-model '" + file + "': "
                    + e.getMessage());
        }
    }
}
