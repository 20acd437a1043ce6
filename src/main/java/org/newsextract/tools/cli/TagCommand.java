package org.newsextract.tools.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsextract.NewsExtractor;
import org.newsextract.pipeline.OrderedParallel;
import org.newsextract.tools.eval.ConllDocument;
import org.newsextract.tools.eval.ConllTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tag --conll INPUT [OUTPUT]}: tags pre-tokenized CoNLL text with the full pipeline, per
 * {@code ../shared/contracts/conll-tagging.md}.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Tag pre-tokenized CoNLL-2003 column text with the full pipeline: every line unchanged "
                + "plus one IOB2 column (PER, LOC, ORG). '-DOCSTART-' lines separate documents."})
final class TagCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--conll", required = true, description = "Input and output are CoNLL column format (required).")
    boolean conll;

    @Parameters(index = "0", paramLabel = "INPUT", description = "CoNLL file, or '-' for standard input.")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", arity = "0..1", description = "Output file (default: standard output).")
    Path output;


    @Override
    public Integer call() throws IOException {
        List<ConllDocument> docs = read(spec, input);
        int n = common.threads(spec);
        ConllTagger tagger = new ConllTagger(common.extractor(n));
        try (Writer out = output == null ? new BufferedWriter(spec.commandLine().getOut()) {
                    @Override
                    public void close() throws IOException {
                        flush(); // never close standard output
                    }
                } : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (List<String> lines : (Iterable<List<String>>) OrderedParallel.map(docs.stream(), n,
                    (doc, i) -> tagger.tagLines(doc))::iterator) {
                for (String line : lines) {
                    out.write(line);
                    out.write('\n');
                }
            }
        }
        return 0;
    }

    /** Reads a CoNLL file or standard input. @throws IllegalStateException naming the input on failure */
    static List<ConllDocument> read(CommandSpec spec, String input) throws IOException {
        try (BufferedReader in = input.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
            return ConllDocument.readAll(in);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException(input + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalStateException(input + ": not valid UTF-8");
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(input + ": " + e.getMessage());
        }
    }

}
