package org.newsextract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a document into paragraphs, the units the tokenizer and sentence splitter work on, so
 * that a document of any size is processed a bounded piece at a time.
 *
 * <p>Rules:
 * <ul>
 *   <li>News files usually hold one paragraph per line: then every line break ends a paragraph
 *       (and so a sentence: a headline without a full stop stays apart from the text below).</li>
 *   <li>Hard-wrapped text (blank lines between paragraphs, and most lines inside them ending
 *       mid-sentence) is recognised, and only blank lines end its paragraphs.</li>
 *   <li>A paragraph longer than {@link #MAX_CHUNK} characters is cut at the last sentence end
 *       (or, failing that, the last white space) before that length.</li>
 * </ul>
 */
public final class Paragraphs {
    /** The longest piece handed to a tokenizer at once, in characters. */
    public static final int MAX_CHUNK = 20_000;

    private Paragraphs() {
    }

    /** A paragraph as a character range {@code [start, end)} of the text, trimmed of white space. */
    public record Range(int start, int end) {
    }

    /** Returns the non-blank paragraphs of the text in order, each at most {@link #MAX_CHUNK} long. */
    public static List<Range> split(String text) {
        List<Range> lines = lines(text);
        List<Range> paragraphs = isHardWrapped(text, lines) ? joinWrapped(text, lines) : nonBlank(text, lines);
        List<Range> out = new ArrayList<>(paragraphs.size());
        for (Range p : paragraphs) {
            chunk(text, p.start(), p.end(), out);
        }
        return out;
    }

    private static List<Range> lines(String text) {
        List<Range> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                lines.add(new Range(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(new Range(start, text.length()));
        return lines;
    }

    private static boolean isBlank(String text, Range r) {
        for (int i = r.start(); i < r.end(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHardWrapped(String text, List<Range> lines) {
        int continued = 0;
        int openEnded = 0;
        boolean sawBlank = false;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Range line = lines.get(i);
            if (isBlank(text, line)) {
                sawBlank = true;
                continue;
            }
            if (isBlank(text, lines.get(i + 1))) {
                continue;
            }
            continued++;
            char last = lastNonSpace(text, line);
            if (".!?:\"”’)]".indexOf(last) < 0) {
                openEnded++;
            }
        }
        return sawBlank && continued >= 3 && openEnded * 10 >= continued * 6;
    }

    private static char lastNonSpace(String text, Range r) {
        for (int i = r.end() - 1; i >= r.start(); i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    private static List<Range> nonBlank(String text, List<Range> lines) {
        List<Range> out = new ArrayList<>(lines.size());
        for (Range line : lines) {
            if (!isBlank(text, line)) {
                out.add(line);
            }
        }
        return out;
    }

    private static List<Range> joinWrapped(String text, List<Range> lines) {
        List<Range> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Range line : lines) {
            if (isBlank(text, line)) {
                if (start >= 0) {
                    out.add(new Range(start, end));
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = line.start();
                }
                end = line.end();
            }
        }
        if (start >= 0) {
            out.add(new Range(start, end));
        }
        return out;
    }

    private static void chunk(String text, int start, int end, List<Range> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end - start > MAX_CHUNK) {
            int limit = start + MAX_CHUNK;
            int cut = -1;
            int anySpace = -1;
            for (int i = limit; i > start + MAX_CHUNK / 2; i--) {
                if (Character.isWhitespace(text.charAt(i))) {
                    if (anySpace < 0) {
                        anySpace = i;
                    }
                    char before = text.charAt(i - 1);
                    if (before == '.' || before == '!' || before == '?') {
                        cut = i;
                        break;
                    }
                }
            }
            if (cut < 0) {
                cut = anySpace > 0 ? anySpace : limit;
            }
            if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            out.add(new Range(start, cut));
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (end > start) {
            out.add(new Range(start, end));
        }
    }
}
