package org.newsextract.tools.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exact-span precision, recall and F1 over PER, LOC and ORG with conlleval semantics: a span is
 * right only when its type and both boundaries match a gold span. Gold tags may be IOB1 (the
 * CoNLL-2003 files) or IOB2; MISC and other types are ignored.
 */
public final class ConllScorer {
    /** The types scored. */
    public static final List<String> TYPES = List.of("PER", "LOC", "ORG");

    private final Map<String, int[]> counts = new LinkedHashMap<>(); // type -> {tp, predicted, gold}

    public ConllScorer() {
        for (String t : TYPES) {
            counts.put(t, new int[3]);
        }
    }

    /** A typed span of token indices {@code [start, end)}. */
    public record Chunk(String type, int start, int end) {
    }

    /** Adds one sentence or document: gold and predicted tags for the same tokens. */
    public void add(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " tags but prediction " + predicted.size());
        }
        Set<Chunk> g = Set.copyOf(chunks(gold));
        Set<Chunk> p = Set.copyOf(chunks(predicted));
        for (Chunk c : p) {
            if (counts.containsKey(c.type())) {
                counts.get(c.type())[1]++;
                if (g.contains(c)) {
                    counts.get(c.type())[0]++;
                }
            }
        }
        for (Chunk c : g) {
            if (counts.containsKey(c.type())) {
                counts.get(c.type())[2]++;
            }
        }
    }

    /**
     * Adds one CoNLL document, sentence by sentence: its gold tags (the last column of each token
     * line; a line with one column counts as O) against the predicted tags of its tokens.
     *
     * @throws IllegalArgumentException if the prediction does not have one tag per token
     */
    public void addDocument(ConllDocument doc, String[] predicted) {
        if (predicted.length != doc.tokenLine().size()) {
            throw new IllegalArgumentException("the document has " + doc.tokenLine().size() + " tokens but "
                    + predicted.length + " predicted tags");
        }
        List<String> gold = new ArrayList<>(predicted.length);
        for (int line : doc.tokenLine()) {
            String[] cols = doc.lines().get(line).strip().split("\\s+");
            gold.add(cols.length > 1 ? cols[cols.length - 1] : "O");
        }
        List<String> tags = java.util.Arrays.asList(predicted);
        int from = 0;
        for (List<String> sentence : doc.sentences()) {
            int to = from + sentence.size();
            add(gold.subList(from, to), tags.subList(from, to));
            from = to;
        }
    }

    /** Reads tags (IOB1 or IOB2) into chunks: I-X after O or another type starts a chunk, B-X always does. */
    public static List<Chunk> chunks(List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        String type = null;
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String t = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
            boolean begins = t != null && (tag.startsWith("B-") || !t.equals(type));
            if (type != null && (t == null || begins)) {
                out.add(new Chunk(type, start, i));
                type = null;
            }
            if (t != null && begins) {
                type = t;
                start = i;
            }
        }
        return out;
    }

    /** Returns {tp, predicted, gold} for a type, or summed over all types for {@code null}. */
    public int[] counts(String type) {
        if (type != null) {
            return counts.get(type).clone();
        }
        int[] sum = new int[3];
        for (int[] c : counts.values()) {
            for (int k = 0; k < 3; k++) {
                sum[k] += c[k];
            }
        }
        return sum;
    }

    /** Precision in percent for a type, or micro-averaged for {@code null}. */
    public double precision(String type) {
        int[] c = counts(type);
        return c[1] == 0 ? 0 : 100.0 * c[0] / c[1];
    }

    /** Recall in percent for a type, or micro-averaged for {@code null}. */
    public double recall(String type) {
        int[] c = counts(type);
        return c[2] == 0 ? 0 : 100.0 * c[0] / c[2];
    }

    /** F1 in percent for a type, or micro-averaged for {@code null}. */
    public double f1(String type) {
        double p = precision(type);
        double r = recall(type);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Returns a small table: one row per type and a micro-averaged row. */
    public String report() {
        StringBuilder b = new StringBuilder(String.format("%-6s %9s %9s %9s %7s %7s %7s%n",
                "type", "precision", "recall", "F1", "tp", "pred", "gold"));
        for (String t : TYPES) {
            row(b, t, t);
        }
        row(b, "micro", null);
        return b.toString();
    }

    private void row(StringBuilder b, String label, String type) {
        int[] c = counts(type);
        b.append(String.format(java.util.Locale.ROOT, "%-6s %9.2f %9.2f %9.2f %7d %7d %7d%n", label,
                precision(type), recall(type), f1(type), c[0], c[1], c[2]));
    }
}
