package org.newsextract.tools.cli;

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
import java.util.Set;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.newsextract.BatchResult;
import org.newsextract.NewsExtractor;
import org.newsextract.pipeline.OrderedParallel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code extract}: documents in, one record per document out, in input order, streamed with
 * bounded memory. Outputs: {@code json}, {@code jsonl}, {@code csv} (tables in a directory) and
 * {@code html} (one page, or a page per document in a directory). A document that cannot be read
 * or processed gives an error record (and a line on standard error), the others go on, and the
 * exit code is 1. Progress goes to standard error (a bar on a terminal, plain lines otherwise);
 * {@code --resume} continues an interrupted JSON Lines run.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extract people, places, organizations and quotes from documents.",
                "Inputs: text files (UTF-8), directories (their .txt files), JSON Lines files (.jsonl, one "
                        + "{\"id\": ..., \"text\": ...} per line), or '-' / nothing for standard input."},
        footer = {"", "Examples:",
                "  extract --format jsonl -o out.jsonl archive/",
                "  extract --format jsonl -o out.jsonl --resume archive/   # after an interrupt",
                "  extract --format csv --mentions -o tables/ batch.jsonl",
                "  extract --format html -o pages/ archive/      # pages + index.html",
                "  extract --format html -o seed.html seeds/assad-flees-damascus.txt"})
final class ExtractCommand implements Callable<Integer> {
    enum Format { json, jsonl, csv, html }

    /** The choices of {@code --progress}. */
    enum ProgressChoice { auto, bar, lines, none }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files, directories or '-' (default: standard input).")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
            description = "Output: json (one pretty object for one document, an array for several), jsonl "
                    + "(one object per line), csv (documents.csv, entities.csv, quotes.csv [, mentions.csv] in -o DIR) "
                    + "or html (one page; with -o DIR a page per document and index.html). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--jsonl", description = "Read every input (standard input too) as JSON Lines.")
    boolean jsonl;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Write here instead of standard output: a file (json, jsonl, html ending in .html) "
                    + "or a directory (csv; html otherwise).")
    Path output;


    @Option(names = "--resume", description = "With --format jsonl -o FILE: skip inputs whose id is already in FILE "
            + "and append the others (an incomplete last line is removed first).")
    boolean resume;

    @Option(names = "--mentions", description = "With --format csv: also write mentions.csv, one row per mention.")
    boolean mentions;

    @Option(names = "--min-confidence", paramLabel = "C", defaultValue = "0",
            description = "Keep only reported speech with a confidence of at least C, from 0 to 1 (default: "
                    + "${DEFAULT-VALUE}, all); quotations are not affected.")
    double minConfidence;

    @Option(names = {"-q", "--quiet"}, description = "No progress display (errors are still reported).")
    boolean quiet;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "Progress on standard error: auto (a bar on a terminal, else a line every --progress-every "
                    + "seconds on runs that last that long), bar, lines, none. Default: ${DEFAULT-VALUE}.")
    ProgressChoice progressChoice;

    @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "30",
            description = "Seconds between progress lines (default: ${DEFAULT-VALUE}).")
    double progressEvery;

    @Override
    public Integer call() throws IOException {
        int n = common.threads(spec);
        if (progressEvery < 0) {
            throw usage("--progress-every must not be negative");
        }
        if (resume && (format != Format.jsonl || output == null)) {
            throw usage("--resume needs --format jsonl and -o FILE (it skips the ids already in FILE)");
        }
        if (format == Format.csv && output == null) {
            throw usage("--format csv writes several tables: give -o DIR");
        }
        if (mentions && format != Format.csv) {
            throw usage("--mentions applies to --format csv only");
        }
        if (output != null && Files.isDirectory(output) && (format == Format.json || format == Format.jsonl)) {
            throw usage("-o " + output + " is a directory; --format " + format + " writes one file");
        }
        PrintWriter err = spec.commandLine().getErr();
        Set<String> done = Set.of();
        Resume.State state = null;
        if (resume) {
            state = Resume.read(output);
            done = state.ids();
            if (state.droppedPartialLine() && !quiet) {
                err.println("newsextract: " + output + ": removed an incomplete last record (interrupted run)");
            }
        }
        Set<String> skip = done;
        Progress progress = progress(err, skip);
        NewsExtractor.Builder builder = common.builder(n);
        try {
            builder.minReportedConfidence(minConfidence);
        } catch (IllegalArgumentException e) {
            throw usage("--min-confidence: " + e.getMessage()); // the builder's check, the one place it is made
        }
        NewsExtractor extractor = builder.build();
        int failures = 0;
        try (Sink sink = openSink();
             Stream<Inputs.Input> docs = Inputs.of(inputs, jsonl, System.in).filter(in -> !skip.contains(in.id()));
             Stream<BatchResult> results = OrderedParallel.map(docs, n, (input, i) -> process(extractor, input))) {
            for (BatchResult r : (Iterable<BatchResult>) results::iterator) {
                if (!r.isSuccess()) {
                    failures++;
                    progress.message("newsextract: " + r.error().orElseThrow());
                }
                sink.write(r);
                progress.advance();
            }
        }
        progress.finish(failures);
        long earlierErrors = 0;
        if (state != null && state.records() > 0) {
            earlierErrors = state.errors();
            if (!quiet) {
                err.println("newsextract: resume: skipped the inputs of the " + state.records() + " record(s) already in "
                        + output + (earlierErrors == 0 ? "" : ", " + earlierErrors + " of them error records "
                        + "(remove their lines to retry those documents)"));
            }
        }
        err.flush();
        return failures == 0 && earlierErrors == 0 ? 0 : Main.FAILURE;
    }

    private picocli.CommandLine.ParameterException usage(String message) {
        return new picocli.CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Builds the progress display; counts the inputs first (cheaply: no extraction) for the ETA. */
    private Progress progress(PrintWriter err, Set<String> skip) {
        Progress.Mode mode;
        boolean explicit = progressChoice != ProgressChoice.auto;
        if (quiet || progressChoice == ProgressChoice.none) {
            mode = Progress.Mode.NONE;
        } else if (progressChoice == ProgressChoice.bar
                || (progressChoice == ProgressChoice.auto && Main.realStderr && Progress.stderrIsTerminal())) {
            mode = Progress.Mode.BAR;
        } else {
            mode = Progress.Mode.LINES;
        }
        long total = -1;
        if (mode != Progress.Mode.NONE && !inputs.isEmpty() && !inputs.contains("-")) {
            total = Math.max(0, Inputs.count(inputs, jsonl) - skip.size());
        }
        return new Progress(err, mode, explicit, total, (long) (progressEvery * 1e9), System::nanoTime);
    }

    /** Where records go. */
    interface Sink extends java.io.Closeable {
        void write(BatchResult r) throws IOException;
    }

    private Sink openSink() throws IOException {
        switch (format) {
            case csv:
                return new CsvOutput(output, mentions);
            case html:
                return HtmlOutput.isDirectory(output) ? new HtmlOutput.Directory(output)
                        : new HtmlOutput.Page(openOutput(false));
            default: {
                Writer out = openOutput(resume);
                RecordWriter writer = new RecordWriter(out, format);
                return new Sink() {
                    @Override
                    public void write(BatchResult r) {
                        writer.write(r);
                    }

                    @Override
                    public void close() throws IOException {
                        try {
                            writer.finish();
                        } finally {
                            out.close();
                        }
                    }
                };
            }
        }
    }

    private static BatchResult process(NewsExtractor extractor, Inputs.Input input) {
        try {
            return BatchResult.success(input.id(), extractor.extract(input.id(), input.text()));
        } catch (RuntimeException | StackOverflowError e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            return BatchResult.failure(input.id(), message);
        } catch (OutOfMemoryError e) {
            // One document too large for the heap: its allocations are garbage now; the others go on.
            return BatchResult.failure(input.id(), "document '" + input.id() + "': out of memory while processing it "
                    + "(run with a larger heap, e.g. NEWSEXTRACT_JAVA_OPTS=-Xmx4g)");
        }
    }

    private Writer openOutput(boolean append) throws IOException {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            return new BufferedWriter(out) {
                @Override
                public void close() throws IOException {
                    flush(); // never close standard output
                }
            };
        }
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        return append ? utf8(output, StandardOpenOption.CREATE, StandardOpenOption.APPEND) : utf8(output);
    }

    /**
     * Opens a UTF-8 file writer that writes U+FFFD for an unpaired surrogate (a broken character
     * that UTF-8 cannot hold; JSON output escapes it instead) rather than failing the whole run.
     */
    static Writer utf8(Path file, java.nio.file.OpenOption... options) throws IOException {
        java.nio.charset.CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)
                .replaceWith(new byte[]{(byte) 0xEF, (byte) 0xBF, (byte) 0xBD});
        return new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(file, options), encoder));
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
                    // the whole line at once: a failure or a kill never leaves half a record behind it
                    out.write(r.toJsonLine() + '\n');
                    out.flush();
                } else if (count == 0) {
                    first = r;
                } else {
                    if (count == 1) {
                        out.write("[\n");
                        out.write(first.toJson());
                        first = null;
                    }
                    out.write(",\n");
                    out.write(r.toJson());
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
                    out.write(first.toJson());
                    out.write('\n');
                } else {
                    out.write("\n]\n");
                }
            }
            out.flush();
        }
    }
}
