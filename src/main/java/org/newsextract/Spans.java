package org.newsextract;

/** Invariant checks shared by the span-like values. */
final class Spans {
    private Spans() {
    }

    static void check(int start, int end, String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + " text must not be null");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException(
                    what + " offsets must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException(what + " text '" + text + "' has length " + text.length()
                    + " but its offsets [" + start + ", " + end + ") span " + (end - start) + " characters");
        }
    }
}
