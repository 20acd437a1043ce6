package org.newsextract.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsextract.Fixtures;
import org.newsextract.NewsExtractor;

/**
 * One OpenNLP extractor shared by two threads gives each document the same result as one
 * thread does (the engine keeps OpenNLP's stateful objects per thread, and its document
 * memory per call).
 */
class OpenNlpThreadSafetyTest {
    @Test
    void twoThreadsGiveTheSameResultsAsOne() throws Exception {
        String seed = Files.readString(Path.of("seeds/assad-flees-damascus.txt"));
        List<String> docs = new ArrayList<>();
        docs.add(seed);
        for (String paragraph : seed.split("\n")) {
            if (!paragraph.isBlank()) {
                docs.add(paragraph);
            }
        }
        docs.add(OpenNlpEngineTest.TEXT);
        NewsExtractor extractor = OpenNlpEngineTest.OPENNLP;
        List<String> expected = new ArrayList<>();
        for (String d : docs) {
            expected.add(extractor.extract(d).toJson());
        }
        assertFalse(expected.get(0).contains("\"people\" : [ ]"), "the seed has people");

        List<List<String>> runs = Fixtures.concurrently(2, thread -> {
            List<String> got = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < docs.size(); i++) {
                    // the two threads walk the documents in different orders
                    int k = (i * (thread == 0 ? 1 : docs.size() - 1) + thread) % docs.size();
                    got.add(k + ":" + extractor.extract(docs.get(k)).toJson());
                }
            }
            return got;
        });
        for (List<String> run : runs) {
            for (String got : run) {
                int k = Integer.parseInt(got.substring(0, got.indexOf(':')));
                assertEquals(expected.get(k), got.substring(got.indexOf(':') + 1), "document " + k);
            }
        }
    }
}
