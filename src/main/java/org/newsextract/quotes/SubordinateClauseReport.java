package org.newsextract.quotes;

import java.util.Set;

/**
 * Rule: a quotation that ends an opening subordinate clause with its own report ({@code After
 * Tom Reyes said that rural schools were “left behind,” Ellen Park said …}, {@code Although he
 * admitted that the two had “met once,” he claimed …}) is that clause's report, not the main
 * clause's that follows it: the attribution after the quotation opens the main clause. Applies
 * when the sentence opens with a subordinator, the quotation ends with a comma inside its marks,
 * and the clause before it has a cue whose speaker is a name or pronoun right before it, with no
 * comma or colon between that cue and the quotation (the quotation is inside its report).
 */
final class SubordinateClauseReport {
    /** Words that open a subordinate clause before the main clause of a sentence. */
    static final Set<String> OPENERS = Set.of("after", "although", "though", "when", "while", "because", "since",
            "once", "before", "if", "whereas");

    private SubordinateClauseReport() {
    }

    /**
     * Returns the subordinate clause's attribution of the quotation starting at {@code first}
     * and ending before {@code after} instead of {@code trailing}, the attribution found after
     * it, when the quotation ends such a clause; otherwise {@code trailing}.
     */
    static Attribution apply(QuoteDocument d, Attribution trailing, int first, int after) {
        if (trailing == null || first == 0 || after < 2 || !d.word(after - 2).equals(",")) {
            return trailing;
        }
        int start = Math.max(d.sentenceStartOf(first), d.paragraphStart(d.paragraphOf(first)));
        if (start >= first || !OPENERS.contains(d.lower(start)) || d.quoted(start)) {
            return trailing;
        }
        Attribution leading = LeadingAttribution.apply(d, first, start + 1);
        if (leading == null || leading.speaker() == null || !"before: speaker cue".equals(leading.rule())
                || leading.speaker().kind() == Candidate.Kind.NOMINAL) {
            return trailing;
        }
        for (int k = leading.cueEnd(); k < first; k++) {
            if (d.word(k).equals(",") || d.word(k).equals(":")) {
                return trailing; // "When asked …, Trump said: “…,” the Times reported": the clause ended before
            }
        }
        return leading;
    }
}
