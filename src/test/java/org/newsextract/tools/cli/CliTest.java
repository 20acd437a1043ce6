package org.newsextract.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool, run in-process: outputs, exit codes and one-line errors. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** Returns the top-level "id" and "error" of each JSON Lines record. */
    static List<String[]> records(String jsonl) throws Exception {
        List<String[]> out = new java.util.ArrayList<>();
        for (String line : jsonl.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String id = null;
            String error = null;
            try (JsonParser p = new JsonFactory().createParser(line)) {
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    p.nextToken();
                    if (f.equals("id")) {
                        id = p.getText();
                    } else if (f.equals("error")) {
                        error = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
            }
            out.add(new String[]{id, error});
        }
        return out;
    }

    @Test
    void extractsTheSeedQuietly() {
        Run r = run("extract", "seeds/assad-flees-damascus.txt");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "quiet by default: nothing on standard error");
        assertTrue(r.out().contains("\"id\" : \"assad-flees-damascus\""), r.out());
        assertTrue(r.out().contains("\"name\" : \"Hayat Tahrir al-Sham\""), r.out());
    }

    @Test
    void usageErrorsExitWith2AndOneLine() {
        Run r = run("extract", "--format", "xml", "seeds/assad-flees-damascus.txt");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("newsextract: usage error:"), r.err());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("tag", "missing-conll-flag.txt").code());
        assertEquals(2, run().code());
        for (String[] command : new String[][]{{"extract"}, {"tag", "--conll"}, {"eval", "--conll"}}) {
            List<String> args = new java.util.ArrayList<>(List.of(command));
            args.addAll(List.of("--threads", "0", "seeds/assad-flees-damascus.txt"));
            Run zero = run(args.toArray(new String[0]));
            assertEquals(2, zero.code(), args + ": " + zero.err());
            assertTrue(zero.err().contains("--threads must be at least 1"), zero.err());
        }
    }

    @Test
    void minConfidenceFiltersReportedSpeechAndNoQuotesLeavesEntitiesOnly() {
        Run all = run("extract", "--format", "jsonl", "seeds/assad-flees-damascus.txt");
        Run high = run("extract", "--format", "jsonl", "--min-confidence", "0.99", "seeds/assad-flees-damascus.txt");
        assertEquals(0, high.code(), high.err());
        assertTrue(all.out().contains("\"reported\":[{"), all.out());
        assertTrue(high.out().contains("\"reported\":[]"), "nothing in the seed is that sure: " + high.out());
        Run bad = run("extract", "--min-confidence", "2", "seeds/assad-flees-damascus.txt");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--min-confidence: minReportedConfidence must be between 0 and 1, got 2.0"), bad.err());
        Run entities = run("extract", "--format", "jsonl", "--no-quotes", "seeds/assad-flees-damascus.txt");
        assertTrue(entities.out().contains("\"quotes\":[]") && !entities.out().contains("\"reported\""), entities.out());
    }

    @Test
    void aMissingFileIsAnErrorRecordExit1AndOneLineNamingIt() throws Exception {
        Run r = run("extract", "--format", "jsonl", "no-such-file.txt", "seeds/assad-flees-damascus.txt");
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no-such-file.txt: no such file or directory"), r.err());
        List<String[]> records = records(r.out());
        assertEquals(2, records.size());
        assertEquals("no-such-file", records.get(0)[0]);
        assertTrue(records.get(0)[1].contains("no such file"));
        assertEquals("assad-flees-damascus", records.get(1)[0]);
        assertEquals(null, records.get(1)[1]);
    }

    @Test
    void aJsonLinesBatchWithBrokenRecordsGivesOneRecordPerInputInOrder() throws Exception {
        Path input = dir.resolve("batch.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\": \"a\", \"text\": \"Angela Merkel visited Paris.\"}",
                "{\"id\": \"b\", \"text\": ",
                "{\"id\": 7, \"text\": \"\"}",
                "{\"id\": \"d\", \"text\": 42}",
                "[1, 2]",
                "",
                "{\"text\": \"Rebels entered Damascus.\"}",
                "{\"id\": \"g\", \"text\": \"Hama fell. Vladimir Putin said nothing.\"}") + "\n", StandardCharsets.UTF_8);
        Path output = dir.resolve("out.jsonl");
        Run r = run("extract", "--format", "jsonl", "--threads", "2", "-o", output.toString(), input.toString());
        assertEquals(1, r.code(), "some records failed");
        List<String[]> records = records(Files.readString(output));
        assertEquals(List.of("a", input + ":2", "7", "d", input + ":5", input + ":7", "g"),
                records.stream().map(x -> x[0]).toList(), "one record per non-blank input line, in order");
        assertEquals(null, records.get(0)[1]);
        assertTrue(records.get(1)[1].contains("invalid JSON"), records.get(1)[1]);
        assertEquals(null, records.get(2)[1], "an empty text is a valid, empty document");
        assertTrue(records.get(3)[1].contains("'text' must be a string"), records.get(3)[1]);
        assertTrue(records.get(4)[1].contains("not a JSON object"));
        assertEquals(null, records.get(5)[1]);
        assertEquals(null, records.get(6)[1]);
        assertEquals(3, r.err().strip().lines().count(), "one line per failed record: " + r.err());
    }

    @Test
    void binaryAndInvalidUtf8FilesAreErrorsForThatFileOnly() throws Exception {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs);
        Files.write(docs.resolve("a-binary.txt"), new byte[]{'H', 'i', 0, 1, 2, 3});
        Files.write(docs.resolve("b-latin1.txt"), "Caf\u00e9 in Paris".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(docs.resolve("c-good.txt"), "Rebels entered Damascus on Sunday.");
        Files.writeString(docs.resolve("ignored.md"), "not a .txt file");
        Run r = run("extract", "--format", "jsonl", docs.toString());
        assertEquals(1, r.code());
        List<String[]> records = records(r.out());
        assertEquals(List.of("a-binary", "b-latin1", "c-good"), records.stream().map(x -> x[0]).toList());
        assertTrue(records.get(0)[1].contains("looks binary (NUL byte at offset 2)"), records.get(0)[1]);
        assertTrue(records.get(1)[1].contains("not valid UTF-8 (bad byte at offset 3)"), records.get(1)[1]);
        assertEquals(null, records.get(2)[1]);
    }

    @Test
    void jsonFormatIsOneObjectForOneDocumentAndAnArrayForSeveral() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "Rebels entered Damascus.");
        Files.writeString(b, "Troops left Aleppo.");
        assertTrue(run("extract", a.toString()).out().startsWith("{"));
        Run two = run("extract", a.toString(), b.toString());
        assertTrue(two.out().startsWith("[") && two.out().strip().endsWith("]"), two.out());
    }

    @Test
    void tagsConllLinesWithOneMoreColumn() throws Exception {
        Path input = dir.resolve("in.conll");
        Files.writeString(input, "-DOCSTART- -X- O O\n\nAngela NNP I-NP I-PER\nMerkel NNP I-NP I-PER\nvisited VBD I-VP O\n"
                + "Paris NNP I-NP I-LOC\n. . O O\n\nMerkel NNP I-NP I-PER\nleft VBD I-VP O\n. . O O\n");
        Run r = run("tag", "--conll", input.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("-DOCSTART- -X- O O", "", "Angela NNP I-NP I-PER B-PER", "Merkel NNP I-NP I-PER I-PER",
                "visited VBD I-VP O O", "Paris NNP I-NP I-LOC B-LOC", ". . O O O", "", "Merkel NNP I-NP I-PER B-PER",
                "left VBD I-VP O O", ". . O O O"), r.out().lines().toList());
    }
}
