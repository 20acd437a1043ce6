package org.newsextract;

/**
 * One input document of a batch: an identifier chosen by the caller and the text.
 *
 * @param id   the caller's identifier, copied into the result (e.g. a file name); not null
 * @param text the document's text; not null (use an empty string for an empty document)
 */
public record Document(String id, String text) {
    /**
     * Creates a document.
     *
     * @param id   the caller's identifier
     * @param text the document's text
     * @throws IllegalArgumentException if {@code id} or {@code text} is null
     */
    public Document {
        if (id == null) {
            throw new IllegalArgumentException("document id must not be null");
        }
        if (text == null) {
            throw new IllegalArgumentException("text of document '" + id + "' must not be null");
        }
    }
}
