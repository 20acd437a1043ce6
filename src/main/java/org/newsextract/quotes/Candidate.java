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

    /**
     * Returns the mention of a relative pronoun ("who" in "Graham, who said"): the pronoun's own
     * token, standing for its antecedent's entity when the antecedent is a name, else a noun phrase.
     *
     * @param who        the pronoun's token
     * @param antecedent the phrase before it, or null
     * @return the pronoun's candidate
     */
    static Candidate relativePronoun(int who, Candidate antecedent) {
        boolean entity = antecedent != null && antecedent.kind() == Kind.ENTITY;
        return new Candidate(who, who + 1, entity ? Kind.ENTITY : Kind.NOMINAL, entity ? antecedent.entity() : -1);
    }
}
