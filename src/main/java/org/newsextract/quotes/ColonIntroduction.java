package org.newsextract.quotes;

/**
 * Rule: a quotation that opens its paragraph after a paragraph ending with a colon is
 * introduced by that paragraph's last sentence: {@code Sanders made the following comment:}
 * then {@code “For young people …”} on its own. The speaker is found in that sentence as
 * {@link LeadingAttribution} finds it before a quotation.
 */
final class ColonIntroduction {
    private ColonIntroduction() {
    }

    /**
     * Returns the attribution of the quotation starting at token {@code first}, or null when it
     * does not open its paragraph or the paragraph before does not end with a colon.
     */
    static Attribution apply(QuoteDocument d, int first) {
        int paragraph = d.paragraphOf(first);
        if (paragraph == 0 || d.paragraphStart(paragraph) != first || first == 0) {
            return null;
        }
        int colon = first - 1;
        if (!d.word(colon).equals(":") || d.quoted(colon)) {
            return null;
        }
        int floor = Math.max(d.sentenceStartOf(colon), d.paragraphStart(d.paragraphOf(colon)));
        Attribution a = LeadingAttribution.apply(d, colon + 1, floor);
        return a == null ? null : new Attribution(a.speaker(), a.cueStart(), a.cueEnd(), "colon paragraph", true);
    }
}
