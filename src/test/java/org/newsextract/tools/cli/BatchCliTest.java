package org.newsextract.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsextract.BatchResult;
import org.newsextract.Entity;
import org.newsextract.EntityType;
import org.newsextract.Extraction;
import org.newsextract.Fixtures;
import org.newsextract.Mention;
import org.newsextract.Quote;
import org.newsextract.QuoteKind;
import org.newsextract.ReportedSpeech;
import org.newsextract.Speaker;
import org.newsextract.TextSpan;
import org.newsextract.html.MiniDom;

/** The batch side of {@code extract}: CSV and HTML outputs, resume, progress, option checks. */
class BatchCliTest {
    @TempDir
    Path dir;

    static final List<String> TEXTS = List.of(
            "Angela Merkel visited Paris on Monday.",
            "Rebels entered Damascus, and Bashar al-Assad fled to Russia.",
            "Vladimir Putin met Emmanuel Macron in Moscow.",
            "The United Nations said aid would reach Aleppo.",
            "Joe Biden spoke in Washington about NATO.",
            "Reuters reported that Hama fell to Hayat Tahrir al-Sham.");

    /** A JSON Lines batch of the first n texts, ids "doc-1" ... */
    private Path batch(String name, int n) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("{\"id\": \"doc-").append(i + 1).append("\", \"text\": \"").append(TEXTS.get(i)).append("\"}\n");
        }
        Path p = dir.resolve(name);
        Files.writeString(p, b.toString(), StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> ids(Path jsonl) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String[] r : CliTest.records(Files.readString(jsonl))) {
            ids.add(r[0]);
        }
        return ids;
    }

    @Test
    void resumeSkipsWhatIsDoneDropsAHalfWrittenRecordAndAppendsTheRestInOrder() throws Exception {
        Path out = dir.resolve("out.jsonl");
        // An interrupted run: the first three records written, the fourth cut off mid-line.
        CliTest.Run first = CliTest.run("extract", "--format", "jsonl", "-o", out.toString(), batch("part.jsonl", 3).toString());
        assertEquals(0, first.code(), first.err());
        assertEquals(List.of("doc-1", "doc-2", "doc-3"), ids(out));
        String firstThree = Files.readString(out);
        Files.writeString(out, firstThree + "{\"schema\" : \"newsextract/1\", \"id\" : \"doc-4\", \"peo", StandardCharsets.UTF_8);

        Path all = batch("all.jsonl", 6);
        CliTest.Run resumed = CliTest.run("extract", "--format", "jsonl", "-o", out.toString(), "--resume", all.toString());
        assertEquals(0, resumed.code(), resumed.err());
        assertEquals(List.of("doc-1", "doc-2", "doc-3", "doc-4", "doc-5", "doc-6"), ids(out),
                "one record per input, in input order, none twice");
        assertTrue(Files.readString(out).startsWith(firstThree), "the records already written are kept as they were");
        assertTrue(resumed.err().contains("removed an incomplete last record"), resumed.err());
        assertTrue(resumed.err().contains("skipped the inputs of the 3 record(s)"), resumed.err());

        String complete = Files.readString(out);
        CliTest.Run again = CliTest.run("extract", "--format", "jsonl", "-o", out.toString(), "--resume", "-q", all.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(complete, Files.readString(out), "nothing left to do: the file is unchanged");
        assertEquals("", again.err());

        // The resumed records are the same as a run in one go.
        Path oneGo = dir.resolve("one-go.jsonl");
        CliTest.run("extract", "--format", "jsonl", "-o", oneGo.toString(), all.toString());
        assertEquals(Files.readString(oneGo), complete);
    }

    @Test
    void resumeRefusesAFileThatIsNotNewsextractOutput() throws Exception {
        Path out = dir.resolve("notes.jsonl");
        Files.writeString(out, "{\"id\": \"doc-1\"}\nthis is not JSON\n");
        CliTest.Run r = CliTest.run("extract", "--format", "jsonl", "-o", out.toString(), "--resume",
                batch("b.jsonl", 2).toString());
        assertEquals(Main.FAILURE, r.code());
        assertTrue(r.err().contains(out + ":2: not a newsextract record"), r.err());
        assertEquals("{\"id\": \"doc-1\"}\nthis is not JSON\n", Files.readString(out), "left untouched");
    }

    @Test
    void optionsThatDoNotFitAreUsageErrors() throws Exception {
        String in = batch("b.jsonl", 1).toString();
        for (String[] args : List.of(
                new String[]{"extract", "--resume", in},
                new String[]{"extract", "--format", "csv", "-o", dir.resolve("x.jsonl").toString(), "--resume", in},
                new String[]{"extract", "--format", "csv", in},
                new String[]{"extract", "--mentions", in},
                new String[]{"extract", "--format", "jsonl", "-o", dir.toString(), in},
                new String[]{"extract", "--progress", "sometimes", in})) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(Main.USAGE, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }

    @Test
    void csvWritesOneRowPerDocumentEntityAndMentionWithTheDocumentIdOnEveryRow() throws Exception {
        Path in = batch("b.jsonl", 3);
        Files.writeString(in, Files.readString(in) + "{\"id\": \"broken, \\\"quoted\\\"\"}\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("tables");
        CliTest.Run r = CliTest.run("extract", "--format", "csv", "--mentions", "-o", out.toString(), in.toString());
        assertEquals(Main.FAILURE, r.code(), "one input had no text");
        List<List<String>> docs = Csv.read(out.resolve("documents.csv"));
        assertEquals(CsvOutput.DOCUMENTS, docs.get(0));
        assertEquals(List.of("doc-1", "doc-2", "doc-3", "broken, \"quoted\""), docs.stream().skip(1).map(row -> row.get(0)).toList());
        assertEquals("error", docs.get(4).get(1));
        assertTrue(docs.get(4).get(2).contains("no 'text' field"), docs.get(4).toString());

        List<List<String>> entities = Csv.read(out.resolve("entities.csv"));
        List<List<String>> mentions = Csv.read(out.resolve("mentions.csv"));
        assertEquals(CsvOutput.ENTITIES, entities.get(0));
        assertEquals(CsvOutput.MENTIONS, mentions.get(0));
        List<List<String>> expectedEntities = new ArrayList<>();
        List<List<String>> expectedMentions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Extraction x = Fixtures.extractor().extract("doc-" + (i + 1), TEXTS.get(i));
            assertEquals(String.valueOf(x.people().size()), docs.get(i + 1).get(4));
            for (Entity e : x.entities()) {
                expectedEntities.add(List.of(x.id().orElseThrow(), e.id(), e.name()));
                for (Mention m : e.mentions()) {
                    expectedMentions.add(List.of(x.id().orElseThrow(), e.id(), String.valueOf(m.start()),
                            String.valueOf(m.end()), m.text()));
                }
            }
        }
        assertFalse(expectedEntities.isEmpty());
        assertEquals(expectedEntities, entities.stream().skip(1).map(row -> List.of(row.get(0), row.get(1), row.get(3))).toList());
        assertEquals(expectedMentions, mentions.stream().skip(1)
                .map(row -> List.of(row.get(0), row.get(1), row.get(3), row.get(4), row.get(5))).toList());
        assertEquals(List.of(CsvOutput.QUOTES), Csv.read(out.resolve("quotes.csv")), "no quotes in these texts: header only");
    }

    @Test
    void csvQuotesFieldsAndOffsetsAreCodePoints() throws Exception {
        String text = "😀 Merkel said “Yes, \"we\" can,\nreally.”";
        int q = text.indexOf('“');
        Quote quote = new Quote(q, text.length(), text.substring(q), QuoteKind.DIRECT,
                Optional.of(new Speaker(new TextSpan(3, 9, "Merkel"), Optional.of("p1"), "Angela, \"the\" Merkel")),
                Optional.of(new TextSpan(10, 14, "said")));
        Entity merkel = new Entity("p1", EntityType.PERSON, "Angela, \"the\" Merkel", List.of("Angela, \"the\" Merkel", "Merkel"),
                List.of(new Mention(3, 9, "Merkel", 0.9)), null);
        Extraction x = new Extraction("d,1", text, List.of(), List.of(), List.of(merkel), List.of(quote));
        Path out = dir.resolve("csv");
        try (CsvOutput csv = new CsvOutput(out, true)) {
            csv.write(BatchResult.success("d,1", x));
        }
        String raw = Files.readString(out.resolve("quotes.csv"));
        assertTrue(raw.contains("\"d,1\",0,DIRECT,"), raw);
        assertTrue(raw.contains("\"“Yes, \"\"we\"\" can,\nreally.”\"\r\n"), raw);
        List<List<String>> rows = Csv.read(out.resolve("quotes.csv"));
        assertEquals(2, rows.size());
        List<String> row = rows.get(1);
        int[] cps = text.codePoints().toArray();
        int start = Integer.parseInt(row.get(3));
        int end = Integer.parseInt(row.get(4));
        assertEquals(quote.text(), new String(cps, start, end - start), "code point offsets, as in the JSON");
        assertEquals("Angela, \"the\" Merkel", row.get(5));
        assertEquals("p1", row.get(6));
        assertEquals(List.of("2", "8"), List.of(row.get(7), row.get(8)), "the emoji counts as one");
        assertEquals(List.of("said", "9", "13"), List.of(row.get(9), row.get(10), row.get(11)));
        assertEquals(quote.text(), row.get(12));
    }

    @Test
    void csvReportedSpeechHasItsOwnTableWithConfidence() throws Exception {
        String text = "😀 Officials said the talks, \"sadly\", failed.";
        int s = text.indexOf("the talks");
        int e = text.indexOf(" failed") + " failed".length();
        ReportedSpeech speech = new ReportedSpeech(s, e, text.substring(s, e),
                Optional.of(new Speaker(new TextSpan(3, 12, "Officials"), Optional.empty(), "Officials")),
                Optional.of(new TextSpan(13, 17, "said")), 0.8125);
        Extraction x = new Extraction("d2", text, List.of(), List.of(), List.of(), List.of(), List.of(speech));
        Extraction without = new Extraction("d3", "No speech here.", List.of(), List.of(), List.of(), List.of());
        Path out = dir.resolve("csv-reported");
        try (CsvOutput csv = new CsvOutput(out, false)) {
            csv.write(BatchResult.success("d2", x));
            csv.write(BatchResult.success("d3", without));
        }
        List<List<String>> rows = Csv.read(out.resolve("reported.csv"));
        assertEquals(CsvOutput.REPORTED, rows.get(0));
        assertEquals(2, rows.size(), "one row: the document without reported speech adds none");
        List<String> row = rows.get(1);
        int[] cps = text.codePoints().toArray();
        int start = Integer.parseInt(row.get(2));
        int end = Integer.parseInt(row.get(3));
        assertEquals(speech.text(), new String(cps, start, end - start), "code point offsets, as in the JSON");
        assertEquals(List.of("d2", "0", "Officials", "", "2", "11", "said", "12", "16", "0.813"),
                List.of(row.get(0), row.get(1), row.get(4), row.get(5), row.get(6), row.get(7), row.get(8), row.get(9),
                        row.get(10), row.get(11)));
        assertEquals(speech.text(), row.get(12));
        List<List<String>> docs = Csv.read(out.resolve("documents.csv"));
        assertEquals(List.of("1", ""), List.of(docs.get(1).get(8), docs.get(2).get(8)),
                "reported count; empty when reported speech did not run");
    }

    @Test
    void htmlWritesAPagePerDocumentAndAnIndexOrOnePage() throws Exception {
        Path in = batch("b.jsonl", 2);
        Files.writeString(in, Files.readString(in) + "{\"id\": \"../evil/<x>\", \"text\": \"Hama fell.\"}\n"
                + "{\"id\": \"bad\", \"text\": 5}\n", StandardCharsets.UTF_8);
        Path pages = dir.resolve("pages");
        CliTest.Run r = CliTest.run("extract", "--format", "html", "-o", pages.toString(), in.toString());
        assertEquals(Main.FAILURE, r.code());
        assertTrue(Files.exists(pages.resolve("doc-1.html")) && Files.exists(pages.resolve("doc-2.html")));
        assertTrue(Files.exists(pages.resolve(".._evil__x_.html")) || Files.exists(pages.resolve("doc.._evil__x_.html")),
                "an id never escapes the directory: " + Files.list(pages).toList());
        assertFalse(Files.exists(dir.resolve("evil")));
        MiniDom.Element index = MiniDom.parse(Files.readString(pages.resolve("index.html")));
        List<MiniDom.Element> items = index.findAll(e -> e.attr("data-doc") != null);
        assertEquals(List.of("doc-1", "doc-2", "../evil/<x>", "bad"), items.stream().map(e -> e.attr("data-doc")).toList());
        assertTrue(items.get(3).text().contains("error:"), items.get(3).text());
        MiniDom.Element page = MiniDom.parse(Files.readString(pages.resolve("doc-1.html")));
        assertEquals("doc-1", page.first(e -> e.hasClass("newsextract")).attr("data-doc"));

        CliTest.Run one = CliTest.run("extract", "--format", "html", batch("two.jsonl", 2).toString());
        assertEquals(0, one.code(), one.err());
        MiniDom.Element both = MiniDom.parse(one.out());
        assertEquals(List.of("doc-1", "doc-2"), both.findAll(e -> e.hasClass("newsextract")).stream()
                .map(e -> e.attr("data-doc")).toList(), "one page, a section per document, in order");
        Path file = dir.resolve("view.html");
        assertEquals(0, CliTest.run("extract", "--format", "html", "-o", file.toString(), "seeds/assad-flees-damascus.txt").code());
        assertTrue(Files.readString(file).contains("data-entity=\"p1\""));
    }

    @Test
    void progressLinesCountDocumentsAndQuietSilencesThem() throws Exception {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs);
        for (int i = 0; i < 3; i++) {
            Files.writeString(docs.resolve("d" + i + ".txt"), TEXTS.get(i));
        }
        Path out = dir.resolve("o.jsonl");
        CliTest.Run r = CliTest.run("extract", "--format", "jsonl", "-o", out.toString(), "--threads", "2",
                "--progress", "lines", "--progress-every", "0", docs.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(4, lines.size(), r.err());
        assertTrue(lines.get(0).matches("newsextract: 1/3 documents \\(33%\\), [0-9.]+ docs/s, ETA .+"), lines.get(0));
        assertTrue(lines.get(2).matches("newsextract: 3/3 documents \\(100%\\), [0-9.]+ docs/s"), lines.get(2));
        assertTrue(lines.get(3).matches("newsextract: done: 3 documents in \\d+s \\([0-9.]+ docs/s\\)"), lines.get(3));

        CliTest.Run quiet = CliTest.run("extract", "--format", "jsonl", "-o", out.toString(), "-q", "--progress", "lines",
                "--progress-every", "0", docs.toString(), "missing.txt");
        assertEquals(Main.FAILURE, quiet.code());
        assertEquals(1, quiet.err().lines().count(), "only the error: " + quiet.err());
    }

    @Test
    void theBarRedrawsOneLineWithRateAndEta() {
        long[] now = {0};
        StringWriter sw = new StringWriter();
        Progress p = new Progress(new java.io.PrintWriter(sw, true), Progress.Mode.BAR, false, 4, 0, () -> now[0]);
        now[0] = 1_000_000_000L;
        p.advance();
        p.message("newsextract: doc-2: broken");
        now[0] = 2_000_000_000L;
        p.advance();
        p.finish(1);
        String s = sw.toString();
        assertTrue(s.contains("\r[#######---------------------] 1/4 documents (25%), 1.0 docs/s, ETA 3s\u001b[K"), s);
        assertTrue(s.contains("\r\u001b[Knewsextract: doc-2: broken\n"), "the error clears the bar first: " + s);
        assertTrue(s.endsWith("\nnewsextract: done: 2 documents in 2s (1.0 docs/s), 1 failed\n"), s);
        assertEquals("3m05s", Progress.duration(185));
        assertEquals("2h07m", Progress.duration(2 * 3600 + 7 * 60 + 10));
    }

    /** A strict RFC 4180 reader for the tests. */
    static final class Csv {
        static List<List<String>> read(Path file) throws Exception {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '"' && f.length() == 0) {
                    int j = i + 1;
                    while (true) {
                        int k = s.indexOf('"', j);
                        if (k + 1 < s.length() && s.charAt(k + 1) == '"') {
                            f.append(s, j, k + 1);
                            j = k + 2;
                        } else {
                            f.append(s, j, k);
                            i = k + 1;
                            break;
                        }
                    }
                    continue;
                }
                if (c == ',') {
                    row.add(f.toString());
                    f.setLength(0);
                } else if (c == '\r' && s.startsWith("\r\n", i)) {
                    row.add(f.toString());
                    f.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    assertFalse(c == '\n' || c == '"', "bare line feed or quote outside a quoted field at " + i + " in " + file);
                    f.append(c);
                }
                i++;
            }
            assertTrue(row.isEmpty() && f.length() == 0, "the last row ends with CRLF");
            return rows;
        }
    }
}
