package org.newsextract.quotes;

/**
 * Which characters are quotation marks, and which way a mark faces in its context.
 *
 * <p>Double marks: straight {@code "}, curly {@code “ ”}, low {@code „}, guillemets {@code « »}.
 * Single marks: straight {@code '}, curly {@code ‘ ’}, single guillemets {@code ‹ ›}. A curly or
 * angled mark faces the way its glyph says; a straight mark faces the way its neighbours say:
 * it <em>opens</em> when white space or an opening bracket is before it and a non-space after it,
 * it <em>closes</em> when a non-space is before it and white space or punctuation after it.
 *
 * <p>An <b>apostrophe</b> is a single mark that is part of a word, never a quotation mark:
 * between two letters or digits ("don't"), before a digit ("'90s"), either mark of "'n'"
 * ("rock 'n' roll"), or after a word-final "s" before another word ("Jones' car"). Stateless.
 * Public for the PolNeAR gold reader ({@code org.newsextract.tools.eval.PolnearQuotes}), which
 * finds the gold quotations' marks by the same rules.
 */
public final class QuoteMarks {
    private QuoteMarks() {
    }

    /** Which way a mark faces. */
    public enum Facing {
        /** Opens a quotation. */
        OPEN,
        /** Closes a quotation. */
        CLOSE,
        /** Could do either (a straight mark between two non-spaces, or between two spaces). */
        EITHER
    }

    /**
     * Returns the length of the double quotation mark at {@code i}: 1 for a one-character mark,
     * 2 for a double mark typed as two single ones ({@code ''}, {@code ``}, {@code ‘‘}, {@code ’’},
     * as some newswire archives have it), 0 if there is none.
     *
     * @param text the text
     * @param i    an index into it
     * @return the mark's length in characters, or 0
     */
    public static int doubleMarkLength(String text, int i) {
        char c = text.charAt(i);
        if (isDouble(c)) {
            return 1;
        }
        if ((c == '\'' || c == '`' || c == '\u2018' || c == '\u2019') && i + 1 < text.length() && text.charAt(i + 1) == c) {
            return 2;
        }
        return 0;
    }

    /** True if {@code c} is a double quotation mark of any style, guillemets included. */
    static boolean isDouble(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }

    /** True if {@code c} is a single quotation mark of any style (apostrophes look the same). */
    static boolean isSingle(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u2039' || c == '\u203A';
    }

    /**
     * Returns the way the mark at {@code i} faces, from its glyph for typographic marks and from
     * its neighbours (within {@code [from, to)}) for straight ones.
     */
    static Facing facing(String text, int i, int from, int to) {
        return facing(text, i, 1, from, to);
    }

    /**
     * Returns the way the mark of {@code length} characters at {@code i} faces (see
     * {@link #facing(String, int, int, int)}); a two-character mark faces by its glyph for
     * {@code ``} and by its neighbours otherwise.
     *
     * @param text   the text
     * @param i      the mark's index
     * @param length the mark's length (1 or 2)
     * @param from   where the context starts (a mark there has white space before it)
     * @param to     where the context ends (a mark ending there has white space after it)
     * @return the way it faces
     */
    public static Facing facing(String text, int i, int length, int from, int to) {
        char c = text.charAt(i);
        boolean spaceBefore = i == from || isSpaceOrOpener(text.charAt(i - 1));
        boolean spaceAfter = i + length >= to || isSpaceOrCloser(text.charAt(i + length));
        if (length == 2) {
            c = c == '`' ? '\u201C' : '"';
        }
        switch (c) {
            case '\u201C', '\u201E', '\u00AB', '\u2018', '\u2039' -> {
                // A typographic opener used by mistake as a closer: "word“ " at a word's end.
                return !spaceBefore && spaceAfter ? Facing.CLOSE : Facing.OPEN;
            }
            case '\u201D', '\u00BB', '\u2019', '\u203A' -> {
                // A closer used by mistake as an opener: ” at a paragraph's start before a word.
                return spaceBefore && !spaceAfter ? Facing.OPEN : Facing.CLOSE;
            }
            default -> {
                if (spaceBefore && !spaceAfter) {
                    return Facing.OPEN;
                }
                if (!spaceBefore && spaceAfter) {
                    return Facing.CLOSE;
                }
                return Facing.EITHER;
            }
        }
    }

    /**
     * True if the double mark at {@code i} is not a quotation mark: inside a markup tag
     * ({@code <tweet id="7">}), an attribute value ({@code id="7"}), or a straight inch mark after
     * digits ({@code 6'3"}, {@code 12" tall}).
     *
     * @param text the text
     * @param i    the mark's index
     * @param from how far back a tag may start
     * @return true when the mark is no quotation mark
     */
    public static boolean isNotQuotation(String text, int i, int from) {
        // the nearest '<' or '>' at or before i, looking back no further than a tag can be long
        // (a scan to the start of the text for every mark made a text of many marks quadratic)
        int lt = -1;
        for (int j = i, stop = Math.max(from, i - 999); j >= stop; j--) {
            char t = text.charAt(j);
            if (t == '<' || t == '>') {
                lt = t == '<' ? j : -1;
                break;
            }
        }
        if (lt >= 0 && text.indexOf('>', i) > i) {
            return true; // inside a markup tag: <tweet author="x">
        }
        if (text.charAt(i) != '"' || i == from) {
            return false;
        }
        char before = text.charAt(i - 1);
        if (before == '=') {
            return true;
        }
        if (Character.isDigit(before)) {
            // 6'3" or 12" followed by a space and a lower-case word: a measure, not a closing mark.
            int j = i - 1;
            while (j > from && Character.isDigit(text.charAt(j - 1))) {
                j--;
            }
            boolean feetInches = j > from && (text.charAt(j - 1) == '\'' || text.charAt(j - 1) == '\u2019')
                    && j - 1 > from && Character.isDigit(text.charAt(j - 2));
            boolean lowerAfter = i + 2 < text.length() && text.charAt(i + 1) == ' '
                    && Character.isLowerCase(text.charAt(i + 2));
            return feetInches || lowerAfter && (j == from || Character.isWhitespace(text.charAt(j - 1)));
        }
        return false;
    }

    /**
     * True if the single mark at {@code i} is an apostrophe (part of a word), not a quotation
     * mark: between two letters or digits, before a digit, in "'n'", or after a word-final "s"
     * before a space and a lower-case or capitalised word ("Jones' car").
     */
    static boolean isApostrophe(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u2018' || c == '\u2039' || c == '\u203A') {
            return c == '\u2018' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
        }
        boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        if (letterBefore && letterAfter) {
            return true;
        }
        if (letterAfter && Character.isDigit(text.charAt(i + 1))) {
            return true; // '90s
        }
        if (letterAfter && text.charAt(i + 1) == 'n' && i + 2 < text.length() && isSingle(text.charAt(i + 2))) {
            return true; // the opening mark of 'n'
        }
        if (letterBefore && i > 1 && text.charAt(i - 1) == 'n' && isSingle(text.charAt(i - 2))) {
            return true; // the closing mark of 'n'
        }
        if (letterBefore && (text.charAt(i - 1) == 's' || text.charAt(i - 1) == 'S')
                && i + 2 < text.length() && text.charAt(i + 1) == ' ' && Character.isLetter(text.charAt(i + 2))) {
            return true; // Jones' car
        }
        return false;
    }

    private static boolean isSpaceOrOpener(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '(' || c == '[' || c == '{'
                || c == '\u2014' || c == '\u2013' || c == '/';
    }

    private static boolean isSpaceOrCloser(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || ",.;:!?)]}\u2014\u2013-…/".indexOf(c) >= 0
                || isDouble(c) || isSingle(c);
    }
}
