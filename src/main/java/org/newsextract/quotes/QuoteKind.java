package org.newsextract.quotes;

/**
 * Whether a quotation is a whole clause or a fragment inside the reporter's sentence: the
 * internal twin of the API's {@code org.newsextract.QuoteKind} (the API package maps each
 * constant to its own).
 */
public enum QuoteKind {
    /** A whole clause or sentence in quotation marks. */
    DIRECT,
    /** A quoted fragment inside the reporter's own sentence. */
    PARTIAL
}
