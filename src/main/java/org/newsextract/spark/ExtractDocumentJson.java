package org.newsextract.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.apache.spark.sql.api.java.UDF2;
import org.newsextract.BatchResult;
import org.newsextract.Extraction;

/**
 * The per-document work of the job's JSON Lines output, as a Spark SQL function of a document's id
 * and text: the library's own JSON line for it ({@link Extraction#toJsonLine()}), or the
 * contract's error record {@code {"schema": "newsextract/1", "id": …, "error": "…"}}, exactly as
 * {@code extract --format jsonl} writes them. The job then writes these lines as they are, so its
 * output equals the CLI's line for line, with no conversion through Spark's rows.
 */
final class ExtractDocumentJson implements UDF2<String, String, String> {
    private static final long serialVersionUID = 1L;
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final ExtractDocument document;

    /** @param document the row function whose settings, counters and test hooks this one shares */
    ExtractDocumentJson(ExtractDocument document) {
        this.document = document;
    }

    @Override
    public String call(String id, String text) {
        return call(id, text, null);
    }

    /** As {@link #call(String, String)}, with the problem of an input that is no text, or null. */
    String call(String id, String text, String problem) {
        ExtractDocument.Outcome out = document.counted(id, text, problem);
        return out.error() == null ? out.extraction().toJsonLine() : errorRecord(id, out.error());
    }

    /**
     * The contract's error record for a document, on one line: the CLI's own
     * ({@link BatchResult#toJsonLine()}), or, for a row without id, the same record with
     * {@code "id": null}.
     */
    static String errorRecord(String id, String error) {
        if (id != null) {
            return BatchResult.failure(id, error).toJsonLine();
        }
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("schema", Extraction.JSON_SCHEMA);
            g.writeStringField("id", id);
            g.writeStringField("error", error);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
