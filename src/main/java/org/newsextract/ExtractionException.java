package org.newsextract;

/**
 * Thrown when a document cannot be processed for a reason other than a bad argument: a model
 * that cannot be loaded, or an internal failure of an engine. The message names the document.
 */
public class ExtractionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, naming the document or model
     * @param cause   the underlying failure, may be null
     */
    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param message what failed, naming the document or model */
    public ExtractionException(String message) {
        super(message);
    }
}
