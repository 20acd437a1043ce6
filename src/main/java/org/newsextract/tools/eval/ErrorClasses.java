package org.newsextract.tools.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The error table of a scorer: how often each error class occurred, and the first few examples
 * of each, shown in their context. One copy for the quotation and the reported-speech scorers.
 * Not thread-safe.
 */
final class ErrorClasses {
    /** Characters of context before an example's span. */
    private static final int BEFORE = 100;
    /** At most this many characters of the span itself. */
    private static final int SPAN = 200;
    /** Characters of context after the span. */
    private static final int AFTER = 60;

    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, List<String>> examples = new LinkedHashMap<>();
    private final int maxExamples;

    /** @param maxExamples how many examples of each class to keep */
    ErrorClasses(int maxExamples) {
        this.maxExamples = maxExamples;
    }

    /**
     * Counts one error and keeps it as an example while its class has fewer than the maximum.
     *
     * @param cls   the error class
     * @param id    the document's id
     * @param text  the document's text
     * @param start the erroneous span's start in {@code text}
     * @param end   its end
     * @param note  what to print after the context (gold and predicted values)
     */
    void add(String cls, String id, String text, int start, int end, String note) {
        counts.merge(cls, 1, Integer::sum);
        List<String> list = examples.computeIfAbsent(cls, k -> new ArrayList<>());
        if (list.size() < maxExamples) {
            String s = text.substring(Math.max(0, start - BEFORE), start) + "[["
                    + text.substring(start, Math.min(end, start + SPAN)) + (end > start + SPAN ? "…" : "") + "]]"
                    + text.substring(end, Math.min(text.length(), end + AFTER));
            list.add(id + ": " + s.replace('\n', '¶') + note);
        }
    }

    /** Returns the classes with their counts, sorted by class. */
    Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    /** Returns up to the configured number of examples per class, in the order first seen. */
    Map<String, List<String>> examples() {
        return examples;
    }

    /** Appends the table ("errors:" and one line a class, most frequent first). */
    void appendTable(StringBuilder b) {
        b.append("errors:\n");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> b.append(String.format(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey())));
    }
}
