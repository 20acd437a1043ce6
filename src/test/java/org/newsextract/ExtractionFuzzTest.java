package org.newsextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the public API with arbitrary text. Invariants: {@link NewsExtractor#extract(String, String)}
 * throws nothing for a non-null text; every token, sentence, mention, quote, speaker and cue lies
 * inside the text and {@code text.substring(start, end)} is its text; the work is bounded per
 * character (a generous wall-clock bound that only an accidental quadratic path breaks); and
 * the JSON is the same whether the document is extracted alone or in a batch on several threads.
 *
 * <p>{@code mvn test} runs the saved inputs (Jazzer's regression mode) and {@link #randomTexts()};
 * {@code mvn verify} fuzzes for the {@code maxDuration} below (the {@code fuzz-extraction} execution).
 */
class ExtractionFuzzTest {
    private static final NewsExtractor ONE = NewsExtractor.builder().threads(1).build();
    private static final NewsExtractor MANY = NewsExtractor.builder().threads(3).build();

    static {
        ONE.extract("Angela Merkel visited Paris."); // load the models before anything is timed
    }

    /** Pieces that arbitrary bytes seldom make: broken UTF-16, combining marks, marks CoreNLP is slow on. */
    private static final String[] ODD = {"\ud800", "\udc00", "\u0301", "\u200b", "\u2028", "\u202e", "\"", "''",
        "&", "~", ";", "\u2014", "\u201c", "\u201d", "<", ">", "\r", "\n\n", "\t", "\u0000", "\ufeff", "Mr.", "said"};

    @FuzzTest(maxDuration = "20s")
    void extract(FuzzedDataProvider data) {
        StringBuilder b = new StringBuilder();
        int parts = data.consumeInt(0, 8);
        for (int i = 0; i < parts && data.remainingBytes() > 0; i++) {
            b.append(data.consumeString(64));
            b.append(ODD[data.consumeInt(0, ODD.length - 1)].repeat(data.consumeInt(1, data.consumeBoolean() ? 400 : 3)));
        }
        b.append(data.consumeRemainingAsString());
        check(b.toString());
    }

    static void check(String text) {
        long started = System.nanoTime();
        Extraction x = ONE.extract("fuzz", text);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertTrue(seconds < 10 + text.length() / 1_000, "bounded time: " + seconds + " s for " + text.length() + " chars");
        assertEquals(text, x.text());
        for (Token t : x.tokens()) {
            inside(text, t.start(), t.end(), t.text(), "token");
        }
        for (Sentence s : x.sentences()) {
            assertTrue(0 <= s.start() && s.start() < s.end() && s.end() <= text.length(), "sentence " + s);
        }
        for (Entity e : x.entities()) {
            for (Mention m : e.mentions()) {
                inside(text, m.start(), m.end(), m.text(), "mention");
            }
        }
        for (Quote q : x.quotes()) {
            inside(text, q.start(), q.end(), q.text(), "quote");
            q.speaker().ifPresent(s -> inside(text, s.mention().start(), s.mention().end(), s.mention().text(), "speaker"));
            q.cue().ifPresent(c -> inside(text, c.start(), c.end(), c.text(), "cue"));
        }
        String json = x.toJson();
        List<BatchResult> batch;
        try (Stream<BatchResult> s = MANY.extractAll(Stream.of(new Document("fuzz", text), new Document("fuzz", text),
                new Document("fuzz", text)))) {
            batch = s.toList();
        }
        for (BatchResult r : batch) {
            assertEquals(json, r.extraction().orElseThrow().toJson(), "the same JSON alone and in a batch on 3 threads");
        }
    }

    private static void inside(String text, int start, int end, String span, String what) {
        assertTrue(0 <= start && start <= end && end <= text.length(), what + " [" + start + ", " + end + ") outside");
        assertEquals(text.substring(start, end), span, what + " text");
    }

    /** The fallback that always runs: random texts from news words and odd pieces, fixed seed. */
    @Test
    void randomTexts() {
        String[] words = {"Angela", "Merkel", "Bashar", "al-Assad", "Damascus", "Reuters", "the", "United", "Nations",
            "said", "\"We", "will", "win,\"", "he", "told", ".", ",", "Jose\u0301", "María", "O'Neill", "U.S.", "Mr."};
        Random random = new Random(14);
        for (int run = 0; run < 60; run++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                b.append(random.nextInt(6) == 0 ? ODD[random.nextInt(ODD.length)].repeat(1 + random.nextInt(random.nextInt(8) == 0 ? 300 : 3))
                        : words[random.nextInt(words.length)]);
                b.append(random.nextInt(5) == 0 ? "" : " ");
            }
            check(b.toString());
        }
    }
}
