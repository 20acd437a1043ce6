package org.newsextract.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.newsextract.NewsExtractor;

/**
 * The extractors of this JVM (an executor, or the driver in local mode): created on first use by
 * the first task that needs one and shared by every later task, so the models load once per
 * executor. An extractor is thread-safe, so concurrent tasks of one executor share it; it is
 * never serialized or broadcast.
 */
final class ExecutorExtractors {
    private static final ConcurrentMap<Settings.ExtractorKey, NewsExtractor> EXTRACTORS = new ConcurrentHashMap<>();

    private ExecutorExtractors() {
    }

    /** Returns this JVM's extractor for {@code key}, building it (models included) the first time. */
    static NewsExtractor get(Settings.ExtractorKey key) {
        return EXTRACTORS.computeIfAbsent(key, k -> NewsExtractor.builder()
                .engine(k.engine())
                .quotes(k.quotes())
                .reportedSpeech(k.reported())
                // Tasks call extract() one document at a time; Spark's task slots are the threads.
                .threads(1)
                .loadEagerly(true)
                .build());
    }
}
