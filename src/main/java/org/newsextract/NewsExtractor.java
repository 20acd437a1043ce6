package org.newsextract;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.newsextract.nlp.ModelException;
import org.newsextract.pipeline.EngineKind;
import org.newsextract.pipeline.Engines;
import org.newsextract.pipeline.OrderedParallel;
import org.newsextract.pipeline.Pipeline;
import org.newsextract.text.TokenizedText;

/**
 * The front door: reads English news text and returns its people, places, organizations and
 * quotes.
 *
 * <pre>{@code
 * NewsExtractor extractor = NewsExtractor.create();
 * Extraction result = extractor.extract("Syrian President Bashar al-Assad fled Damascus.");
 * result.people();   // [p1 PERSON "Bashar al-Assad" (1 mention)]
 * result.toJson();   // the newsextract/1 JSON
 * }</pre>
 *
 * <p><b>Thread safety:</b> an instance is immutable and thread-safe; share one across threads.
 * Its models are loaded once per JVM and shared by every instance (a CoreNLP CRF is about
 * 18 MB on disk, the OpenNLP engine's models a few MB); loading happens on the first extraction, or at {@link Builder#build()} when
 * {@link Builder#loadEagerly(boolean)} is set.
 */
public final class NewsExtractor {
    private final Engine engine;
    private final int threads;
    private final boolean quotes;
    private final boolean reported;
    private final double minReportedConfidence;
    private final Path openNlpModel;
    private volatile Pipeline pipeline;

    private NewsExtractor(Builder builder) {
        this.engine = builder.engine;
        this.threads = builder.threads;
        this.quotes = builder.quotes;
        this.reported = builder.reported;
        this.minReportedConfidence = builder.minReportedConfidence;
        this.openNlpModel = builder.openNlpModel;
        if (builder.eager) {
            pipeline();
        }
    }

    /**
     * Returns an extractor with the default configuration: the CoreNLP engine, quotations and
     * reported speech on, one thread per processor for batches, models loaded on the first
     * extraction.
     *
     * @return the extractor
     */
    public static NewsExtractor create() {
        return builder().build();
    }

    /**
     * Returns a builder for an extractor with options.
     *
     * @return a builder with the defaults of {@link #create()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Extracts from one document that has no id.
     *
     * @param text the document's text
     * @return what was found; an empty extraction for empty or blank text
     * @throws IllegalArgumentException if {@code text} is null
     * @throws ExtractionException      if a model cannot be loaded
     */
    public Extraction extract(String text) {
        return extract(null, text);
    }

    /**
     * Extracts from one document and labels the result with an id.
     *
     * @param id   the document's id (copied into the result and its JSON), may be null
     * @param text the document's text
     * @return what was found; an empty extraction for empty or blank text
     * @throws IllegalArgumentException if {@code text} is null
     * @throws ExtractionException      if a model cannot be loaded or the engine fails on the text
     */
    public Extraction extract(String id, String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null" + (id == null ? "" : " (document '" + id + "')"));
        }
        if (text.isBlank()) {
            return empty(id, text);
        }
        try {
            Pipeline p = pipeline();
            return Extractions.of(id, p.analyze(p.tokenize(text), quotes, reported), minReportedConfidence);
        } catch (ExtractionException | IllegalArgumentException e) {
            throw e;
        } catch (ModelException e) {
            throw extractionException(e);
        } catch (RuntimeException e) {
            throw new ExtractionException("cannot process " + (id == null ? "the document" : "document '" + id + "'")
                    + ": " + e, e);
        }
    }

    /**
     * The extraction of a text without a token: nothing found, and, when reported speech is on,
     * an empty {@code reported} list as for any other text (the JSON then has {@code "reported":
     * []}, so a batch's records agree on whether reported speech ran).
     */
    private Extraction empty(String id, String text) {
        return reported ? new Extraction(id, text, List.of(), List.of(), List.of(), List.of(), List.of())
                : new Extraction(id, text, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Extracts from one {@link Document}: {@code extract(document.id(), document.text())}.
     *
     * @param document the document
     * @return what was found, labelled with the document's id
     * @throws IllegalArgumentException if {@code document} is null
     * @throws ExtractionException      if a model cannot be loaded or the engine fails on the text
     */
    public Extraction extract(Document document) {
        if (document == null) {
            throw new IllegalArgumentException("document must not be null");
        }
        return extract(document.id(), document.text());
    }

    /**
     * Extracts from text that is already cut into sentences and tokens (research corpora such as
     * CoNLL-2003). The result's text is the tokens joined by single spaces, one sentence per
     * line, and its offsets refer to that text.
     *
     * @param id        the document's id, may be null
     * @param sentences the sentences, each a list of tokens without white space
     * @return what was found, with the given tokens and sentences; an empty extraction when there
     *         is no token
     * @throws IllegalArgumentException if a sentence list, a token is null or a token is empty or
     *                                  holds white space
     * @throws ExtractionException      if a model cannot be loaded
     */
    public Extraction extractTokenized(String id, List<List<String>> sentences) {
        if (sentences == null || sentences.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("sentences must not be null");
        }
        TokenizedText doc = Pipeline.fromTokens(sentences);
        if (doc.tokenCount() == 0) {
            return empty(id, doc.text());
        }
        Pipeline p = pipeline();
        try {
            return Extractions.of(id, p.analyze(doc, quotes, reported), minReportedConfidence);
        } catch (ModelException e) {
            throw extractionException(e);
        }
    }

    /**
     * Extracts from many documents on all the threads this extractor was built with
     * ({@link Builder#threads(int)}), returning one result per input in input order. A document
     * that fails yields a failed {@link BatchResult} naming it and the problem; the others go on.
     *
     * @param documents the documents (a null element yields a failed result)
     * @return one result per document, in input order
     * @throws IllegalArgumentException if {@code documents} is null
     * @throws ExtractionException      if the calling thread is interrupted while it waits
     */
    public List<BatchResult> extractAll(List<Document> documents) {
        if (documents == null) {
            throw new IllegalArgumentException("documents must not be null");
        }
        try (Stream<BatchResult> results = extractAll(documents.stream())) {
            return results.toList();
        }
    }

    /**
     * Extracts from a stream of documents lazily, on this extractor's threads, keeping at most a
     * few documents per thread in flight, so that an archive of any size runs in bounded memory.
     * The results come in input order, one per input (a null document yields a failed result).
     * Close the returned stream (or consume it fully) to release the worker threads.
     *
     * @param documents the documents; closing the returned stream closes it
     * @return the results, one per document in input order; its terminal operation throws
     *         {@link ExtractionException} if the thread consuming it is interrupted
     * @throws IllegalArgumentException if {@code documents} is null
     */
    public Stream<BatchResult> extractAll(Stream<Document> documents) {
        if (documents == null) {
            throw new IllegalArgumentException("documents must not be null");
        }
        return OrderedParallel.map(documents, threads, this::safeExtract, ExtractionException::new);
    }

    /**
     * Returns the engine this extractor uses.
     *
     * @return the engine
     */
    public Engine engine() {
        return engine;
    }

    /**
     * Returns the number of threads the batch methods use.
     *
     * @return at least 1
     */
    public int threads() {
        return threads;
    }

    /**
     * Extracts from one document of a batch, turning any failure into a failed result that names
     * the document. Never throws.
     */
    BatchResult safeExtract(Document document, int position) {
        if (document == null) {
            return BatchResult.failure("#" + position, "document #" + position + " is null");
        }
        try {
            return BatchResult.success(document.id(), extract(document.id(), document.text()));
        } catch (RuntimeException | StackOverflowError e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            if (!message.contains(document.id())) {
                message = "document '" + document.id() + "': " + message;
            }
            return BatchResult.failure(document.id(), message);
        }
    }

    Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    try {
                        p = Engines.pipeline(EngineKind.named(engine.name()), openNlpModel);
                    } catch (ModelException e) {
                        throw extractionException(e);
                    }
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /**
     * Returns the public exception for a model that the internal packages could not load: the
     * same message and cause, thrown from where the internal one was.
     */
    private static ExtractionException extractionException(ModelException e) {
        ExtractionException x = new ExtractionException(e.getMessage(), e.getCause());
        x.setStackTrace(e.getStackTrace());
        return x;
    }

    /** Options for a {@link NewsExtractor}. Not thread-safe; build once and share the extractor. */
    public static final class Builder {
        private Engine engine = Engine.CORENLP;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean eager;
        private boolean quotes = true;
        private boolean reported = true;
        private double minReportedConfidence;
        private Path openNlpModel;

        private Builder() {
        }

        /**
         * Whether to find quotations and their speakers (default true). Off, {@link Extraction#quotes()}
         * is empty. Reported speech is a switch of its own ({@link #reportedSpeech}): entities alone
         * take both off (the README's "Speed" section gives both rates).
         *
         * @param findQuotes whether to find quotations
         * @return this builder
         */
        public Builder quotes(boolean findQuotes) {
            this.quotes = findQuotes;
            return this;
        }

        /**
         * Whether to find reported speech, attributions not wholly in quotation marks ("X said
         * the plan would …", "according to X, …"), with their speakers (default true). Off,
         * {@link Extraction#reported()} is empty, {@link Extraction#reportedSpeechExtracted()} is
         * false and the JSON has no {@code reported} array.
         *
         * @param findReported whether to find reported speech
         * @return this builder
         */
        public Builder reportedSpeech(boolean findReported) {
            this.reported = findReported;
            return this;
        }

        /**
         * Keeps only the reported speech whose {@link ReportedSpeech#confidence()} is at least
         * {@code min} (default 0: every one the model keeps). The confidence is calibrated on
         * PolNeAR train's held-out folds: on PolNeAR dev, 0.5 keeps the three in four that match an
         * annotator's content, at a recall of 0.45 (README, "Accuracy"). Quotations are not
         * affected.
         *
         * @param min the least confidence kept, from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if {@code min} is not between 0 and 1
         */
        public Builder minReportedConfidence(double min) {
            if (!(min >= 0 && min <= 1)) {
                throw new IllegalArgumentException("minReportedConfidence must be between 0 and 1, got " + min);
            }
            this.minReportedConfidence = min;
            return this;
        }

        /**
         * Uses another name finder model with the {@link Engine#OPENNLP} engine than the shipped
         * one: a file written by the CLI's {@code train-opennlp} command (default null: the
         * shipped {@code opennlp-ner-en.bin}). Ignored by other engines.
         *
         * @param model the model file, or null for the shipped model
         * @return this builder
         */
        public Builder openNlpModel(Path model) {
            this.openNlpModel = model;
            return this;
        }

        /**
         * Chooses the engine (default {@link Engine#CORENLP}).
         *
         * @param engine the engine
         * @return this builder
         * @throws IllegalArgumentException if {@code engine} is null
         */
        public Builder engine(Engine engine) {
            if (engine == null) {
                throw new IllegalArgumentException("engine must not be null");
            }
            this.engine = engine;
            return this;
        }

        /**
         * Sets how many threads the batch methods use (default: the number of processors).
         *
         * @param threads the number of worker threads
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is less than 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Loads the models in {@link #build()} rather than on the first extraction (default false).
         *
         * @param eager whether {@link #build()} loads the models
         * @return this builder
         */
        public Builder loadEagerly(boolean eager) {
            this.eager = eager;
            return this;
        }

        /**
         * Returns the extractor. The builder can go on to build others.
         *
         * @return an extractor with this builder's options
         * @throws ExtractionException if models are loaded eagerly and cannot be loaded
         */
        public NewsExtractor build() {
            return new NewsExtractor(this);
        }
    }

    @Override
    public String toString() {
        return "NewsExtractor[engine=" + engine + ", threads=" + threads + ", quotes=" + quotes + ", reported=" + reported
                + (minReportedConfidence > 0 ? ", minReportedConfidence=" + minReportedConfidence : "") + "]";
    }
}
