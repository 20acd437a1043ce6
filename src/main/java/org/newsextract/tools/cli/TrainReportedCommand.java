package org.newsextract.tools.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.newsextract.pipeline.Engines;
import org.newsextract.pipeline.Pipeline;
import org.newsextract.quotes.ReportedModel;
import org.newsextract.tools.eval.PolnearQuotes;
import org.newsextract.tools.train.ReportedSpeechTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code train-reported --out models/reported-speech-model.tsv}: learns the reported-speech model
 * from PolNeAR train ({@link ReportedSpeechTrainer}): cross-validation over train documents
 * chooses the threshold and prints the out-of-fold scores, then the model learned on all of train
 * is written. Dev is not read. Without the PolNeAR folder it says so and writes nothing (exit 0).
 */
@Command(name = "train-reported", mixinStandardHelpOptions = true,
        description = {"Learn the reported-speech model (learned cues, a boundary ranker and a keep regression) from PolNeAR train; "
                + "prints the out-of-fold train scores of a k-fold cross-validation over documents and writes "
                + "the model learned on all of train. Skips when the PolNeAR folder is absent."})
final class TrainReportedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    PolnearOption polnearOption;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "" + ReportedSpeechTrainer.FOLDS,
            description = "Folds of the cross-validation over train documents (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: write none).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getOut();
        if (!polnearOption.present()) {
            log.println("train-reported: no PolNeAR attributions.jsonl in '" + polnearOption.dir + "'; nothing trained (skipped)");
            log.flush();
            return 0;
        }
        List<PolnearQuotes.ReportedDocument> docs = PolnearQuotes.readReported(polnearOption.dir, "train");
        Pipeline pipeline = Engines.pipeline(common.engineKind());
        List<ReportedSpeechTrainer.Prepared> prepared = ReportedSpeechTrainer.prepare(pipeline, docs, common.threads(spec));
        ReportedSpeechTrainer.CrossValidation cv = ReportedSpeechTrainer.crossValidate(prepared, folds, 0);
        log.printf(Locale.ROOT, "train, %d documents, %d-fold cross-validation over documents (out-of-fold):%n",
                docs.size(), folds);
        cv.table().forEach(l -> log.println("  " + l));
        log.printf(Locale.ROOT, "chosen: l2 %.0e, label %s, cue rate %.2f, threshold %.2f, suppression %.1f; "
                        + "confidence calibration %.5f, %.5f:%n", cv.l2(), cv.withSpeaker() ? "content+speaker" : "content",
                cv.cueRate(), cv.threshold(), cv.suppression(), cv.calibrationScale(), cv.calibrationShift());
        log.print(cv.scorer().report());
        if (out != null) {
            ReportedModel model = ReportedSpeechTrainer.train(prepared, cv.threshold(), cv.cueRate(), cv.suppression(),
                    cv.withSpeaker(), cv.l2()).withCalibration(cv.calibrationScale(), cv.calibrationShift());
            List<String> lines = new ArrayList<>();
            lines.add("# Reported-speech model of newsextract: learned cues, keep (logistic-regression) and boundary-ranking weights.");
            lines.add("# Written by: ./newsextract train-reported --out models/reported-speech-model.tsv");
            lines.add(String.format(Locale.ROOT, "# From PolNeAR train (%d documents), seed %d, threshold chosen by "
                    + "%d-fold cross-validation over train documents; see models/README.md.", docs.size(),
                    ReportedSpeechTrainer.SEED, folds));
            lines.addAll(model.lines());
            Files.write(out, lines, StandardCharsets.UTF_8);
            log.printf(Locale.ROOT, "wrote %s: %d learned cues, threshold %.2f%n", out, model.cues().size(),
                    model.threshold());
        }
        log.flush();
        return 0;
    }
}
