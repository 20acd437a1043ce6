package org.newsextract.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: the batch path under bad archives. Each numbered case of the issue is one test here
 * (or in {@code BadInputTest} for the library side); every broken input gives an error record
 * naming it and the problem, and the inputs around it go on.
 */
class BadArchiveTest {
    @TempDir
    Path dir;

    /** The inputs' ids and errors (null for a readable one), in order. */
    private static List<String[]> read(Stream<Inputs.Input> inputs) {
        List<String[]> out = new ArrayList<>();
        try (inputs) {
            inputs.forEach(in -> {
                try {
                    in.text();
                    out.add(new String[]{in.id(), null});
                } catch (Inputs.InputException e) {
                    out.add(new String[]{in.id(), e.getMessage()});
                }
            });
        }
        return out;
    }

    private static List<String[]> read(Path... paths) {
        List<String> args = new ArrayList<>();
        for (Path p : paths) {
            args.add(p.toString());
        }
        return read(Inputs.of(args, false, InputStream.nullInputStream()));
    }

    private static List<String> ids(List<String[]> records) {
        return records.stream().map(r -> r[0]).toList();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Case 1: a JSON Lines stream is read a record at a time, not drained before the first. */
    @Test
    void case1JsonLinesStreamIsReadLazily() {
        long[] served = {0};
        byte[] line = "{\"id\": \"d\", \"text\": \"Angela Merkel visited Paris.\"}\n".getBytes(StandardCharsets.UTF_8);
        long total = 50L << 20; // 50 MB of records, generated as they are read
        InputStream generated = new InputStream() {
            @Override
            public int read() {
                if (served[0] >= total) {
                    return -1;
                }
                return line[(int) (served[0]++ % line.length)];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len && served[0] < total) {
                    b[off + n++] = line[(int) (served[0]++ % line.length)];
                }
                return n == 0 ? -1 : n;
            }
        };
        try (Stream<Inputs.Input> inputs = Inputs.of(List.of("-"), true, generated)) {
            Iterator<Inputs.Input> it = inputs.iterator();
            assertEquals("Angela Merkel visited Paris.", it.next().text());
            assertTrue(served[0] < (1 << 20), "the first record came after reading " + served[0] + " bytes");
            it.next();
            it.next();
            assertTrue(served[0] < (1 << 20), "three records came after reading " + served[0] + " bytes");
        }
    }

    /**
     * Case 1 with a file: the first record of a JSON Lines file comes while the rest of the file
     * is still being written (a named pipe), so nothing holds the file whole.
     */
    @Test
    void case1AJsonLinesFileGivesItsFirstRecordBeforeItsEnd() throws Exception {
        Path fifo = dir.resolve("pipe.jsonl");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "skipped: no mkfifo here");
        java.util.concurrent.CountDownLatch firstRead = new java.util.concurrent.CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try (java.io.OutputStream out = Files.newOutputStream(fifo)) {
                out.write("{\"id\": \"one\", \"text\": \"Angela Merkel visited Paris.\"}\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                firstRead.await(10, TimeUnit.SECONDS); // the rest only after the first record was read
                out.write("{\"id\": \"two\", \"text\": \"Joe Biden spoke.\"}\n".getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.setDaemon(true);
        writer.start();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(8), () -> {
            try (Stream<Inputs.Input> inputs = Inputs.of(List.of(fifo.toString()), false, InputStream.nullInputStream())) {
                Iterator<Inputs.Input> it = inputs.iterator();
                assertEquals("one", it.next().id(), "the first record, while the file is still open for writing");
                firstRead.countDown();
                assertEquals("two", it.next().id());
                assertFalse(it.hasNext());
            }
        }, "the first record must not wait for the end of the file");
    }

    /** Case 2: one invalid UTF-8 byte is an error record for its line only; resume gets past it. */
    @Test
    void case2InvalidUtf8IsAnErrorForItsLineOnly() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("{\"id\": \"ok-1\", \"text\": \"Angela Merkel visited Paris.\"}\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("{\"id\": \"bad\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
        b.write(0xE9); // Latin-1 é
        b.writeBytes("\"}\n{\"id\": \"ok-2\", \"text\": \"Joe Biden spoke.\"}\n".getBytes(StandardCharsets.UTF_8));
        Path in = write("latin1.jsonl", b.toByteArray());
        Path out = dir.resolve("out.jsonl");
        CliTest.Run run = CliTest.run("extract", "--format", "jsonl", "-q", "-o", out.toString(), in.toString());
        assertEquals(1, run.code(), run.err());
        List<String[]> records = CliTest.records(Files.readString(out));
        assertEquals(List.of("ok-1", in + ":2", "ok-2"), records.stream().map(r -> r[0]).toList());
        assertNull(records.get(0)[1]);
        assertEquals(in + ":2: not valid UTF-8 (byte 0xE9 at byte 27 of the line)", records.get(1)[1]);
        assertTrue(run.err().contains(in + ":2: not valid UTF-8"), run.err());

        CliTest.Run resumed = CliTest.run("extract", "--format", "jsonl", "-o", out.toString(), "--resume", in.toString());
        assertEquals(3, CliTest.records(Files.readString(out)).size(), "nothing appended twice");
        assertEquals(1, resumed.code(), "the file still holds an error record: " + resumed.err());
        assertTrue(resumed.err().contains("skipped the inputs of the 3 record(s)") && resumed.err().contains("1 of them error"),
                resumed.err());
    }

    /** Case 3: a symbolic link to a directory, given as an argument, gives that directory's files. */
    @Test
    void case3SymlinkToADirectoryIsFollowed() throws Exception {
        write("real/one.txt", "Angela Merkel visited Paris.");
        write("real/sub/two.txt", "Joe Biden spoke in Washington.");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        List<String[]> records = read(link);
        assertEquals(List.of("one", "sub/two"), ids(records));
        assertTrue(records.stream().allMatch(r -> r[1] == null));
        // links inside are followed once; a link back up is reported, not walked forever
        Files.createSymbolicLink(dir.resolve("real/sub/loop"), dir.resolve("real"));
        Files.createSymbolicLink(dir.resolve("real/dangling.txt"), dir.resolve("nowhere.txt"));
        records = read(link);
        assertEquals(List.of("dangling", "one", "sub/loop", "sub/two"), ids(records));
        assertTrue(records.get(0)[1].contains("broken symbolic link"), records.get(0)[1]);
        assertTrue(records.get(2)[1].contains("loop"), records.get(2)[1]);
    }

    /**
     * Case 4: an unreadable subdirectory is an error record of its own; the readable files beside
     * it are processed. As root nothing is unreadable by permissions, so a directory whose path
     * is longer than the system allows (ENAMETOOLONG, which stops root too) stands in for it.
     */
    @Test
    void case4AnUnlistableSubdirectoryIsItsOwnErrorRecord() throws Exception {
        Path root = Files.createTempDirectory("newsextract-deep");
        try {
            Files.writeString(root.resolve("a.txt"), "Angela Merkel visited Paris.");
            Files.writeString(root.resolve("z.txt"), "Joe Biden spoke in Washington.");
            String name = "d".repeat(250);
            // built relative to each level, as the path of the deepest one exceeds PATH_MAX (4096)
            Process p = new ProcessBuilder("bash", "-c", "cd '" + root + "' && for i in $(seq 18); do mkdir " + name
                    + " && cd " + name + " || exit 1; done && echo text > deep.txt").inheritIO().start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "could not build the deep tree");
            List<String[]> records = read(root);
            assertEquals("a", records.get(0)[0]);
            assertNull(records.get(0)[1]);
            assertEquals("z", records.get(records.size() - 1)[0]);
            assertNull(records.get(records.size() - 1)[1]);
            assertEquals(3, records.size(), ids(records).toString());
            String error = records.get(1)[1];
            assertNotNull(error);
            assertTrue(error.contains("cannot read") && error.contains("name too long"), error);
        } finally {
            new ProcessBuilder("rm", "-rf", root.toString()).inheritIO().start().waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** Case 4 as a user meets it: a directory without read permission (skipped when run as root). */
    @Test
    void case4AnUnreadableSubdirectoryIsItsOwnErrorRecord() throws Exception {
        write("archive/a.txt", "Angela Merkel visited Paris.");
        write("archive/locked/b.txt", "Joe Biden spoke.");
        write("archive/z.txt", "Vladimir Putin met Emmanuel Macron.");
        Path locked = dir.resolve("archive/locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked),
                    "skipped: running as root, who can read any directory (the name-too-long test covers this path)");
            List<String[]> records = read(dir.resolve("archive"));
            assertEquals(List.of("a", "locked", "z"), ids(records));
            assertEquals(dir.resolve("archive/locked") + ": cannot read: permission denied", records.get(1)[1]);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void permissionErrorsSayPermissionDenied() {
        assertEquals("permission denied", Inputs.reason(new AccessDeniedException("/x/y.txt")));
    }

    /** Case 8: standard input has the same 64 MB limit as files, with an error record beyond it. */
    @Test
    void case8StandardInputIsLimited() {
        long[] served = {0};
        InputStream yes = new InputStream() { // `yes`: endless "y\n"
            @Override
            public int read() {
                return served[0]++ % 2 == 0 ? 'y' : '\n';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) read();
                }
                return len;
            }
        };
        List<String[]> records = read(Inputs.of(List.of("-"), false, new java.io.FilterInputStream(yes) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (served[0] > (80L << 20)) {
                    return -1; // the old reader would have read on to the end of memory
                }
                return super.read(b, off, len);
            }
        }));
        assertEquals(1, records.size());
        assertEquals("stdin", records.get(0)[0]);
        assertNotNull(records.get(0)[1], "over the limit is an error record");
        assertTrue(records.get(0)[1].startsWith("stdin: larger than 64 MB"), records.get(0)[1]);
        assertTrue(served[0] <= (65L << 20), "read no further than the limit: " + served[0]);
    }

    /** Case 9: CSV text cells that a spreadsheet would run as formulas are defused. */
    @Test
    void case9CsvCellsCannotBeFormulas() throws Exception {
        Path in = write("evil.jsonl", String.join("\n",
                "{\"id\": \"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\", \"text\": \"Angela Merkel visited Paris.\"}",
                "{\"id\": \"@SUM(A1)\", \"text\": \"Joe Biden spoke.\"}",
                "{\"id\": \"+1\", \"text\": \"Joe Biden spoke.\"}",
                "{\"id\": \"-1\", \"text\": \"Joe Biden spoke.\"}",
                "{\"id\": \"\\tx\", \"text\": \"Joe Biden spoke.\"}",
                "{\"id\": \"plain\", \"text\": \"Joe Biden spoke.\"}") + "\n");
        Path out = dir.resolve("tables");
        CliTest.Run run = CliTest.run("extract", "--format", "csv", "-o", out.toString(), in.toString());
        assertEquals(0, run.code(), run.err());
        List<String> docs = Files.readAllLines(out.resolve("documents.csv"));
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",ok,,28,1,1,0,0,0", docs.get(1));
        assertEquals("'@SUM(A1),ok,,16,1,0,0,0,0", docs.get(2));
        assertEquals("'+1,ok,,16,1,0,0,0,0", docs.get(3));
        assertEquals("'-1,ok,,16,1,0,0,0,0", docs.get(4));
        assertEquals("'\tx,ok,,16,1,0,0,0,0", docs.get(5));
        assertEquals("plain,ok,,16,1,0,0,0,0", docs.get(6));
        List<String> entities = Files.readAllLines(out.resolve("entities.csv"));
        assertTrue(entities.get(1).startsWith("\"'=HYPERLINK("), entities.get(1));
        assertTrue(entities.get(1).endsWith(",0,13"), "offsets stay numbers: " + entities.get(1));
        assertEquals("-5", CsvOutput.guardFormula("-5").substring(1), "the guard only prefixes");
    }

    /** Case 10: a UTF-8 byte-order mark on a JSON Lines file is dropped, as the README says. */
    @Test
    void case10ByteOrderMarkOnJsonLinesIsDropped() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0xEF);
        b.write(0xBB);
        b.write(0xBF);
        b.writeBytes("{\"id\": \"one\", \"text\": \"Angela Merkel visited Paris.\"}\n".getBytes(StandardCharsets.UTF_8));
        List<String[]> records = read(write("bom.jsonl", b.toByteArray()));
        assertEquals(1, records.size());
        assertEquals("one", records.get(0)[0]);
        assertNull(records.get(0)[1]);
    }

    /** Case 11: text after the JSON object on a line is an error, so a second object is never lost silently. */
    @Test
    void case11TextAfterTheObjectIsAnError() throws Exception {
        Path in = write("two.jsonl", "{\"id\": \"a\", \"text\": \"x\"} {\"id\": \"b\", \"text\": \"y\"}\n"
                + "{\"id\": \"c\", \"text\": \"z\"} trailing\n{\"id\": \"d\", \"text\": \"w\"}   \n");
        List<String[]> records = read(in);
        assertEquals(List.of("a", "c", "d"), ids(records));
        assertEquals(in + ":1: text after the JSON object, which ends at column 24 (one object per line)", records.get(0)[1]);
        assertTrue(records.get(1)[1].startsWith(in + ":2: text after the JSON object, which ends at column 24"), records.get(1)[1]);
        assertNull(records.get(2)[1], "trailing white space is fine");
    }

    @Test
    void utf16IsNamedAsSuch() throws Exception {
        byte[] utf16 = "Angela Merkel visited Paris.".getBytes(StandardCharsets.UTF_16LE);
        List<String[]> records = read(write("le.txt", utf16));
        assertTrue(records.get(0)[1].contains("UTF-16"), records.get(0)[1]);
        records = read(write("bom16.txt", "Angela Merkel".getBytes(StandardCharsets.UTF_16)));
        assertTrue(records.get(0)[1].contains("UTF-16"), records.get(0)[1]);
        records = read(write("bom16.jsonl", "{\"id\": \"a\", \"text\": \"x\"}\n".getBytes(StandardCharsets.UTF_16)));
        assertEquals(1, records.size());
        assertTrue(records.get(0)[1].contains("UTF-16"), records.get(0)[1]);
        records = read(write("nul.txt", new byte[]{'a', 'b', 0, 'c', 'd', 'e', 'f', 'g'}));
        assertTrue(records.get(0)[1].contains("looks binary"), records.get(0)[1]);
    }

    @Test
    void otherBrokenLinesGiveTheirOwnErrors() {
        String input = "not json\n[1, 2]\n{\"id\": \"n\", \"text\": 5}\n{\"id\": \"m\"}\n{\"text\": \"a\", \"text\": \"b\"}\n"
                + "{\"id\": \"cut\", \"text\": \"abc\n\n{\"id\": \"last\", \"text\": \"fine\"}";
        List<String[]> records = read(Inputs.of(List.of("-"), true,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of("stdin:1", "stdin:2", "n", "m", "stdin:5", "stdin:6", "last"), ids(records));
        assertTrue(records.get(0)[1].startsWith("stdin:1: invalid JSON"), records.get(0)[1]);
        assertEquals("stdin:2: not a JSON object", records.get(1)[1]);
        assertEquals("stdin:3: field 'text' must be a string", records.get(2)[1]);
        assertEquals("stdin:4: no 'text' field", records.get(3)[1]);
        assertTrue(records.get(4)[1].contains("Duplicate field 'text'"), records.get(4)[1]);
        assertTrue(records.get(5)[1].startsWith("stdin:6: invalid JSON at column 27: Unexpected end-of-input"),
                records.get(5)[1]);
        for (String[] r : records.subList(0, 6)) {
            // the input and the problem, not the JSON parser's own location details
            assertFalse(r[1].contains("Source:") || r[1].contains("StreamReadFeature") || r[1].contains("REDACTED"), r[1]);
        }
        assertNull(records.get(6)[1], "a last line without a newline is read");
    }

    /**
     * Case 5 through the CLI: a lone surrogate from a JSON escape is written back as the same
     * escape (UTF-8 cannot hold it), so the record decodes to the exact input; CSV and HTML,
     * which have no escape, show U+FFFD. Writing it failed the whole run before.
     */
    @Test
    void case5LoneSurrogateSurvivesEveryOutput() throws Exception {
        Path in = write("lone.jsonl", "{\"id\": \"s\", \"text\": \"\\\"We will win \\ud800,\\\" said Angela Merkel in Paris.\"}\n"
                + "{\"id\": \"t\", \"text\": \"Joe Biden spoke.\"}\n");
        Path out = dir.resolve("out.jsonl");
        CliTest.Run run = CliTest.run("extract", "--format", "jsonl", "-q", "-o", out.toString(), in.toString());
        assertEquals(0, run.code(), run.err());
        String first = Files.readAllLines(out).get(0);
        assertTrue(first.contains("\"text\":\"\\\"We will win \\uD800,\\\"\""), first);
        try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory().createParser(first)) {
            String quote = null;
            while (p.nextToken() != null) {
                if (p.currentToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME && p.currentName().equals("text")) {
                    p.nextToken();
                    if (p.getText().startsWith("\"We")) {
                        quote = p.getText();
                    }
                }
            }
            assertEquals("\"We will win \ud800,\"", quote, "the exact input back");
        }
        assertEquals(List.of("s", "t"), CliTest.records(Files.readString(out)).stream().map(r -> r[0]).toList());
        CliTest.Run csv = CliTest.run("extract", "--format", "csv", "--mentions", "-o", dir.resolve("csv").toString(), in.toString());
        assertEquals(0, csv.code(), csv.err());
        assertTrue(Files.readString(dir.resolve("csv/documents.csv")).contains("t,ok"));
        CliTest.Run html = CliTest.run("extract", "--format", "html", "-o", dir.resolve("pages").toString(), in.toString());
        assertEquals(0, html.code(), html.err());
        assertTrue(Files.readString(dir.resolve("pages/s.html")).contains("\ufffd"));
    }
}
