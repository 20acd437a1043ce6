package org.newsextract.tools.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsextract.Document;
import org.newsextract.NewsExtractor;

/**
 * The reported-speech level reached on PolNeAR dev and train (docs/QUOTES.md), asserted a little
 * below the measured figures so that a regression fails. Reads {@code ../shared/data/polnear}
 * (or the folder in system property {@code newsextract.shared}); skips when it is absent.
 */
class PolnearReportedEvalTest {

    private static PolnearQuotes.ReportedScorer score(String split) throws IOException {
        Path shared = Path.of(System.getProperty("newsextract.shared", "../shared"));
        Path polnear = shared.resolve("data/polnear");
        Assumptions.assumeTrue(Files.isRegularFile(polnear.resolve("attributions.jsonl")),
                "PolNeAR not found at " + polnear.toAbsolutePath() + " (../shared is absent): evaluation skipped");
        List<PolnearQuotes.ReportedDocument> docs = PolnearQuotes.readReported(polnear, split);
        NewsExtractor extractor = NewsExtractor.create();
        var results = extractor.extractAll(docs.stream().map(d -> new Document(d.id(), d.text())).toList());
        PolnearQuotes.ReportedScorer scorer = new PolnearQuotes.ReportedScorer(0);
        for (int i = 0; i < docs.size(); i++) {
            var reported = results.get(i).extraction().orElseThrow().reported();
            scorer.add(docs.get(i), reported.stream().map(PolnearQuotes.Predicted::of).toList(), null,
                    reported.stream().map(org.newsextract.ReportedSpeech::confidence).toList());
        }
        return scorer;
    }

    @Test
    void devLevel() throws IOException {
        PolnearQuotes.ReportedScorer s = score("dev");
        String report = s.report();
        assertTrue(s.f1() >= 0.585, report);         // measured 0.591 (session 12's model; 0.594 session 9's)
        assertTrue(s.overlapF1() >= 0.73, report);   // measured 0.744
        assertTrue(s.speakerAccuracy() >= 0.87, report); // measured 0.880
        assertTrue(s.cueAccuracy() >= 0.91, report);  // measured 0.914
        // the confidences, calibrated on train's held-out folds, hold on dev: measured 0.023
        assertTrue(s.expectedCalibrationError() <= 0.06, report);
    }

    /**
     * Train with the shipped model, which learned from train: an in-sample regression check only.
     * The honest train figure is out-of-fold ({@code eval-quotes --split train --folds 5}: 0.558 /
     * 0.708 / 0.862, docs/QUOTES.md, session 12), too slow for a unit test.
     */
    @Test
    void trainLevelInSample() throws IOException {
        PolnearQuotes.ReportedScorer s = score("train");
        String report = s.report();
        assertTrue(s.f1() >= 0.608, report);          // measured 0.621 (in-sample)
        assertTrue(s.overlapF1() >= 0.725, report);   // measured 0.738 (in-sample)
        assertTrue(s.speakerAccuracy() >= 0.88, report); // measured 0.898 (in-sample)
    }
}
