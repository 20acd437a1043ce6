package org.newsextract.tools.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.newsextract.pipeline.OrderedParallel;
import org.newsextract.tools.eval.ConllDocument;
import org.newsextract.tools.eval.ConllScorer;
import org.newsextract.tools.eval.ConllTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eval --conll FILE}: tags a gold CoNLL file exactly as {@code tag --conll} does and
 * prints exact-span precision, recall and F1 per type and micro-averaged (conlleval semantics,
 * gold MISC ignored), with throughput.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the pipeline on a gold CoNLL-2003 file (gold tag in the last column): precision, "
                + "recall and F1 on PER, LOC, ORG, exact spans, as 'tag --conll' tags them."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--conll", required = true, description = "The gold file is CoNLL column format (required).")
    boolean conll;

    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold CoNLL file, e.g. ../shared/data/conll2003/eng.testa")
    String input;


    @Option(names = "--raw", description = "Score the engine's bare tagger instead: each sentence tagged alone, "
            + "no document-level resolution (the reference the pipeline is compared with).")
    boolean raw;

    @Option(names = "--without", paramLabel = "RULE", split = ",",
            description = "Switch off document-level rules to measure them: ${COMPLETION-CANDIDATES}.")
    java.util.Set<org.newsextract.resolve.Rule> without = java.util.EnumSet.noneOf(org.newsextract.resolve.Rule.class);

    @Override
    public Integer call() throws IOException {
        List<ConllDocument> docs = TagCommand.read(spec, input);
        int n = common.threads(spec);
        java.util.Set<org.newsextract.resolve.Rule> rules = java.util.EnumSet.allOf(org.newsextract.resolve.Rule.class);
        rules.removeAll(without);
        ConllTagger tagger = raw ? ConllTagger.raw(common.engine)
                : without.isEmpty() ? new ConllTagger(common.extractor(n))
                : new ConllTagger(org.newsextract.pipeline.Engines.pipeline(common.engineKind(), rules, common.openNlpModel));
        long started = System.nanoTime();
        ConllScorer scorer = new ConllScorer();
        int tokens = 0;
        record Tagged(ConllDocument doc, String[] tags) {
        }
        try (var tagged = OrderedParallel.map(docs.stream(), n, (doc, i) -> new Tagged(doc, tagger.tags(doc)))) {
            for (Tagged t : (Iterable<Tagged>) tagged::iterator) {
                scorer.addDocument(t.doc(), t.tags());
                tokens += t.tags().length;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %d documents, %d tokens, engine %s%s%n", input, docs.size(), tokens,
                common.engine.name().toLowerCase(Locale.ROOT), raw ? ", raw tagger per sentence"
                        : without.isEmpty() ? "" : ", without " + without);
        out.print(scorer.report());
        out.printf(Locale.ROOT, "F1 %.2f (PER/LOC/ORG, exact span, micro); %.1f s including model loading, "
                + "%d threads%n", scorer.f1(null), seconds, n);
        out.flush();
        return 0;
    }
}
