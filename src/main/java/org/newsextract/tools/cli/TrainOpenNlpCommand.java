package org.newsextract.tools.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import opennlp.tools.namefind.TokenNameFinderModel;
import org.newsextract.tools.eval.ConllDocument;
import org.newsextract.tools.train.OpenNlpTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code train-opennlp --conll FILE --out MODEL}: trains the OpenNLP engine's name finder on
 * gold CoNLL-2003 data. The defaults are the settings of the shipped model, so that
 * {@code train-opennlp --conll ../shared/data/conll2003/eng.train --out models/opennlp-ner-en.bin}
 * rebuilds it (see {@code models/README.md}).
 */
@Command(name = "train-opennlp", mixinStandardHelpOptions = true,
        description = {"Train the OpenNLP engine's name finder on a gold CoNLL-2003 file (tag in the last column, "
                + "IOB1 or IOB2). The defaults rebuild the shipped model. Evaluate the result with "
                + "'eval --conll DEV --engine opennlp --opennlp-model MODEL'."})
final class TrainOpenNlpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--conll", required = true, paramLabel = "FILE",
            description = "Training data, e.g. ../shared/data/conll2003/eng.train")
    String input;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
    Path out;

    @Option(names = "--types", split = ",", paramLabel = "TYPE", defaultValue = "PER,LOC,ORG,MISC",
            description = "Entity types to learn; others become O (default: ${DEFAULT-VALUE}; the pipeline "
                    + "drops MISC at output).")
    List<String> types;

    @Option(names = "--algorithm", defaultValue = "MAXENT", paramLabel = "NAME",
            description = "MAXENT (GIS), MAXENT_QN (L-BFGS) or PERCEPTRON (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--iterations", defaultValue = "150", paramLabel = "N", description = "Default: ${DEFAULT-VALUE}.")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "3", paramLabel = "N",
            description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Trainer threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--encoding", defaultValue = "bio", paramLabel = "bio|bilou",
            description = "Outcome coding (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--features", paramLabel = "XML",
            description = "OpenNLP feature generator descriptor (default: the built-in one of the shipped model).")
    Path features;

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getErr();
        Set<String> typeSet = new LinkedHashSet<>();
        for (String t : types) {
            typeSet.add(t.strip().toUpperCase(Locale.ROOT));
        }
        if (!encoding.equalsIgnoreCase("bio") && !encoding.equalsIgnoreCase("bilou")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--encoding must be bio or bilou");
        }
        byte[] descriptor;
        try {
            descriptor = features == null ? OpenNlpTrainer.Options.defaultFeatures() : Files.readAllBytes(features);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException(features + ": no such file");
        }
        OpenNlpTrainer.Options options;
        try {
            options = new OpenNlpTrainer.Options(typeSet, algorithm.toUpperCase(Locale.ROOT), iterations, cutoff,
                    threads, encoding.equalsIgnoreCase("bilou"), descriptor);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<ConllDocument> docs = TagCommand.read(spec, input);
        long started = System.nanoTime();
        TokenNameFinderModel model = new OpenNlpTrainer(options).train(docs);
        double seconds = (System.nanoTime() - started) / 1e9;
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                OpenNlpTrainer.write(model, os);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "trained %s on %s (%d documents, types %s, %s, %d iterations, cutoff %d, %s): "
                        + "%.1f s, %.1f MB%n", out, input, docs.size(), String.join(",", typeSet), options.algorithm(),
                iterations, cutoff, encoding.toLowerCase(Locale.ROOT), seconds, Files.size(out) / 1e6);
        stdout.flush();
        log.flush();
        return 0;
    }
}
