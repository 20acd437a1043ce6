package org.newsextract.quotes;

import org.newsextract.nlp.NameLabel;

/**
 * Rule: a person's or organization's name followed directly by a colon and the quotation is a
 * signature line, the way digests and transcripts quote: {@code Poll watchers are wary -
 * Ellen Park: “…”}, {@code More from Park: “…”}. The name must end right at the colon and open
 * its clause or follow a dash or "from", so a colon after a longer phrase that merely ends with
 * a name ("the ban proposed by Park: “…”") is left to the other rules. Used by
 * {@link QuoteExtractor} when no other rule in or next to the quotation's sentence finds a
 * speaker.
 */
final class NameColon {
    private NameColon() {
    }

    /** Returns the attribution of the quotation starting at token {@code first}, or null. */
    static Attribution apply(QuoteDocument d, int first) {
        int colon = first - 1;
        int last = first - 2;
        if (last < 0 || !d.word(colon).equals(":") || d.quoted(colon) || d.quoted(last) || d.entityOf(last) < 0
                || d.mentionTo(last) != colon || d.paragraphOf(last) != d.paragraphOf(first)
                || d.typeAt(last) != NameLabel.PER && d.typeAt(last) != NameLabel.ORG) {
            return null;
        }
        int start = d.mentionFrom(last);
        if (!opensSignature(d, start)) {
            return null;
        }
        return new Attribution(new Candidate(start, colon, Candidate.Kind.ENTITY, d.entityOf(last)), colon, colon + 1,
                "before: name colon", true);
    }

    private static boolean opensSignature(QuoteDocument d, int t) {
        if (t == 0 || d.sentenceStartOf(t) == t || d.paragraphStart(d.paragraphOf(t)) == t) {
            return true;
        }
        String w = d.lower(t - 1);
        return !d.quoted(t - 1) && (w.equals("-") || w.equals("—") || w.equals("–") || w.equals("--")
                || w.equals("from"));
    }
}
