package org.newsextract.quotes;

/**
 * Rule: a participle cue right after a quotation ({@code Trump hailed the vote as “fantastic,”
 * telling reporters that …}, {@code …there is still “more work to do,” noting flagging
 * conditions …}) is not an inverted attribution whose speaker follows it: the phrase after it
 * is its object (its hearer or topic), and the participle shares the subject of the clause
 * before the quotation: {@link LeadingAttribution}'s attribution (the clause's own cue and
 * speaker) replaces {@link TrailingAttribution}'s. When the clause before has none, the
 * trailing attribution stands (a fragment keeps its only attribution). "according to", a cue
 * that introduces its speaker, is not a participle here.
 */
final class TrailingParticiple {
    /** The ending of a present participle. */
    static final String PARTICIPLE_ENDING = "ing";
    /** The one cue in -ing whose phrase after it is the speaker. */
    static final String ACCORDING = "according";
    /** The rule name of {@link TrailingAttribution}'s inverted cue ("“…,” said X"), the one this rule revises. */
    static final String INVERTED_RULE = "after: cue speaker";

    private TrailingParticiple() {
    }

    /**
     * Returns the attribution of the quotation starting at token {@code first}: the leading
     * attribution when {@code trailing} is an inverted participle cue ("after: cue speaker") and
     * the clause before the quotation has one, else {@code trailing}.
     */
    static Attribution apply(QuoteDocument d, Attribution trailing, int first) {
        if (trailing == null || trailing.cueStart() < 0 || !INVERTED_RULE.equals(trailing.rule())
                || !isParticiple(d, trailing.cueStart())) {
            return trailing;
        }
        Attribution leading = LeadingAttribution.apply(d, first);
        return leading != null && leading.speaker() != null ? leading : trailing;
    }

    /** True if token {@code t} is a lower-case present participle other than "according". */
    static boolean isParticiple(QuoteDocument d, int t) {
        String w = d.word(t);
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.endsWith(PARTICIPLE_ENDING)
                && !w.equals(ACCORDING);
    }
}
