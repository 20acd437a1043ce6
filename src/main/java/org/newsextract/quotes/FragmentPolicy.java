package org.newsextract.quotes;

/**
 * Rule: which quoted fragments are quotations. Decided from PolNeAR (see docs/QUOTES.md): a
 * short fragment in marks is a quotation someone said when its sentence attributes it ("Trump
 * called the senator a “nasty guy”"), and otherwise a scare quote, a nickname or the title of a
 * work ("promoting “quack” cures", "on CBS's “Face the Nation”"), which the corpus does not
 * count and the contract leaves out.
 *
 * <ul>
 *   <li>a {@link QuoteKind#DIRECT} quotation is always kept, with or without a speaker;</li>
 *   <li>a {@link QuoteKind#PARTIAL} one is kept only with a speaker found by a cue in its own
 *       sentence ({@link Attribution#explicit()}), and never when its words are in title case
 *       (every word that is not a function word capitalised: a title or a name).</li>
 * </ul>
 */
final class FragmentPolicy {
    private FragmentPolicy() {
    }

    /**
     * Returns true if the quotation is kept.
     *
     * @param d           the document (for its function words)
     * @param text        the quotation, marks included
     * @param kind        its kind
     * @param attribution its attribution, or null
     */
    static boolean keep(QuoteDocument d, String text, QuoteKind kind, Attribution attribution) {
        return keep(d, text, kind, attribution, -1);
    }

    /**
     * Returns true if the quotation is kept; {@code first} is its opening mark's token (-1 if
     * unknown), for the words before a title-case fragment.
     */
    static boolean keep(QuoteDocument d, String text, QuoteKind kind, Attribution attribution, int first) {
        if (kind == QuoteKind.DIRECT) {
            return true;
        }
        if (attribution == null || !attribution.explicit() || attribution.speaker() == null) {
            return false;
        }
        return !isTitleCase(d, text) || attribution.cueStart() >= 0 && !titlePosition(d, first);
    }

    /**
     * True if the words before a title-case fragment starting at token {@code first} make it the
     * title of a work, not a name someone gave: after a possessive ("CBS's “Face the Nation”"),
     * a preposition of place or topic ("on “Morning Joe”", "of “Fox News Sunday”") or a
     * determiner ("the “Grand Bargain”"). "called her “Miss Piggy”" and "as “Miss Piggy”" keep it.
     */
    static boolean titlePosition(QuoteDocument d, int first) {
        if (first <= 0) {
            return true;
        }
        String prev = d.lower(first - 1);
        return prev.equals("'s") || prev.equals("’s") || prev.endsWith("'") || prev.equals("of") || prev.equals("on")
                || prev.equals("in") || prev.equals("at") || prev.equals("from") || prev.equals("the") || prev.equals("a")
                || prev.equals("his") || prev.equals("her") || prev.equals("its") || prev.equals("their");
    }

    /** True if every word that is not a function word starts with a capital letter. */
    static boolean isTitleCase(QuoteDocument d, String text) {
        boolean any = false;
        for (String raw : text.split("[\\s\u00A0]+")) {
            String w = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (w.isEmpty()) {
                continue;
            }
            if (any && d.isFunctionWord(w)) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
