package org.newsextract;

/** Whether a quotation is a whole clause or a fragment inside the reporter's sentence. */
public enum QuoteKind {
    /** A whole clause or sentence in quotation marks. */
    DIRECT,
    /** A quoted fragment inside the reporter's own sentence. */
    PARTIAL
}
