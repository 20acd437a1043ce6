package org.newsextract.quotes;

/**
 * Rule: right after a quotation that ends with a comma, question mark or exclamation mark inside
 * its marks, one capitalized word just before a listed cue is the speaker's name even when the
 * entity recognizer did not take it for one ({@code “…,” From said.}, {@code “…,” Read said.},
 * {@code “…,” Will wrote.}): surnames that are also common words (a preposition, a verb, a modal)
 * are what the recognizer misses, and inside a sentence only a name is capitalized. The
 * quotation's own clause mark says the sentence goes on, so the word opens no new sentence.
 * Used by {@link TrailingAttribution} when no speaker phrase was found before the cue.
 */
final class CapitalizedName {
    private CapitalizedName() {
    }

    /**
     * Returns the one capitalized word at {@code t} as the speaker of the cue at {@code t + 1},
     * after a quotation that ends before token {@code after}; null when the word is not
     * capitalized or is a pronoun (other rules read those), or the quotation does not end with a
     * clause mark. A one-word name the recognizer found is returned as its mention. The word may
     * itself be a listed cue ({@code “…,” Read said.}): a capitalized cue right before another
     * cue is a name.
     */
    static Candidate apply(QuoteDocument d, int after, int t) {
        if (after == 0 || t >= d.size() || d.quoted(t) || !UnlistedVerb.endsWithClauseMark(d, after - 1)) {
            return null;
        }
        if (d.entityOf(t) >= 0) {
            // a name the recognizer found but the speaker phrase skipped as a modal ("Will", "May")
            return d.mentionFrom(t) == t && d.mentionTo(t) == t + 1
                    ? new Candidate(t, t + 1, Candidate.Kind.ENTITY, d.entityOf(t)) : null;
        }
        String w = d.word(t);
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !w.substring(1).chars().allMatch(Character::isLowerCase)
                || SpeakerPhrases.SUBJECT_PRONOUNS.contains(d.lower(t))) {
            return null;
        }
        return new Candidate(t, t + 1, Candidate.Kind.NOMINAL, -1);
    }
}
