package org.newsextract.tools.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsextract.quotes.FoundReported;
import org.newsextract.quotes.QuoteExtractor;
import org.newsextract.quotes.ReportedModel;
import org.newsextract.tools.eval.PolnearQuotes;

/** The trainer on hand-made examples: reproducible folds and weights, learned cues, suppression. */
class ReportedSpeechTrainerTest {

    /** Ten documents whose candidates at "said" are right and at "show" wrong, with made-up word counts. */
    private static List<ReportedSpeechTrainer.Prepared> documents() {
        List<ReportedSpeechTrainer.Prepared> docs = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            FoundReported r = new FoundReported(0, 4, "text", Optional.empty(), Optional.empty());
            List<ReportedSpeechTrainer.Example> examples = List.of(
                    new ReportedSpeechTrainer.Example(r, "rule", List.of("cue=said", "listed=true"), "said", true,
                            true, 0, 1.0),
                    new ReportedSpeechTrainer.Example(r, "rule", List.of("cue=show", "listed=false"), "show", false,
                            false, 1, 0.0));
            Map<String, int[]> counts = new HashMap<>();
            counts.put("show", new int[]{2, 1});   // half of its occurrences are cues: learned
            counts.put("the", new int[]{50, 1});   // rarely a cue: not learned
            docs.add(new ReportedSpeechTrainer.Prepared(
                    new PolnearQuotes.ReportedDocument("d" + d, "text", List.of()), examples, counts));
        }
        return docs;
    }

    @Test
    void foldsArePartitionAndFixed() {
        int[] a = ReportedSpeechTrainer.folds(23, 5);
        assertArrayEquals(a, ReportedSpeechTrainer.folds(23, 5));
        int[] sizes = new int[5];
        for (int f : a) {
            sizes[f]++;
        }
        for (int s : sizes) {
            assertTrue(s == 4 || s == 5);
        }
    }

    @Test
    void trainingIsReproducibleAndLearnsWhichCuesReport() {
        ReportedModel m = ReportedSpeechTrainer.train(documents(), 0.5, 0.2, ReportedModel.NO_SUPPRESSION, false, 1e-5);
        assertEquals(m.lines(), ReportedSpeechTrainer.train(documents(), 0.5, 0.2, ReportedModel.NO_SUPPRESSION,
                false, 1e-5).lines());
        assertTrue(m.isCue("show"));
        assertTrue(!m.isCue("the"));
        assertTrue(m.probability(List.of("cue=said", "listed=true")) > 0.5);
        assertTrue(m.probability(List.of("cue=show", "listed=false")) < 0.5);
        ReportedModel reread = ReportedModel.parse(m.lines());
        assertEquals(m.lines(), reread.lines());
    }

    @Test
    void aMalformedModelLineIsNamedWithItsNumberAndProblem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportedModel.parse(List.of("bias\t0.5", "w\tcue=said")));
        assertEquals("reported-speech model, non-comment line 2 'w\tcue=said': missing a column", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ReportedModel.parse(List.of("weight\tx\t1")));
        assertTrue(e.getMessage().endsWith("unknown record 'weight'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ReportedModel.parse(List.of("bias\tlow")));
        assertTrue(e.getMessage().startsWith("reported-speech model, non-comment line 1 'bias\tlow': "), e.getMessage());
    }

    @Test
    void aCalibratedModelTurnsKeepProbabilitiesIntoConfidencesAndKeepsItInItsFile() {
        ReportedModel plain = ReportedModel.parse(List.of("threshold\t0.05", "bias\t0"));
        assertEquals(0.8, plain.confidence(0.8), 1e-12, "no calibration line: the keep probability itself");
        ReportedModel calibrated = plain.withCalibration(0.5, 0.4);
        double expected = 1 / (1 + Math.exp(-(0.5 * Math.log(0.8 / 0.2) + 0.4)));
        assertEquals(expected, calibrated.confidence(0.8), 1e-12);
        assertTrue(calibrated.confidence(1.0) < 1 && calibrated.confidence(0.0) > 0, "finite at the ends");
        ReportedModel reread = ReportedModel.parse(calibrated.lines());
        assertEquals(calibrated.lines(), reread.lines());
        assertEquals(expected, reread.confidence(0.8), 1e-5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportedModel.parse(List.of("calibration\t0.5")));
        assertTrue(e.getMessage().endsWith("missing a column"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> plain.withCalibration(Double.NaN, 0));
    }

    @Test
    void plattScalingRecoversHowOftenEachProbabilityIsRight() {
        // outcomes drawn so that a prediction of keep probability p is right with probability
        // sigmoid(0.5 * logit(p) + 0.4): an over-confident model, as the keep model is
        java.util.Random random = new java.util.Random(7);
        List<double[]> outcomes = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double p = 0.02 + 0.96 * random.nextDouble();
            double right = ReportedModel.sigmoid(0.5 * ReportedModel.logit(p) + 0.4);
            outcomes.add(new double[]{p, random.nextDouble() < right ? 1 : 0});
        }
        double[] fit = ReportedSpeechTrainer.platt(outcomes);
        assertEquals(0.5, fit[0], 0.05);
        assertEquals(0.4, fit[1], 0.05);
        assertArrayEquals(new double[]{1, 0}, ReportedSpeechTrainer.platt(List.of()), 0);
    }

    @Test
    void emptyModelKeepsEverything() {
        ReportedModel empty = ReportedModel.parse(List.of("threshold\t0.9", "bias\t-5"));
        assertTrue(empty.keep(List.of("anything")));
        assertTrue(!empty.choosesBoundaries());
    }

    @Test
    void suppressionKeepsTheMoreProbableOfTwoOverlappingContents() {
        FoundReported a = new FoundReported(0, 10, "0123456789", Optional.empty(), Optional.empty());
        FoundReported b = new FoundReported(1, 10, "123456789", Optional.empty(), Optional.empty());
        FoundReported c = new FoundReported(20, 30, "x", Optional.empty(), Optional.empty());
        assertEquals(List.of(1, 2), QuoteExtractor.suppress(List.of(a, b, c), List.of(0.4, 0.6, 0.3), 0.5));
        assertEquals(List.of(0, 1, 2), QuoteExtractor.suppress(List.of(a, b, c), List.of(0.4, 0.6, 0.3),
                ReportedModel.NO_SUPPRESSION));
    }

    /**
     * Ten documents with one candidate each and two content boundaries: the one that ends at a
     * comma fits the gold content, the one that runs to the sentence end does not; the cue
     * features are shared by both.
     */
    private static List<ReportedSpeechTrainer.Prepared> boundaryDocuments() {
        List<ReportedSpeechTrainer.Prepared> docs = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            FoundReported shortOne = new FoundReported(0, 4, "text", Optional.empty(), Optional.empty());
            FoundReported longOne = new FoundReported(0, 12, "text text te", Optional.empty(), Optional.empty());
            List<ReportedSpeechTrainer.Example> examples = List.of(
                    new ReportedSpeechTrainer.Example(longOne, "rule", List.of("cue=said", "end=sentence"), "said",
                            true, false, 0, 0.33),
                    new ReportedSpeechTrainer.Example(shortOne, "rule", List.of("cue=said", "end=comma"), "said",
                            true, true, 0, 1.0));
            docs.add(new ReportedSpeechTrainer.Prepared(
                    new PolnearQuotes.ReportedDocument("d" + d, "text", List.of()), examples, Map.of()));
        }
        return docs;
    }

    @Test
    void theRankerLearnsWhichBoundaryFitsAndTheKeepModelDecidesWithIt() {
        ReportedModel m = ReportedSpeechTrainer.train(boundaryDocuments(), 0.5, 0.2, ReportedModel.NO_SUPPRESSION,
                true, 1e-5);
        assertTrue(m.rankScore(List.of("end=comma")) > m.rankScore(List.of("end=sentence")));
        assertEquals(0.0, m.rankScore(List.of("cue=said")), "a feature every boundary shares cannot rank them");
        // the keep model learned from the ranker's choice, which always fits
        assertTrue(m.probability(List.of("cue=said", "end=comma")) > 0.5);
        ReportedModel reread = ReportedModel.parse(m.lines());
        assertEquals(m.lines(), reread.lines());
        assertTrue(m.lines().stream().anyMatch(l -> l.startsWith("r\tend=comma\t")));
    }
}
