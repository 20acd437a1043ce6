package org.newsextract.quotes;

import org.newsextract.nlp.NameLabel;

/**
 * Rule: right before a quotation, a name or subject pronoun that opens its clause and a
 * finite verb in -s or -ed, then a comma or colon, is an attribution even when the verb is not
 * in the cue list: {@code He jokes, “…”}, {@code Ellen Park quipped: “…”}. The comma or colon
 * between the verb and the opening mark says the quotation is the verb's object; the subject
 * must open its clause (sentence or paragraph start, or after a comma, semicolon, dash or
 * "and"/"but"), so "the law he passed, “…”" is not read as one. The mirror of
 * {@link UnlistedVerb} before the quotation; used by {@link QuoteExtractor} when no other rule
 * in or next to the quotation's sentence finds a speaker.
 */
final class LeadingUnlistedVerb {
    /** The shortest verb form read as a finite verb ("says" is a cue anyway; "asks" is not). */
    private static final int MIN_VERB_LENGTH = 4;

    private LeadingUnlistedVerb() {
    }

    /** Returns the attribution of the quotation starting at token {@code first}, or null. */
    static Attribution apply(QuoteDocument d, int first) {
        int mark = first - 1;
        int verb = first - 2;
        if (verb < 1 || !(d.word(mark).equals(",") || d.word(mark).equals(":")) || d.quoted(mark)
                || !isFiniteVerb(d, verb) || d.paragraphOf(verb) != d.paragraphOf(first)) {
            return null;
        }
        int s = verb - 1;
        Candidate speaker;
        if (d.entityOf(s) >= 0 && d.mentionTo(s) == verb && d.typeAt(s) != NameLabel.LOC) {
            speaker = new Candidate(d.mentionFrom(s), verb, Candidate.Kind.ENTITY, d.entityOf(s));
        } else if (SpeakerPhrases.SUBJECT_PRONOUNS.contains(d.lower(s)) && !d.lower(s).equals("it")) {
            speaker = new Candidate(s, verb, Candidate.Kind.PRONOUN, -1);
        } else {
            return null;
        }
        if (!opensClause(d, speaker.start())) {
            return null;
        }
        return new Attribution(speaker, verb, verb + 1, "before: unlisted verb", true);
    }

    private static boolean isFiniteVerb(QuoteDocument d, int k) {
        if (d.quoted(k) || d.entityOf(k) >= 0) {
            return false;
        }
        String w = d.word(k);
        return w.length() >= MIN_VERB_LENGTH && (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss"))
                && w.chars().allMatch(Character::isLowerCase) && !d.isFunctionWord(w);
    }

    private static boolean opensClause(QuoteDocument d, int t) {
        if (t == 0 || d.sentenceStartOf(t) == t || d.paragraphStart(d.paragraphOf(t)) == t) {
            return true;
        }
        String w = d.lower(t - 1);
        return !d.quoted(t - 1) && (w.equals(",") || w.equals(";") || w.equals("—") || w.equals("–")
                || w.equals("and") || w.equals("but"));
    }
}
