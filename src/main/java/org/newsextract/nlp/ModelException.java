package org.newsextract.nlp;

/**
 * Thrown by the internal packages when a model or word list cannot be found or read. The API
 * package turns it into an {@code ExtractionException} with the same message and cause where it
 * crosses into the public API.
 */
public class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, naming the model or word list
     * @param cause   the underlying failure, may be null
     */
    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param message what failed, naming the model or word list */
    public ModelException(String message) {
        super(message);
    }
}
