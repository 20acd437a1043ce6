package org.newsextract;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome for one document of a batch: its {@link Extraction}, or an error message that
 * names the document and the problem. A batch returns one result per input, in input order.
 */
public final class BatchResult {
    private final String id;
    private final Extraction extraction;
    private final String error;

    private BatchResult(String id, Extraction extraction, String error) {
        this.id = Objects.requireNonNull(id, "id");
        this.extraction = extraction;
        this.error = error;
    }

    /**
     * Returns a successful result.
     *
     * @param id         the input document's id
     * @param extraction what was found in it
     * @return the result
     * @throws IllegalArgumentException if the id or extraction is null
     */
    public static BatchResult success(String id, Extraction extraction) {
        if (id == null || extraction == null) {
            throw new IllegalArgumentException("a successful result needs an id and an extraction");
        }
        return new BatchResult(id, extraction, null);
    }

    /**
     * Returns a failed result.
     *
     * @param id      the input document's id
     * @param message the problem, naming the document
     * @return the result
     * @throws IllegalArgumentException if the id or message is null
     */
    public static BatchResult failure(String id, String message) {
        if (id == null || message == null) {
            throw new IllegalArgumentException("a failed result needs an id and a message");
        }
        return new BatchResult(id, null, message);
    }

    /**
     * Returns the input document's id.
     *
     * @return the id, never null
     */
    public String id() {
        return id;
    }

    /**
     * Returns whether the document was processed.
     *
     * @return true when there is an extraction, false when there is an error
     */
    public boolean isSuccess() {
        return extraction != null;
    }

    /**
     * Returns the extraction.
     *
     * @return the extraction, empty when the document failed
     */
    public Optional<Extraction> extraction() {
        return Optional.ofNullable(extraction);
    }

    /**
     * Returns the error message.
     *
     * @return the message that names the document and the problem, empty when the document was processed
     */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /**
     * Returns this result as JSON, pretty-printed: the extraction's {@link Extraction#toJson()},
     * or for a failed document the contract's error record
     * {@code {"schema": "newsextract/1", "id": ..., "error": ...}}.
     *
     * @return the JSON
     */
    public String toJson() {
        return ExtractionJson.toJson(this, true);
    }

    /**
     * Returns the JSON of {@link #toJson()} on one line, without a line break at the end: one
     * record of a JSON Lines file ({@code extract --format jsonl} writes these).
     *
     * @return the compact JSON
     */
    public String toJsonLine() {
        return ExtractionJson.toJson(this, false);
    }

    @Override
    public String toString() {
        return isSuccess() ? "BatchResult[" + id + ": " + extraction + "]" : "BatchResult[" + id + ": error: " + error + "]";
    }
}
