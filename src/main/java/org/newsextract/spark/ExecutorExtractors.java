package org.newsextract.spark;

import java.util.Set;
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
    private static final Set<Settings.ExtractorKey> LOADING = ConcurrentHashMap.newKeySet();

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

    /**
     * Starts building this JVM's extractor for {@code key} on a daemon thread, once; a task that
     * needs it meanwhile waits for it. If the build fails, the first task builds it again and
     * fails with the cause.
     */
    static void loadInBackground(Settings.ExtractorKey key) {
        if (EXTRACTORS.containsKey(key) || !LOADING.add(key)) {
            return;
        }
        Thread load = new Thread(() -> {
            try {
                get(key);
            } catch (RuntimeException e) {
                // reported by the first task, which tries again
            }
        }, "newsextract-model-load");
        load.setDaemon(true);
        load.start();
    }
}
