package org.newsextract.quotes;

/**
 * Who a quotation or reported speech is attributed to.
 *
 * @param mention the words that name the speaker (possibly a pronoun or a common noun phrase)
 * @param entity  the index of the entity the mention resolves to in the entity list the
 *                extractor was given, or -1 when it resolves to none
 * @param name    the speaker's name: the entity's name when resolved, else the mention's text
 */
public record SpeakerRef(TextRange mention, int entity, String name) {
    /** Returns whether the mention resolves to an entity. */
    public boolean resolved() {
        return entity >= 0;
    }
}
