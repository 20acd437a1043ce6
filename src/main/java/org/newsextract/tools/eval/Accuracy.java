package org.newsextract.tools.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsextract.EntityType;
import org.newsextract.pipeline.OrderedParallel;

/**
 * Scores systems on the evaluation sets and formats the side-by-side tables. CoNLL-style sets
 * are scored as {@code eval --conll} scores them ({@link ConllScorer}: exact span, PER/LOC/ORG,
 * micro); GUM by {@link GumScorer}. Documents are spread over threads with {@link OrderedParallel}.
 */
public final class Accuracy {
    private static final double NANOS_PER_SECOND = 1e9;

    private Accuracy() {
    }

    /**
     * The score of one system on one CoNLL-style set.
     *
     * @param set       the set
     * @param system    the system's name
     * @param scorer    its counts
     * @param documents documents scored
     * @param tokens    tokens scored
     * @param seconds   wall-clock time of tagging and scoring (models already loaded)
     */
    public record ConllResult(DataSet set, String system, ConllScorer scorer, int documents, int tokens,
                              double seconds) {
    }

    /**
     * The score of one system on GUM.
     *
     * @param system    the system's name
     * @param scorer    its counts
     * @param documents documents scored
     * @param seconds   wall-clock time of extraction and scoring (models already loaded)
     */
    public record GumResult(String system, GumScorer scorer, int documents, double seconds) {
    }

    /**
     * Tags every document of a CoNLL-style set with a system and scores it.
     *
     * @param threads worker threads, at least 1
     * @return the score
     * @throws IllegalStateException if the system fails on a document (the failure is its cause)
     */
    public static ConllResult conll(DataSet set, List<ConllDocument> docs, EvalSystem system, int threads) {
        long started = System.nanoTime();
        ConllScorer scorer = new ConllScorer();
        int tokens = 0;
        record Tagged(ConllDocument doc, String[] tags) {
        }
        try (var tagged = OrderedParallel.map(docs.stream(), threads, (doc, i) -> new Tagged(doc, system.tags(doc)))) {
            for (Tagged t : (Iterable<Tagged>) tagged::iterator) {
                scorer.addDocument(t.doc(), t.tags());
                tokens += t.tags().length;
            }
        }
        return new ConllResult(set, system.name(), scorer, docs.size(), tokens, seconds(started));
    }

    /**
     * Runs a system on the raw text of every GUM document and scores its entities.
     *
     * @param threads worker threads, at least 1
     * @return the score
     * @throws IllegalStateException if the system fails on a document (the failure is its cause)
     */
    public static GumResult gum(List<GumDocument> docs, EvalSystem system, int threads) {
        long started = System.nanoTime();
        GumScorer scorer = new GumScorer();
        record Found(GumDocument doc, List<DocEntity> entities) {
        }
        try (var found = OrderedParallel.map(docs.stream(), threads,
                (doc, i) -> new Found(doc, system.entities(doc.id(), doc.text())))) {
            for (Found f : (Iterable<Found>) found::iterator) {
                scorer.add(f.doc(), f.entities());
            }
        }
        return new GumResult(system.name(), scorer, docs.size(), seconds(started));
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / NANOS_PER_SECOND;
    }

    /**
     * Returns the results as Markdown tables: CoNLL-style sets (one row per set and system), GUM
     * overall, and GUM entity F1 per genre. A table with no result is left out.
     */
    public static String markdown(List<ConllResult> conll, List<GumResult> gum) {
        StringBuilder b = new StringBuilder();
        if (!conll.isEmpty()) {
            b.append("| set | system | P | R | F1 | PER F1 | LOC F1 | ORG F1 | gold spans | seconds |\n");
            b.append("|---|---|---|---|---|---|---|---|---|---|\n");
            for (ConllResult r : conll) {
                ConllScorer s = r.scorer();
                b.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | **%.2f** | %.2f | %.2f | %.2f | %d | %.1f |%n",
                        r.set().title(), r.system(), s.precision(null), s.recall(null), s.f1(null), s.f1("PER"),
                        s.f1("LOC"), s.f1("ORG"), s.counts(null)[2], r.seconds()));
            }
        }
        if (!gum.isEmpty()) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append("| GUM, raw text | entity P | entity R | entity F1 | mention P | mention R | mention F1 "
                    + "| name accuracy | PERSON mention F1 | PLACE mention F1 | ORGANIZATION mention F1 | seconds |\n");
            b.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (GumResult r : gum) {
                GumScorer s = r.scorer();
                Prf e = s.entities(null);
                Prf m = s.mentions(null);
                b.append(String.format(Locale.ROOT,
                        "| %s | %.2f | %.2f | **%.2f** | %.2f | %.2f | **%.2f** | %.2f | %.2f | %.2f | %.2f | %.1f |%n",
                        r.system(), e.precision(), e.recall(), e.f1(), m.precision(), m.recall(), m.f1(),
                        s.nameAccuracy(), s.mentions(EntityType.PERSON).f1(), s.mentions(EntityType.PLACE).f1(),
                        s.mentions(EntityType.ORGANIZATION).f1(), r.seconds()));
            }
            b.append('\n');
            b.append(genres(gum));
        }
        return b.toString();
    }

    private static String genres(List<GumResult> gum) {
        StringBuilder b = new StringBuilder("| GUM genre | documents | gold entities");
        for (GumResult r : gum) {
            b.append(" | ").append(r.system()).append(" entity F1");
        }
        b.append(" |\n|---|---|---").append("|---".repeat(gum.size())).append("|\n");
        GumScorer first = gum.get(0).scorer();
        List<String> genres = new ArrayList<>(first.entitiesByGenre().keySet());
        Map<String, Integer> docs = first.documentsByGenre();
        for (String genre : genres) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %d", genre, docs.get(genre),
                    first.entitiesByGenre().get(genre).gold()));
            for (GumResult r : gum) {
                b.append(String.format(Locale.ROOT, " | %.2f", r.scorer().entitiesByGenre().get(genre).f1()));
            }
            b.append(" |\n");
        }
        return b.toString();
    }
}
