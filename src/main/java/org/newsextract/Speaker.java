package org.newsextract;

import java.util.Optional;

/**
 * Who a quote is attributed to.
 *
 * @param mention  the words in the text that name the speaker for this quote (possibly a pronoun)
 * @param entityId the id of the document-level entity the mention resolves to, if any
 * @param name     the speaker's name: the entity's name when resolved, else the mention's text
 */
public record Speaker(TextSpan mention, Optional<String> entityId, String name) {
    /**
     * Creates a speaker.
     *
     * @param mention  the words in the text that name the speaker for this quote (possibly a pronoun)
     * @param entityId the id of the document-level entity the mention resolves to, if any
     * @param name     the speaker's name: the entity's name when resolved, else the mention's text
     * @throws IllegalArgumentException if an argument is null
     */
    public Speaker {
        Checks.notNull(mention, "speaker mention");
        Checks.notNull(entityId, "speaker entityId (use Optional.empty())");
        Checks.notNull(name, "speaker name");
    }
}
