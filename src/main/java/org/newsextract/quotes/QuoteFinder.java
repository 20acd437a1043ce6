package org.newsextract.quotes;

import java.util.ArrayList;
import java.util.List;

import org.newsextract.text.Paragraphs;

/**
 * Finds the quotations of a text from its quotation marks alone, in one pass, without tokens.
 *
 * <p>Rules:
 * <ul>
 *   <li>Double marks of every style ({@code "…"}, {@code “…”}, {@code „…“}, {@code «…»}, and
 *       {@code ''…''} or {@code ``…''} typed as two single marks) pair up
 *       within a paragraph; which way a mark faces comes from {@link QuoteMarks#facing}. A closing
 *       mark with no quotation open is a stray and ignored; an opening mark while one is open ends
 *       the open one (it was never closed) and starts another. Single marks inside a quotation
 *       are nested quotations or apostrophes and never end it.</li>
 *   <li>Straight marks that are not quotation marks are skipped: markup attribute values
 *       ({@code id="7"}) and inch marks ({@code 6'3"}), see {@link QuoteMarks#isNotQuotation}.</li>
 *   <li>A quotation left open at the end of its paragraph continues into the next paragraph when
 *       that one starts with an opening mark (news style for a quotation of several paragraphs:
 *       each opens with a mark, only the last closes); otherwise it ends at its paragraph's
 *       end.</li>
 *   <li>No quotation is longer than {@link #MAX_LENGTH} characters: one still open at that
 *       length ends at the last white space before it, so a stray mark never swallows the
 *       article.</li>
 *   <li>A paragraph that opens with a mark before a speaker label in capitals ({@code "WALLACE:})
 *       is a transcript turn, not a quotation.</li>
 *   <li>A text with no double quotation mark at all is read in the single-mark style of British
 *       news ({@code ‘…’}), with apostrophes ({@link QuoteMarks#isApostrophe}) left out.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class QuoteFinder {
    /** The longest quotation, in characters (a long quotation in PolNeAR train is about 2,500). */
    static final int MAX_LENGTH = 5_000;

    private QuoteFinder() {
    }

    /**
     * Returns the quotations of the text in text order, not overlapping.
     *
     * @param text the whole document text
     * @return the quotations, each with its marks; empty if there are none
     */
    static List<QuoteSpan> find(String text) {
        boolean singles = !hasDoubleMarks(text);
        List<QuoteSpan> out = new ArrayList<>();
        int open = -1;
        int lastEnd = 0;
        for (Paragraphs.Range p : Paragraphs.split(text)) {
            int i = p.start();
            if (open >= 0) {
                int length = markLength(text, i, singles);
                if (length > 0 && QuoteMarks.facing(text, i, length, p.start(), p.end()) != QuoteMarks.Facing.CLOSE
                        && !isTranscriptTurn(text, i + length - 1, p.end())) {
                    i += length;
                } else {
                    out.add(new QuoteSpan(open, lastEnd, false));
                    open = -1;
                }
            }
            for (; i < p.end(); i++) {
                char c = text.charAt(i);
                if (open >= 0 && i - open >= MAX_LENGTH) {
                    out.add(new QuoteSpan(open, trimEnd(text, open, lastSpace(text, open, i)), false));
                    open = -1;
                }
                int length = markLength(text, i, singles);
                if (length == 0 || !singles && QuoteMarks.isNotQuotation(text, i, p.start())
                        || singles && QuoteMarks.isApostrophe(text, i)) {
                    continue;
                }
                if (length == 2) {
                    c = '"';
                }
                QuoteMarks.Facing facing = QuoteMarks.facing(text, i, length, p.start(), p.end());
                if (open < 0) {
                    if (facing != QuoteMarks.Facing.CLOSE && !(i == p.start() && isTranscriptTurn(text, i, p.end()))) {
                        open = i;
                    }
                } else if (facing == QuoteMarks.Facing.OPEN && c != '"' && c != '\'') {
                    out.add(new QuoteSpan(open, trimEnd(text, open, i), false));
                    open = i;
                } else if (facing == QuoteMarks.Facing.OPEN && isClearOpening(text, i, p.end())) {
                    out.add(new QuoteSpan(open, trimEnd(text, open, i), false));
                    open = i;
                } else {
                    out.add(new QuoteSpan(open, i + length, true));
                    open = -1;
                }
                i += length - 1;
            }
            lastEnd = p.end();
        }
        if (open >= 0) {
            out.add(new QuoteSpan(open, lastEnd, false));
        }
        out.removeIf(q -> q.length() < 2);
        return out;
    }

    /**
     * True if a straight mark met while a quotation is open clearly opens a new one: after a
     * sentence end and a space, before a capital letter ({@code ". "He}).
     */
    private static boolean isClearOpening(String text, int i, int end) {
        if (i < 2 || i + 1 >= end || !Character.isUpperCase(text.charAt(i + 1))) {
            return false;
        }
        int j = i - 1;
        while (j > 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j < i - 1 && ".!?".indexOf(text.charAt(j)) >= 0;
    }

    private static int markLength(String text, int i, boolean singles) {
        if (singles) {
            return QuoteMarks.isSingle(text.charAt(i)) ? 1 : 0;
        }
        return QuoteMarks.doubleMarkLength(text, i);
    }

    private static boolean hasDoubleMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (QuoteMarks.doubleMarkLength(text, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** True if the mark at {@code i} opens a transcript turn: capitals then a colon ({@code "PENCE:}). */
    static boolean isTranscriptTurn(String text, int i, int end) {
        int j = i + 1;
        while (j < end && (Character.isUpperCase(text.charAt(j)) || text.charAt(j) == ' ' || text.charAt(j) == '.')) {
            j++;
        }
        return j - i > 2 && j < end && text.charAt(j) == ':';
    }

    private static int lastSpace(String text, int from, int to) {
        for (int i = to - 1; i > from + 1; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return to;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start + 1 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
