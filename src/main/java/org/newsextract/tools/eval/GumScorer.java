package org.newsextract.tools.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.newsextract.EntityType;

/**
 * Scores predicted document-level entities against GUM gold exactly as {@code ../shared/README.md}
 * ("How gum/gold.jsonl is scored") says:
 * <ul>
 * <li>predicted mentions are all mention spans of the predicted entities except spans lying
 *     strictly inside another predicted span (of any entity); a predicted entity left without a
 *     mention is not counted (the counterpart of gold's {@code nested_only});</li>
 * <li>mentions: exact (start, end, type) match, each distinct triple counted once;</li>
 * <li>entities: a predicted entity matches a gold entity of the same type when they share at
 *     least one exactly equal mention span; one-to-one, greedy by the number of shared spans
 *     (ties: earlier gold entity, then earlier predicted entity, in document order);</li>
 * <li>name accuracy: over matched pairs, names equal after {@link #foldName} (case and spaces).</li>
 * </ul>
 * Not thread-safe; add documents from one thread.
 */
public final class GumScorer {
    private final Map<EntityType, Prf> mentions = new EnumMap<>(EntityType.class);
    private final Map<EntityType, Prf> entities = new EnumMap<>(EntityType.class);
    private final Map<String, Prf> genres = new TreeMap<>();
    private final Map<String, Integer> genreDocuments = new TreeMap<>();
    private int matched;
    private int namesRight;

    private static final double PERCENT = 100.0;

    /** Starts with no counts. */
    public GumScorer() {
        for (EntityType t : EntityType.values()) {
            mentions.put(t, Prf.ZERO);
            entities.put(t, Prf.ZERO);
        }
    }

    /** A typed mention span. */
    private record Typed(EntityType type, DocEntity.Span span) {
    }

    /** A candidate gold–predicted pair and how many spans they share. */
    private record Pair(int gold, int predicted, int shared) {
    }

    /**
     * Adds one document: its gold entities against the entities predicted for its text.
     *
     * @param gold      the document (its entities already restricted to the scored ones)
     * @param predicted the predicted entities, mention spans in code points
     */
    public void add(GumDocument gold, List<DocEntity> predicted) {
        List<DocEntity> pred = unnested(predicted);
        addMentions(gold.entities(), pred);
        int before = matched;
        List<Pair> pairs = match(gold.entities(), pred);
        for (Pair pair : pairs) {
            matched++;
            if (foldName(gold.entities().get(pair.gold()).name())
                    .equals(foldName(pred.get(pair.predicted()).name()))) {
                namesRight++;
            }
        }
        for (EntityType t : EntityType.values()) {
            int tp = (int) pairs.stream().filter(p -> gold.entities().get(p.gold()).type() == t).count();
            int np = (int) pred.stream().filter(e -> e.type() == t).count();
            int ng = (int) gold.entities().stream().filter(e -> e.type() == t).count();
            entities.merge(t, new Prf(tp, np, ng), Prf::plus);
        }
        genres.merge(gold.genre(), new Prf(matched - before, pred.size(), gold.entities().size()), Prf::plus);
        genreDocuments.merge(gold.genre(), 1, Integer::sum);
    }

    /**
     * Returns the predicted entities with every mention span that lies strictly inside another
     * predicted span removed, and entities left without a mention dropped.
     */
    static List<DocEntity> unnested(List<DocEntity> predicted) {
        List<DocEntity.Span> all = predicted.stream().flatMap(e -> e.mentions().stream()).distinct()
                .sorted(Comparator.comparingInt(DocEntity.Span::start)
                        .thenComparing(Comparator.comparingInt(DocEntity.Span::end).reversed()))
                .toList();
        Set<DocEntity.Span> inside = new HashSet<>();
        int reach = -1; // the furthest end of the spans seen so far, which start no later
        DocEntity.Span reacher = null;
        for (DocEntity.Span s : all) {
            if (reacher != null && s.end() <= reach) {
                inside.add(s); // an earlier span starts at or before s and ends at or after it, and is not s
            }
            if (s.end() > reach) {
                reach = s.end();
                reacher = s;
            }
        }
        List<DocEntity> out = new ArrayList<>();
        for (DocEntity e : predicted) {
            List<DocEntity.Span> kept = e.mentions().stream().filter(s -> !inside.contains(s)).distinct().toList();
            if (!kept.isEmpty()) {
                out.add(new DocEntity(e.type(), e.name(), kept));
            }
        }
        return out;
    }

    private void addMentions(List<DocEntity> gold, List<DocEntity> pred) {
        Set<Typed> g = typed(gold);
        Set<Typed> p = typed(pred);
        for (EntityType t : EntityType.values()) {
            int tp = (int) p.stream().filter(m -> m.type() == t && g.contains(m)).count();
            int np = (int) p.stream().filter(m -> m.type() == t).count();
            int ng = (int) g.stream().filter(m -> m.type() == t).count();
            mentions.merge(t, new Prf(tp, np, ng), Prf::plus);
        }
    }

    private static Set<Typed> typed(List<DocEntity> entities) {
        Set<Typed> out = new HashSet<>();
        for (DocEntity e : entities) {
            for (DocEntity.Span s : e.mentions()) {
                out.add(new Typed(e.type(), s));
            }
        }
        return out;
    }

    /** Returns the one-to-one matching, greedy by shared spans. */
    private static List<Pair> match(List<DocEntity> gold, List<DocEntity> pred) {
        List<Pair> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            Set<DocEntity.Span> spans = new HashSet<>(gold.get(g).mentions());
            for (int p = 0; p < pred.size(); p++) {
                if (pred.get(p).type() == gold.get(g).type()) {
                    int shared = (int) pred.get(p).mentions().stream().filter(spans::contains).count();
                    if (shared > 0) {
                        candidates.add(new Pair(g, p, shared));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Pair::shared).reversed()
                .thenComparingInt(Pair::gold).thenComparingInt(Pair::predicted));
        boolean[] goldTaken = new boolean[gold.size()];
        boolean[] predTaken = new boolean[pred.size()];
        List<Pair> out = new ArrayList<>();
        for (Pair c : candidates) {
            if (!goldTaken[c.gold()] && !predTaken[c.predicted()]) {
                goldTaken[c.gold()] = true;
                predTaken[c.predicted()] = true;
                out.add(c);
            }
        }
        return out;
    }

    /** Returns a name lower-cased (root locale) with whitespace runs made one space and ends stripped. */
    public static String foldName(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Returns the mention counts of a type, or of all types for {@code null}. */
    public Prf mentions(EntityType type) {
        return type != null ? mentions.get(type) : mentions.values().stream().reduce(Prf.ZERO, Prf::plus);
    }

    /** Returns the entity counts of a type, or of all types for {@code null}. */
    public Prf entities(EntityType type) {
        return type != null ? entities.get(type) : entities.values().stream().reduce(Prf.ZERO, Prf::plus);
    }

    /** Returns the entity counts per genre, genres in alphabetical order. */
    public Map<String, Prf> entitiesByGenre() {
        return new TreeMap<>(genres);
    }

    /** Returns the number of documents added per genre, genres in alphabetical order. */
    public Map<String, Integer> documentsByGenre() {
        return new TreeMap<>(genreDocuments);
    }

    /** Returns the number of matched entity pairs. */
    public int matchedPairs() {
        return matched;
    }

    /** Returns name accuracy in percent over the matched pairs, 0 when there is none. */
    public double nameAccuracy() {
        return matched == 0 ? 0 : PERCENT * namesRight / matched;
    }
}
