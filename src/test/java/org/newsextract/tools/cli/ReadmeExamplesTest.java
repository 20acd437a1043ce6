package org.newsextract.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The README's examples name inputs that exist: every {@code seeds/...} path it mentions is in
 * the checkout, and the command-line examples over {@code seeds/} and {@code seeds/batch.jsonl}
 * run and give one record per document.
 */
class ReadmeExamplesTest {
    private static final Pattern SEEDS_PATH = Pattern.compile("seeds/[A-Za-z0-9_.-]*");

    @Test
    void everySeedsPathTheReadmeNamesExists() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        Matcher m = SEEDS_PATH.matcher(readme);
        int found = 0;
        while (m.find()) {
            found++;
            if (!Files.exists(Path.of(m.group()))) {
                missing.add(m.group());
            }
        }
        assertTrue(found >= 3, "the README names seeds/ inputs");
        assertEquals(List.of(), missing, "README names inputs that are not in seeds/");
    }

    @Test
    void theBatchExamplesRunOnTheSeeds() throws Exception {
        CliTest.Run lines = CliTest.run("extract", "--format", "jsonl", "seeds/batch.jsonl");
        assertEquals(0, lines.code(), lines.err());
        List<String[]> records = CliTest.records(lines.out());
        assertEquals(2, records.size());
        assertEquals("assad-flees-damascus", records.get(0)[0]);
        assertEquals(null, records.get(0)[1]);
        assertEquals("short-example", records.get(1)[0]);

        CliTest.Run directory = CliTest.run("extract", "--format", "jsonl", "seeds/");
        assertEquals(0, directory.code(), directory.err());
        List<String[]> texts = CliTest.records(directory.out());
        assertEquals(1, texts.size(), "seeds/ holds one .txt file: " + directory.out().length());
        assertEquals(null, texts.get(0)[1]);
    }
}
