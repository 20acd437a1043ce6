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
 * The level reached on PolNeAR dev (docs/QUOTES.md), asserted so that a regression fails. Reads
 * {@code ../shared/data/polnear} (or the folder in system property {@code newsextract.shared});
 * skips when it is absent, as in a user's fresh clone.
 */
class PolnearQuotesEvalTest {
    /*
     * The floors: dev as measured in session 6 (docs/QUOTES.md: detection F1 0.961, pronoun
     * sources 0.943) and, for speaker accuracy, branch s8-dq (0.924) minus about half a point.
     */
    /** Detection F1, Jaccard >= 0.5, every dev document. */
    static final double DETECTION_F1_FLOOR = 0.955;
    /** Speaker accuracy over the matched quotations. */
    static final double SPEAKER_FLOOR = 0.919;
    /** Speaker accuracy where the gold Source is a pronoun. */
    static final double PRONOUN_SPEAKER_FLOOR = 0.935;

    @Test
    void devLevel() throws IOException {
        Path shared = Path.of(System.getProperty("newsextract.shared", "../shared"));
        Path polnear = shared.resolve("data/polnear");
        Assumptions.assumeTrue(Files.isRegularFile(polnear.resolve("attributions.jsonl")),
                "PolNeAR not found at " + polnear.toAbsolutePath() + " (../shared is absent): evaluation skipped");
        List<PolnearQuotes.GoldDocument> docs = PolnearQuotes.read(polnear, "dev");
        NewsExtractor extractor = NewsExtractor.create();
        PolnearQuotes.Scorer all = new PolnearQuotes.Scorer(0);
        PolnearQuotes.Scorer seen = new PolnearQuotes.Scorer(0);
        List<Document> inputs = docs.stream().map(d -> new Document(d.id(), d.text())).toList();
        var results = extractor.extractAll(inputs);
        for (int i = 0; i < docs.size(); i++) {
            var quotes = results.get(i).extraction().orElseThrow().quotes().stream().map(PolnearQuotes.Predicted::of).toList();
            all.add(docs.get(i), quotes, null);
            if (!PolnearQuotes.goldMissesMarks(docs.get(i))) {
                seen.add(docs.get(i), quotes, null);
            }
        }
        String report = all.report() + "without unseen '' documents:\n" + seen.report();
        assertTrue(all.f1() >= DETECTION_F1_FLOOR, report);
        assertTrue(seen.f1() >= DETECTION_F1_FLOOR, report);
        assertTrue(all.speakerAccuracy() >= SPEAKER_FLOOR, report);
        assertTrue(all.pronounSpeakerAccuracy() >= PRONOUN_SPEAKER_FLOOR, report);
    }
}
