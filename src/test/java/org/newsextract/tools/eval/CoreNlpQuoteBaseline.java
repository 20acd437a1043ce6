package org.newsextract.tools.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.newsextract.quotes.QuoteKind;
import org.newsextract.quotes.TextRange;

/**
 * Measures CoreNLP's own quotation finding and attribution (annotators
 * {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}) on a PolNeAR split with the same
 * scorer as {@code eval-quotes}. Heavy (about 70 s to load, 1.5 GB heap, seconds per document):
 * a separate main class in test scope, never run by the unit tests.
 *
 * <p>Run: {@code java -Xmx3g -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.newsextract.tools.eval.CoreNlpQuoteBaseline ../shared/data/polnear dev}
 */
public final class CoreNlpQuoteBaseline {
    private CoreNlpQuoteBaseline() {
    }

    /**
     * Scores CoreNLP on the split and prints the report.
     *
     * @param args the PolNeAR folder and the split name
     * @throws Exception if the corpus cannot be read
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/polnear");
        String split = args.length > 1 ? args[1] : "dev";
        List<PolnearQuotes.GoldDocument> docs = PolnearQuotes.read(dir, split);
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("ner.applyFineGrained", "false");
        long t0 = System.nanoTime();
        StanfordCoreNLP nlp = new StanfordCoreNLP(props);
        long t1 = System.nanoTime();
        PolnearQuotes.Scorer all = new PolnearQuotes.Scorer(0);
        PolnearQuotes.Scorer seen = new PolnearQuotes.Scorer(0);
        int failed = 0;
        for (PolnearQuotes.GoldDocument doc : docs) {
            List<PolnearQuotes.Predicted> quotes = new ArrayList<>();
            try {
                Annotation a = new Annotation(doc.text());
                nlp.annotate(a);
                List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
                List<CoreMap> found = a.get(CoreAnnotations.QuotationsAnnotation.class);
                for (CoreMap q : found == null ? List.<CoreMap>of() : found) {
                    int start = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                    int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                    Optional<TextRange> speaker = Optional.empty();
                    Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
                    Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
                    if (mb != null && me != null && mb >= 0 && me >= mb && me < tokens.size()) {
                        int ms = tokens.get(mb).beginPosition();
                        int mEnd = tokens.get(me).endPosition();
                        speaker = Optional.of(new TextRange(ms, mEnd, doc.text().substring(ms, mEnd)));
                    }
                    quotes.add(new PolnearQuotes.Predicted(start, end, QuoteKind.DIRECT, speaker, Optional.empty()));
                }
            } catch (RuntimeException e) {
                failed++;
                System.err.println(doc.id() + ": " + e);
            }
            all.add(doc, quotes, null);
            if (!PolnearQuotes.goldMissesMarks(doc)) {
                seen.add(doc, quotes, null);
            }
        }
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "CoreNLP %s quote attribution on %s/%s: %d documents (%d failed)%n",
                "4.5.10", dir, split, docs.size(), failed);
        System.out.print(all.report());
        System.out.println("without the documents whose '' quotation marks the gold does not see:");
        System.out.print(seen.report().lines().limit(2).map(l -> "  " + l + "\n").reduce("", String::concat));
        System.out.printf(Locale.ROOT, "load %.1f s, annotate %.1f s (%.2f s per document)%n", (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, (t2 - t1) / 1e9 / docs.size());
    }
}
