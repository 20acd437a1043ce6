package org.newsextract.quotes;

/**
 * Words that may name a quotation's speaker: a token range and what kind of phrase it is.
 *
 * @param start  first token
 * @param end    one past the last token
 * @param kind   a named entity's mention, a pronoun, or a common noun phrase ("a spokesman")
 * @param entity index of the entity named (for {@link Kind#ENTITY}), else -1
 */
record Candidate(int start, int end, Kind kind, int entity) {
    /** What kind of phrase names the speaker. */
    enum Kind {
        ENTITY, PRONOUN, NOMINAL
    }

    Candidate {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("candidate must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }
}
