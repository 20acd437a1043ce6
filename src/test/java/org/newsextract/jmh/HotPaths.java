package org.newsextract.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.newsextract.nlp.DocumentEntity;
import org.newsextract.nlp.NameSpan;
import org.newsextract.pipeline.EngineKind;
import org.newsextract.pipeline.Engines;
import org.newsextract.pipeline.Pipeline;
import org.newsextract.resolve.EntityResolver;
import org.newsextract.resolve.Lexicon;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.newsextract.text.TokenizedText;

/**
 * JMH micro-benchmarks of the hot paths, each over the seed article (456 tokens): tokenizing,
 * the CRF decode (newsextract's, and CoreNLP's own code on the same model), document-level resolution, quote finding and attribution, JSON writing, and
 * the whole extraction.
 * Run: {@code mvn -q -Pjmh test-compile exec:exec} (see README / docs/PERFORMANCE.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HotPaths {
    private String text;
    private Pipeline pipeline;
    private TokenizedText doc;
    private List<NameSpan> tagged;
    private EntityResolver resolver;
    private List<DocumentEntity> entities;
    private NewsExtractor extractor;
    private Extraction extraction;
    private Pipeline coreNlpCode;

    @Setup
    public void setUp() throws IOException {
        text = Files.readString(Path.of("seeds", "assad-flees-damascus.txt"), StandardCharsets.UTF_8);
        pipeline = Engines.pipeline(EngineKind.CORENLP);
        doc = pipeline.tokenize(text);
        tagged = pipeline.tag(doc);
        resolver = new EntityResolver(Lexicon.get());
        entities = pipeline.entities(doc);
        extractor = NewsExtractor.builder().threads(1).loadEagerly(true).build();
        extraction = extractor.extract("seed", text);
        coreNlpCode = Engines.coreNlpCodePipeline();
    }

    @Benchmark
    public TokenizedText tokenize() {
        return pipeline.tokenize(text);
    }

    @Benchmark
    public List<NameSpan> crfDecode() {
        return pipeline.tag(doc);
    }

    /** The same model decoded by CoreNLP's own feature extraction and inference, for comparison. */
    @Benchmark
    public List<NameSpan> crfDecodeCoreNlpCode() {
        return coreNlpCode.tag(doc);
    }

    @Benchmark
    public Object resolve() {
        return resolver.resolve(doc, tagged);
    }

    @Benchmark
    public Object findQuotes() {
        return pipeline.quotes().extract(doc, entities);
    }

    @Benchmark
    public String writeJson() {
        return extraction.toJsonLine();
    }

    /** The whole extraction as users run it (the extractor shares the models loaded above). */
    @Benchmark
    public Extraction extractWhole() {
        return extractor.extract("seed", text);
    }
}
