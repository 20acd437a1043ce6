package org.newsextract.quotes;

/**
 * Rule: the attribution right after a quotation, the commonest news pattern:
 * {@code “…,” Graham said}, {@code “…,” said Rep. Elijah Cummings}, {@code “…?” he asked},
 * {@code “…,” Rep. X, the Y of Z, said}, {@code “…,” according to X}, and a signature after a
 * dash ({@code “…” ― Sonya Herridge}).
 *
 * <p>After the closing mark (and a comma or dash), either a cue comes first and the speaker
 * follows it ({@link SpeakerPhrases#after}), or a speaker phrase of at most
 * {@link #MAX_GAP} tokens comes first and ends just before a cue ({@link SpeakerPhrases#before}).
 * Nothing between the quotation and the cue may be another quotation or a sentence end, and a
 * quotation that ends its sentence ({@code “….”}) is followed by an attribution only when the
 * next word is lower case or a name ({@code “Why?” he asked}), not by a new sentence.
 */
final class TrailingAttribution {
    static final int MAX_GAP = 14;

    private TrailingAttribution() {
    }

    /**
     * Returns the attribution after the quotation that ends before token {@code after}, or null.
     *
     * @param d      the document
     * @param after  the first token after the quotation's closing mark
     * @return the attribution, or null when the text after the quotation has none
     */
    static Attribution apply(QuoteDocument d, int after) {
        SpeakerPhrases phrases = new SpeakerPhrases(d);
        int t = after;
        int n = d.size();
        boolean dash = false;
        while (t < n && (d.word(t).equals(",") || isDash(d.word(t)))) {
            dash |= isDash(d.word(t));
            t++;
        }
        if (t >= n || after == 0 || d.quoted(t) || d.paragraphOf(t) != d.paragraphOf(after - 1)) {
            return null;
        }
        if (endsSentence(d, after - 1) && !Character.isLowerCase(d.word(t).charAt(0)) && d.entityOf(t) < 0) {
            return null; // “….” She says …: a new sentence, not an attribution
        }
        int ceiling = Math.min(n, t + MAX_GAP);
        if (dash) {
            // “…” ― Sonya Herridge: a signature after a dash.
            Candidate signed = phrases.after(t, ceiling);
            if (signed != null && (signed.end() >= n || d.paragraphOf(signed.end()) != d.paragraphOf(t)
                    || d.isPunctuation(signed.end()))) {
                return new Attribution(signed, -1, -1, "after: dash signature", true);
            }
        }
        if (d.cueLength(t) > 0) {
            int cueEnd = t + d.cueLength(t);
            Candidate speaker = phrases.after(cueEnd, ceiling);
            return speaker == null ? null : new Attribution(speaker, t, cueEnd, "after: cue speaker", true);
        }
        for (int c = t + 1; c < Math.min(ceiling, t + MAX_GAP); c++) {
            if (d.quoted(c) || isBoundary(d.word(c)) || d.paragraphOf(c) != d.paragraphOf(t)) {
                return null;
            }
            if (d.cueLength(c) > 0) {
                Candidate speaker = phrases.before(c, t);
                if (speaker == null || speaker.start() > t + 3) {
                    return null;
                }
                return new Attribution(speaker, c, c + d.cueLength(c), "after: speaker cue", true);
            }
        }
        return null;
    }

    private static boolean isDash(String w) {
        return w.equals("--") || w.equals("-") || w.equals("\u2015") || w.equals("\u2014") || w.equals("\u2013");
    }

    /** True if the quotation ending with token {@code last} (its closing mark) ends with . ? or !. */
    private static boolean endsSentence(QuoteDocument d, int last) {
        for (int t = last; t >= Math.max(0, last - 2); t--) {
            String w = d.word(t);
            if (w.equals(".") || w.equals("?") || w.equals("!") || w.endsWith(".")) {
                return true;
            }
            if (!d.isPunctuation(t)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isBoundary(String w) {
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals(";") || w.equals(":");
    }
}
