package org.newsextract.tools.bench;

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
import org.newsextract.pipeline.EngineKind;
import org.newsextract.pipeline.Engines;
import org.newsextract.pipeline.Pipeline;
import org.newsextract.text.TokenizedText;
import org.newsextract.tools.reference.ReferencePipelines;

/**
 * Measures one configuration in this JVM and prints one line of results:
 * {@code config load_s tokens docs tok_s_1 docs_s_1 p50_ms p95_ms tok_s_n threads peak_live_mb peak_heap_mb
 * scaling scaling_min scaling_max}.
 *
 * <p>Phases: load (models and lexicons, timed, with the first document), warm-up (the corpus
 * twice and at least 20 s: the CRF's code needs that long to be fully compiled), then
 * {@link #ROUNDS} rounds of: one thread over the corpus (at least once and 10/ROUNDS s; latency
 * per document), then the same documents on all threads. The medians of the rounds' rates are
 * reported, and the scaling is the median of the rounds' ratios (all threads over one thread
 * in the same round), with its range: this VM's speed drifts by a factor of two within
 * seconds, and pairing adjacent phases keeps most of that drift out of the ratio. A phase stops early when its time budget runs out (slow reference pipelines), and
 * the rates are over the documents it processed. Tokens are counted with newsextract's
 * tokenizer for every configuration, so rates compare like with like.
 *
 * <p>Configurations: {@code default} (entities, quotes and reported speech, JSON written), {@code entities},
 * {@code opennlp}, {@code crf} (only the name tagger as the pipeline runs it, on pre-tokenized
 * text: CoreNLP's CoNLL model decoded by newsextract), {@code corenlp-crf} (the same model on the
 * same tokens through CoreNLP's own {@code classifySentence}), and CoreNLP's own NER and
 * quote pipelines.
 */
public final class BenchWorker {
    /** The configurations the harness knows. */
    public static final List<String> CONFIGS =
            List.of("default", "entities", "opennlp", "crf", "corenlp-crf", "corenlp-ner", "corenlp-quotes");

    /** Rounds of (one thread, all threads) after warm-up; the medians are reported. */
    static final int ROUNDS = 5;

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
            if (config.equals("crf") || config.equals("corenlp-crf")) {
                tokenized.add(t);
            }
        }

        long t0 = System.nanoTime();
        ToIntFunction<Integer> work = load(config, docs, tokenized);
        work.applyAsInt(0); // the first document finishes lazy loading (lexicons)
        double load = (System.nanoTime() - t0) / 1e9;

        runFor(work, docs.size(), 0, 2, 20, budget, null, 0, new int[1]);     // warm-up: JIT-compile the hot paths
        // Rounds of one thread then all threads, medians reported (see the class comment).
        long[] latencies = new long[Math.max(docs.size(), 1) * 64];
        int recorded = 0;
        double[] singleRates = new double[ROUNDS];
        double[] docRates = new double[ROUNDS];
        double[] multiRates = new double[ROUNDS];
        double[] scalings = new double[ROUNDS];
        long singleTokens = 0;
        int singleDocs = 0;
        int start = 0;
        for (int r = 0; r < ROUNDS; r++) {
            int[] done = new int[1];
            double single = runFor(work, docs.size(), start, 1, 10.0 / ROUNDS, budget / ROUNDS, latencies, recorded,
                    done);
            long tokensDone = tokens(tokens, start, done[0]);
            recorded = Math.min(latencies.length, recorded + done[0]);
            singleRates[r] = tokensDone / single;
            docRates[r] = done[0] / single;
            singleTokens += tokensDone;
            singleDocs += done[0];
            multiRates[r] = threads > 1 ? runParallel(work, docs.size(), start, done[0], threads, tokens)
                    : singleRates[r];
            scalings[r] = multiRates[r] / singleRates[r];
            start = (start + done[0]) % docs.size();
        }
        long[] lat = Arrays.copyOf(latencies, recorded);
        Arrays.sort(lat);
        System.out.printf(Locale.ROOT, "RESULT %s %.2f %d %d %.0f %.2f %.1f %.1f %.0f %d %.0f %.0f %.2f %.2f %.2f%n",
                config, load,
                singleTokens, singleDocs, median(singleRates), median(docRates), lat[lat.length / 2] / 1e6,
                lat[Math.min(lat.length - 1, (int) Math.ceil(lat.length * 0.95) - 1)] / 1e6,
                median(multiRates), threads,
                heap.peakLiveMb(), heap.peakUsedMb(), median(scalings), min(scalings), max(scalings));
    }

    private static ToIntFunction<Integer> load(String config, List<Document> docs, List<TokenizedText> tokenized) {
        switch (config) {
            case "default", "entities" -> {
                boolean attributions = config.equals("default");
                NewsExtractor x = NewsExtractor.builder().quotes(attributions).reportedSpeech(attributions)
                        .loadEagerly(true).build();
                return i -> x.extract(docs.get(i).id(), docs.get(i).text()).toJson().length();
            }
            case "opennlp" -> {
                NewsExtractor x = NewsExtractor.builder().engine(Engine.OPENNLP).loadEagerly(true).build();
                return i -> x.extract(docs.get(i).id(), docs.get(i).text()).toJson().length();
            }
            case "crf" -> {
                Pipeline p = Engines.pipeline(EngineKind.CORENLP);
                return i -> p.tag(tokenized.get(i)).size();
            }
            case "corenlp-crf" -> {
                Pipeline p = Engines.coreNlpCodePipeline();
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

    private static long tokens(long[] tokens, int start, int count) {
        long sum = 0;
        for (int k = 0; k < count; k++) {
            sum += tokens[(start + k) % tokens.length];
        }
        return sum;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Processes {@code count} documents from {@code start} on, cycling, on {@code threads} threads; returns tokens/s. */
    private static double runParallel(ToIntFunction<Integer> work, int n, int start, int count, int threads,
                                      long[] tokens) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicLong next = new AtomicLong();
            long m0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                futures.add(pool.submit(() -> {
                    long k;
                    while ((k = next.getAndIncrement()) < count) {
                        work.applyAsInt((int) ((start + k) % n));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return tokens(tokens, start, count) / ((System.nanoTime() - m0) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Processes documents in corpus order from {@code first}, cycling, until the corpus was done
     * {@code passes} times and at least {@code minSeconds} passed, or {@code budget} seconds
     * passed (after at least five documents). Records each document's latency in
     * {@code latencies} after its first {@code recorded} entries while there is room; returns the
     * elapsed seconds.
     */
    private static double runFor(ToIntFunction<Integer> work, int n, int first, int passes, double minSeconds,
                                 double budget, long[] latencies, int recorded, int[] done) {
        long start = System.nanoTime();
        int i = 0;
        while (true) {
            long s = System.nanoTime();
            work.applyAsInt((first + i) % n);
            if (latencies != null && recorded + i < latencies.length) {
                latencies[recorded + i] = System.nanoTime() - s;
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
