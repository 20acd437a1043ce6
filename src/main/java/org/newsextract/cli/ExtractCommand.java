package org.newsextract.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.newsextract.BatchResult;
import org.newsextract.NewsExtractor;
import org.newsextract.json.ExtractionJson;
import org.newsextract.pipeline.OrderedParallel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code extract}: documents in, one JSON record per document out, in input order. A document
 * that cannot be read or processed gives an error record (and a line on standard error), the
 * others go on, and the exit code is 1.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract people, places, organizations and quotes from documents.",
                "Inputs: text files (UTF-8), directories (their .txt files), JSON Lines files (.jsonl, one "
                        + "{\"id\": ..., \"text\": ...} per line), or '-' / nothing for standard input."})
final class ExtractCommand implements Callable<Integer> {
    enum Format { json, jsonl }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files, directories or '-' (default: standard input).")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-f", "--format"}, defaultValue = "json",
            description = "Output: json (one pretty object for one document, an array for several) or jsonl "
                    + "(one object per line). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--jsonl", description = "Read every input (standard input too) as JSON Lines.")
    boolean jsonl;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        NewsExtractor extractor = common.extractor(n);
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        try (Writer out = openOutput();
             Stream<Inputs.Input> docs = Inputs.of(inputs, jsonl, System.in);
             Stream<BatchResult> results = OrderedParallel.map(docs, n, (input, i) -> process(extractor, input))) {
            RecordWriter writer = new RecordWriter(out, format);
            for (BatchResult r : (Iterable<BatchResult>) results::iterator) {
                if (!r.isSuccess()) {
                    failures++;
                    err.println("newsextract: " + r.error().orElseThrow());
                    err.flush();
                }
                writer.write(r);
            }
            writer.finish();
        }
        return failures == 0 ? 0 : Main.FAILURE;
    }

    private static BatchResult process(NewsExtractor extractor, Inputs.Input input) {
        try {
            return BatchResult.success(input.id(), extractor.extract(input.id(), input.text()));
        } catch (RuntimeException | StackOverflowError e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            return BatchResult.failure(input.id(), message);
        }
    }

    private Writer openOutput() throws IOException {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            return new BufferedWriter(out) {
                @Override
                public void close() throws IOException {
                    flush(); // never close standard output
                }
            };
        }
        return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }

    /** Writes records as one object, an array, or lines; json decides on the array at the second record. */
    static final class RecordWriter {
        private final Writer out;
        private final Format format;
        private BatchResult first;
        private int count;

        RecordWriter(Writer out, Format format) {
            this.out = out;
            this.format = format;
        }

        void write(BatchResult r) {
            try {
                if (format == Format.jsonl) {
                    ExtractionJson.write(r, out, false);
                    out.write('\n');
                    out.flush();
                } else if (count == 0) {
                    first = r;
                } else {
                    if (count == 1) {
                        out.write("[\n");
                        ExtractionJson.write(first, out, true);
                        first = null;
                    }
                    out.write(",\n");
                    ExtractionJson.write(r, out, true);
                }
                count++;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write output", e);
            }
        }

        void finish() throws IOException {
            if (format == Format.json) {
                if (count == 0) {
                    out.write("[]\n");
                } else if (count == 1) {
                    ExtractionJson.write(first, out, true);
                    out.write('\n');
                } else {
                    out.write("\n]\n");
                }
            }
            out.flush();
        }
    }
}
