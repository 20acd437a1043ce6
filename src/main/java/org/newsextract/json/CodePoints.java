package org.newsextract.json;

import java.util.Arrays;

/**
 * Converts {@code String} indices (UTF-16 units) into Unicode code point indices, the offsets
 * the JSON contract uses. Costs nothing for text without characters outside the Basic
 * Multilingual Plane (emoji, some CJK); otherwise a binary search over the surrogate pairs.
 */
public final class CodePoints {
    private final int[] pairStarts;

    /** Indexes the surrogate pairs of a text (none for most news text). @throws NullPointerException if text is null */
    public CodePoints(String text) {
        int[] starts = new int[0];
        int n = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, Math.max(8, n * 2));
                }
                starts[n++] = i;
                i++;
            }
        }
        pairStarts = Arrays.copyOf(starts, n);
    }

    /** Returns the code point index of a String index that falls on a code point boundary. */
    public int toCodePoint(int index) {
        if (pairStarts.length == 0) {
            return index;
        }
        // pairs wholly before index: those starting at or before index - 2
        int pos = Arrays.binarySearch(pairStarts, index - 1);
        int before = pos >= 0 ? pos : -pos - 1;
        return index - before;
    }
}
