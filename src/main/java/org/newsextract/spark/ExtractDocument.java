package org.newsextract.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.util.LongAccumulator;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;

/**
 * The per-document work, as a Spark SQL function of a document's id and text: its extraction's
 * row, or an error row that names the problem (the other documents go on). Spark calls it once
 * per input row inside the query's generated code and turns the returned row into its internal
 * form with its interpreted converter for {@link ExtractionRows#OUTPUT}. (A typed
 * {@code mapPartitions} with a row encoder instead generates a serializer for the nested schema
 * whose main method, about 20 KB of bytecode, is compiled twice in a cold job, on the driver and
 * in the first task, and is too long for the JIT to ever compile.)
 */
final class ExtractDocument implements UDF2<String, String, Row> {
    private static final long serialVersionUID = 1L;
    /** Test hook only: the rows seen by each task attempt of the failing partition. */
    private static final ConcurrentMap<Long, AtomicLong> ROWS_BY_ATTEMPT = new ConcurrentHashMap<>();

    private final Settings settings;
    private final LongAccumulator documents;
    private final LongAccumulator errors;

    /** @param documents counts the rows made, or null @param errors counts the error rows, or null */
    ExtractDocument(Settings settings, LongAccumulator documents, LongAccumulator errors) {
        this.settings = settings;
        this.documents = documents;
        this.errors = errors;
    }

    /**
     * One document's result: its extraction, or the problem, naming the document.
     *
     * @param extraction what was found, or null when the document failed
     * @param error      the problem, or null on success
     */
    record Outcome(Extraction extraction, String error) {
    }

    @Override
    public Row call(String id, String text) {
        return call(id, text, null);
    }

    /**
     * As {@link #call(String, String)}, for an input that may not be text: with a {@code problem}
     * (the job's reading of a file that is not UTF-8) the row is an error row with that message.
     */
    Row call(String id, String text, String problem) {
        Outcome out = counted(id, text, problem);
        return out.error() == null ? ExtractionRows.success(out.extraction()) : ExtractionRows.failure(id, out.error());
    }

    /**
     * One row's {@link #outcome}, with the test hooks applied and the row counted: the work both
     * this function and {@link ExtractDocumentJson} do.
     */
    Outcome counted(String id, String text, String problem) {
        if (settings.failPartition() >= 0) {
            failIfInjected();
        }
        Outcome out = problem != null ? new Outcome(null, problem)
                : outcome(settings, ExecutorExtractors.get(settings.extractorKey()), id, text);
        if (documents != null) {
            documents.add(1);
        }
        if (errors != null && out.error() != null) {
            errors.add(1);
        }
        return out;
    }

    /** Test hook: the first attempt of the failing partition throws on its second row. */
    private void failIfInjected() {
        TaskContext task = TaskContext.get();
        if (task == null || task.partitionId() != settings.failPartition() || task.attemptNumber() != 0) {
            return;
        }
        long attempt = task.taskAttemptId();
        AtomicLong seen = ROWS_BY_ATTEMPT.computeIfAbsent(attempt, a -> {
            task.addTaskCompletionListener((TaskContext t) -> ROWS_BY_ATTEMPT.remove(a));
            return new AtomicLong();
        });
        if (seen.incrementAndGet() == 2) {
            throw new IllegalStateException("injected failure: first attempt of partition " + settings.failPartition()
                    + " (test hook)");
        }
    }

    /**
     * Returns one document's outcome: its extraction, or the problem when its text is null, too
     * long, or the engine threw (the other documents go on).
     */
    static Outcome outcome(Settings settings, NewsExtractor extractor, String id, String text) {
        String name = id == null ? "document without id" : "document '" + id + "'";
        if (text == null) {
            return new Outcome(null, name + ": text is null");
        }
        if (text.length() > settings.maxChars()) {
            return new Outcome(null, name + ": text has " + text.length() + " characters, more than the limit of "
                    + settings.maxChars());
        }
        try {
            if (id != null && id.equals(settings.failDocument())) {
                throw new IllegalStateException("injected failure for document '" + id + "' (test hook)");
            }
            return new Outcome(extractor.extract(id, text), null);
        } catch (RuntimeException | StackOverflowError e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            return new Outcome(null, id != null && message.contains(id) ? message : name + ": " + message);
        }
    }
}
