package org.newsextract.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
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

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int offset = t;
                Callable<List<String>> task = () -> {
                    start.await();
                    List<String> got = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        for (int i = 0; i < docs.size(); i++) {
                            // the two threads walk the documents in different orders
                            int k = (i * (offset == 0 ? 1 : docs.size() - 1) + offset) % docs.size();
                            got.add(k + ":" + extractor.extract(docs.get(k)).toJson());
                        }
                    }
                    return got;
                };
                runs.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<String>> run : runs) {
                for (String got : run.get()) {
                    int k = Integer.parseInt(got.substring(0, got.indexOf(':')));
                    assertEquals(expected.get(k), got.substring(got.indexOf(':') + 1), "document " + k);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
