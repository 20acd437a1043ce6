package org.newsextract.tools.cli;

import org.newsextract.Engine;
import org.newsextract.NewsExtractor;
import org.newsextract.pipeline.EngineKind;
import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
    @Option(names = "--engine", paramLabel = "NAME", defaultValue = "corenlp",
            converter = EngineConverter.class,
            description = "NLP engine: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = EngineNames.class)
    Engine engine;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors).")
    Integer threads;

    @Option(names = "--no-quotes", description = "Skip quotations and reported speech (entities only).")
    boolean noQuotes;
    @Option(names = "--opennlp-model", paramLabel = "FILE",
            description = "With --engine opennlp: a name finder model written by 'train-opennlp' instead of the shipped one.")
    java.nio.file.Path openNlpModel;

    @Option(names = {"-v", "--verbose"}, description = "Show the engines' loading messages on standard error.")
    boolean verbose;

    /**
     * Returns the number of worker threads asked for, all processors by default.
     *
     * @throws picocli.CommandLine.ParameterException (exit 2) if fewer than one was asked for
     */
    int threads(picocli.CommandLine.Model.CommandSpec spec) {
        if (threads == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be at least 1, got " + threads);
        }
        return threads;
    }

    /** Returns the chosen engine as the internal packages name it. */
    EngineKind engineKind() {
        return EngineKind.named(engine.name());
    }

    NewsExtractor extractor(int threads) {
        return builder(threads).build();
    }

    /** Returns a builder with these options set, for a command that adds options of its own. */
    NewsExtractor.Builder builder(int threads) {
        return NewsExtractor.builder().engine(engine).threads(threads).quotes(!noQuotes).reportedSpeech(!noQuotes)
                .openNlpModel(openNlpModel);
    }

    static final class EngineNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Engine.values()).map(e -> e.name().toLowerCase(java.util.Locale.ROOT))
                    .iterator();
        }
    }

    static final class EngineConverter implements picocli.CommandLine.ITypeConverter<Engine> {
        @Override
        public Engine convert(String value) {
            try {
                return Engine.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("unknown engine '" + value + "' (known: "
                        + String.join(", ", new EngineNames()) + ")");
            }
        }
    }
}
