package org.newsextract.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.newsextract.NewsExtractor;

/**
 * The per-partition work: each input row (id and text at the given positions) becomes one
 * output row, lazily, so a partition of any size runs in the memory of one document. A document
 * that fails becomes an error row; the partition goes on.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final Settings settings;
    private final int idIndex;
    private final int textIndex;
    private final LongAccumulator documents;
    private final LongAccumulator errors;

    /** @param documents counts the rows made, or null @param errors counts the error rows, or null */
    ExtractPartition(Settings settings, int idIndex, int textIndex, LongAccumulator documents, LongAccumulator errors) {
        this.settings = settings;
        this.idIndex = idIndex;
        this.textIndex = textIndex;
        this.documents = documents;
        this.errors = errors;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        NewsExtractor extractor = ExecutorExtractors.get(settings.extractorKey());
        TaskContext task = TaskContext.get();
        boolean failThisAttempt = settings.failPartition() >= 0 && task != null
                && task.partitionId() == settings.failPartition() && task.attemptNumber() == 0;
        return new Iterator<>() {
            private long produced;

            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public Row next() {
                if (!input.hasNext()) {
                    throw new NoSuchElementException();
                }
                if (failThisAttempt && produced == 1) {
                    throw new IllegalStateException("injected failure: first attempt of partition "
                            + settings.failPartition() + " (test hook)");
                }
                Row in = input.next();
                produced++;
                Row out = extractOne(extractor, in.isNullAt(idIndex) ? null : in.getString(idIndex),
                        in.isNullAt(textIndex) ? null : in.getString(textIndex));
                if (documents != null) {
                    documents.add(1);
                }
                if (errors != null && !out.isNullAt(ExtractionRows.OUTPUT.fieldIndex(ExtractionRows.ERROR))) {
                    errors.add(1);
                }
                return out;
            }
        };
    }

    /** Returns the row for one document: its extraction, or an error row that names the problem. */
    Row extractOne(NewsExtractor extractor, String id, String text) {
        String name = id == null ? "document without id" : "document '" + id + "'";
        if (text == null) {
            return ExtractionRows.failure(id, name + ": text is null");
        }
        if (text.length() > settings.maxChars()) {
            return ExtractionRows.failure(id, name + ": text has " + text.length()
                    + " characters, more than the limit of " + settings.maxChars());
        }
        try {
            if (id != null && id.equals(settings.failDocument())) {
                throw new IllegalStateException("injected failure for document '" + id + "' (test hook)");
            }
            return ExtractionRows.success(extractor.extract(id, text));
        } catch (RuntimeException | StackOverflowError e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            return ExtractionRows.failure(id, id != null && message.contains(id) ? message : name + ": " + message);
        }
    }
}
