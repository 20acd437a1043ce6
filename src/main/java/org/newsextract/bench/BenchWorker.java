package org.newsextract.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.newsextract.Document;
import org.newsextract.Engine;
import org.newsextract.NewsExtractor;
import org.newsextract.corenlp.CoreNlpTokenizer;
import org.newsextract.corenlp.ReferencePipelines;
import org.newsextract.pipeline.Engines;
import org.newsextract.pipeline.Pipeline;
import org.newsextract.text.TokenizedText;

/**
 * Measures one configuration in this JVM and prints one line of results:
 * {@code config load_s tokens docs tok_s_1 docs_s_1 p50_ms p95_ms tok_s_n threads peak_live_mb peak_heap_mb}.
 *
 * <p>Phases: load (models and lexicons, timed, with the first document), warm-up (the corpus
 * twice and at least 20 s: the CRF's code needs that long to be fully compiled), one thread over
 * the corpus (at least once and 10 s; latency per document), then the same number of documents
 * on all threads. A phase stops early when its
 * time budget runs out (slow reference pipelines), and the rates are over the documents it
 * processed. Tokens are counted with newsextract's tokenizer for every
 * configuration, so rates compare like with like.
 */
public final class BenchWorker {
    /** The configurations the harness knows. */
    public static final List<String> CONFIGS =
            List.of("default", "entities", "opennlp", "crf", "corenlp-ner", "corenlp-quotes");

    private BenchWorker() {
    }

    /** args: config, threads, seconds budget per phase, corpus paths... */
    public static void main(String[] args) throws Exception {
        String config = args[0];
        int threads = Integer.parseInt(args[1]);
        double budget = Double.parseDouble(args[2]);
        List<Path> paths = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            paths.add(Path.of(args[i]));
        }
        List<Document> docs = BenchCorpus.read(paths);
        PeakHeap heap = PeakHeap.start();

        CoreNlpTokenizer counter = new CoreNlpTokenizer();
        long[] tokens = new long[docs.size()];
        List<TokenizedText> tokenized = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            TokenizedText t = counter.tokenize(docs.get(i).text());
            tokens[i] = t.tokenCount();
            if (config.equals("crf")) {
                tokenized.add(t);
            }
        }

        long t0 = System.nanoTime();
        ToIntFunction<Integer> work = load(config, docs, tokenized);
        work.applyAsInt(0); // the first document finishes lazy loading (lexicons)
        double load = (System.nanoTime() - t0) / 1e9;

        runFor(work, docs.size(), 2, 20, budget, null, new int[1]);     // warm-up: JIT-compile the hot paths
        int[] done = new int[1];
        long[] latencies = new long[Math.max(docs.size(), 1) * 64];
        double single = runFor(work, docs.size(), 1, 10, budget, latencies, done);
        long singleTokens = 0;
        for (int i = 0; i < done[0]; i++) {
            singleTokens += tokens[i % docs.size()];
        }
        long[] lat = Arrays.copyOf(latencies, Math.min(done[0], latencies.length));
        Arrays.sort(lat);

        double multi = single;
        long multiTokens = singleTokens;
        if (threads > 1) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicLong next = new AtomicLong();
            int total = done[0];
            long m0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                futures.add(pool.submit(() -> {
                    long k;
                    while ((k = next.getAndIncrement()) < total) {
                        work.applyAsInt((int) (k % docs.size()));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            multi = (System.nanoTime() - m0) / 1e9;
            pool.shutdown();
        }
        System.out.printf(Locale.ROOT, "RESULT %s %.2f %d %d %.0f %.2f %.1f %.1f %.0f %d %.0f %.0f%n", config, load,
                singleTokens, done[0], singleTokens / single, done[0] / single, lat[lat.length / 2] / 1e6,
                lat[Math.min(lat.length - 1, (int) Math.ceil(lat.length * 0.95) - 1)] / 1e6,
                multiTokens / multi, threads,
                heap.peakLiveMb(), heap.peakUsedMb());
    }

    private static ToIntFunction<Integer> load(String config, List<Document> docs, List<TokenizedText> tokenized) {
        switch (config) {
            case "default", "entities" -> {
                NewsExtractor x = NewsExtractor.builder().quotes(config.equals("default")).loadEagerly(true).build();
                return i -> x.extract(docs.get(i).id(), docs.get(i).text()).toJson().length();
            }
            case "opennlp" -> {
                NewsExtractor x = NewsExtractor.builder().engine(Engine.OPENNLP).loadEagerly(true).build();
                return i -> x.extract(docs.get(i).id(), docs.get(i).text()).toJson().length();
            }
            case "crf" -> {
                Pipeline p = Engines.pipeline(Engine.CORENLP);
                return i -> p.tag(tokenized.get(i)).size();
            }
            case "corenlp-ner" -> {
                ToIntFunction<String> f = ReferencePipelines.load(ReferencePipelines.NER);
                return i -> f.applyAsInt(docs.get(i).text());
            }
            case "corenlp-quotes" -> {
                ToIntFunction<String> f = ReferencePipelines.load(ReferencePipelines.QUOTES);
                return i -> f.applyAsInt(docs.get(i).text());
            }
            default -> throw new IllegalArgumentException("unknown configuration '" + config + "', known: " + CONFIGS);
        }
    }

    /**
     * Processes documents in corpus order, cycling, until the corpus was done {@code passes}
     * times and at least {@code minSeconds} passed, or {@code budget} seconds passed (after at
     * least five documents). Records each document's latency while there is room; returns the
     * elapsed seconds.
     */
    private static double runFor(ToIntFunction<Integer> work, int n, int passes, double minSeconds, double budget,
                                 long[] latencies, int[] done) {
        long start = System.nanoTime();
        int i = 0;
        while (true) {
            long s = System.nanoTime();
            work.applyAsInt(i % n);
            if (latencies != null && i < latencies.length) {
                latencies[i] = System.nanoTime() - s;
            }
            i++;
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (i >= n * passes && elapsed >= minSeconds || elapsed > budget && i >= 5 || i >= n * 64) {
                break;
            }
        }
        done[0] = i;
        return (System.nanoTime() - start) / 1e9;
    }

    /** Tracks the heap: the largest live set seen after a collection, and the pools' peak use. */
    static final class PeakHeap {
        private final AtomicLong peakLive = new AtomicLong();

        static PeakHeap start() {
            PeakHeap h = new PeakHeap();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((n, hb) -> {
                    if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        GarbageCollectionNotificationInfo info =
                                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                .mapToLong(MemoryUsage::getUsed).sum();
                        h.peakLive.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
            return h;
        }

        double peakLiveMb() {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return peakLive.get() / 1048576.0;
        }

        double peakUsedMb() {
            long sum = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    sum += pool.getPeakUsage().getUsed();
                }
            }
            return sum / 1048576.0;
        }
    }
}
