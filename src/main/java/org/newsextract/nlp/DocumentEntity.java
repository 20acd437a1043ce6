package org.newsextract.nlp;

import java.util.List;

/**
 * One resolved entity of a document as the pipeline hands it on (to quote attribution, and to
 * the API package, which numbers it and makes the public {@code Entity}): its mentions as
 * character offsets into the document text.
 *
 * @param type     PER, LOC or ORG
 * @param name     the fullest name the document uses
 * @param aliases  every distinct name used for it, sorted
 * @param mentions every mention, in text order, at least one
 * @param kind     the place kind for LOC, null for other types
 */
public record DocumentEntity(NameLabel type, String name, List<String> aliases, List<Mention> mentions,
                             PlaceKind kind) {
    /**
     * One mention.
     *
     * @param start      index of its first character in the document text
     * @param end        index one past its last character
     * @param text       the mention exactly as in the text
     * @param confidence the tagger's probability for the span's label, rounded to three decimals
     */
    public record Mention(int start, int end, String text, double confidence) {
    }
}
