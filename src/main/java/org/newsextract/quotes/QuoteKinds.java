package org.newsextract.quotes;

/**
 * Rule: whether a quotation is {@link QuoteKind#DIRECT} (a whole clause or sentence) or
 * {@link QuoteKind#PARTIAL} (a fragment inside the reporter's sentence), from its words and the
 * character before it.
 *
 * <ul>
 *   <li>a quotation whose first letter is lower case is partial ({@code “terrorists and their
 *       supporters.”});</li>
 *   <li>one of at least {@link #MIN_DIRECT_WORDS} words that starts with a capital is direct;</li>
 *   <li>a shorter one is direct only when it is a question or exclamation ({@code “Why?”}), or
 *       ends with a full stop or comma and stands where a sentence starts (after a sentence end,
 *       a colon, a comma or at a paragraph's start: {@code she said. “Donald’s here, babe.”});
 *       otherwise it is partial ({@code “Morning Joe”}, {@code the film “13th.”}).</li>
 * </ul>
 */
public final class QuoteKinds {
    static final int MIN_DIRECT_WORDS = 4;

    private QuoteKinds() {
    }

    /**
     * Returns the kind of the quotation at {@code [start, end)} of {@code text}.
     *
     * @param text  the document text
     * @param start the quotation's first character (its opening mark)
     * @param end   one past its last character
     * @return direct or partial
     */
    public static QuoteKind kindOf(String text, int start, int end) {
        String quote = text.substring(start, end);
        int i = 0;
        while (i < quote.length() && !Character.isLetterOrDigit(quote.charAt(i))) {
            i++;
        }
        if (i < quote.length() && Character.isLowerCase(quote.charAt(i))) {
            return QuoteKind.PARTIAL;
        }
        if (words(quote) >= MIN_DIRECT_WORDS || quote.indexOf('?') >= 0 || quote.indexOf('!') >= 0) {
            return QuoteKind.DIRECT;
        }
        int last = quote.length() - 1;
        while (last > 0 && !Character.isLetterOrDigit(quote.charAt(last)) && quote.charAt(last) != '.'
                && quote.charAt(last) != ',') {
            last--;
        }
        boolean punctuated = last > 0 && (quote.charAt(last) == '.' || quote.charAt(last) == ',');
        return punctuated && standsAtSentenceStart(text, start) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    }

    private static boolean standsAtSentenceStart(String text, int start) {
        int j = start - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
            j--;
        }
        return j < 0 || ".!?:,\n\u2014".indexOf(text.charAt(j)) >= 0 || QuoteMarks.isDouble(text.charAt(j));
    }

    /** Returns the number of white-space separated words holding a letter or digit. */
    static int words(String text) {
        int n = 0;
        for (String w : text.trim().split("\\s+")) {
            if (w.chars().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }
}
