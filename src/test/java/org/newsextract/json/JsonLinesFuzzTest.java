package org.newsextract.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the JSON Lines reader with arbitrary bytes. Invariants: it never throws; every
 * non-blank line gives exactly one record, in order, with an id; a record has a text or an error
 * naming the source and line, never both; a record read through a stream that hands out one
 * byte at a time is the same.
 *
 * <p>{@code mvn test} runs the saved inputs in {@code src/test/resources/.../JsonLinesFuzzTestInputs}
 * (Jazzer's regression mode) and {@link #randomLines()}; {@code mvn verify} fuzzes for the
 * {@code maxDuration} below (JAZZER_FUZZ=1 in the {@code fuzz-json-lines} execution).
 */
class JsonLinesFuzzTest {
    private static final int LIMIT = 200; // a small line limit, so that the fuzzer meets it

    @FuzzTest(maxDuration = "20s")
    void reader(byte[] data) throws IOException {
        List<JsonLines.Record> records = readAll(new ByteArrayInputStream(data));
        check(data, records);
        InputStream trickle = new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        assertEquals(records, readAll(trickle), "the same records whatever the read sizes");
    }

    private static List<JsonLines.Record> readAll(InputStream in) throws IOException {
        List<JsonLines.Record> out = new ArrayList<>();
        try (JsonLines lines = new JsonLines(in, "in", LIMIT)) {
            while (lines.hasNext()) {
                out.add(lines.next());
            }
            assertFalse(lines.hasNext());
        }
        return out;
    }

    private static void check(byte[] data, List<JsonLines.Record> records) {
        int nonBlank = 0;
        boolean content = false;
        int firstLineLength = -1;
        int length = 0;
        int lineStart = 0;
        for (byte b : data) {
            if (b == '\n') {
                // a line over the limit is an error record even when blank: the reader skips it unread
                nonBlank += content || length - lineStart > LIMIT ? 1 : 0;
                content = false;
                lineStart = length;
                if (firstLineLength < 0) {
                    firstLineLength = length;
                }
            } else {
                length++;
                content |= b != ' ' && b != '\t' && b != '\r' && b != '\f';
            }
        }
        nonBlank += content || length - lineStart > LIMIT ? 1 : 0;
        boolean utf16 = data.length >= 2 && ((data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xFE
                || (data[0] & 0xFF) == 0xFE && (data[1] & 0xFF) == 0xFF);
        boolean bomOnly = data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB
                && (data[2] & 0xFF) == 0xBF;
        if (utf16) {
            assertEquals(1, records.size(), "a UTF-16 source is one error record");
            assertTrue(records.get(0).error().contains("UTF-16"));
            return;
        }
        if (!bomOnly) {
            assertEquals(nonBlank, records.size(), "one record per non-blank line");
        } else {
            assertTrue(records.size() == nonBlank || records.size() == nonBlank - 1, "the BOM alone is a blank line");
        }
        long previous = 0;
        for (JsonLines.Record r : records) {
            assertTrue(r.line() > previous, "lines in order");
            previous = r.line();
            assertNotNull(r.id());
            assertTrue(r.text() == null ^ r.error() == null, "a text or an error: " + r);
            if (r.error() != null) {
                assertTrue(r.error().startsWith("in:") || r.error().startsWith("in: "), r.error());
            }
        }
    }

    /** The fallback that always runs: random lines built from the pieces broken archives are made of, fixed seed. */
    @Test
    void randomLines() throws IOException {
        String[] pieces = {"{", "}", "\"id\"", "\"text\"", ":", ",", " ", "\"a\"", "\"\\ud800\"", "\"\\u00e9\"", "[", "]",
            "null", "1", "\n", "\r\n", "\"", "\\", "x", "\t", "{\"id\": \"d\", \"text\": \"t\"}"};
        Random random = new Random(14);
        for (int run = 0; run < 3_000; run++) {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                if (random.nextInt(20) == 0) {
                    b.write(random.nextInt(256)); // any byte: bad UTF-8, NUL, a BOM's first byte
                } else {
                    b.writeBytes(pieces[random.nextInt(pieces.length)].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            reader(b.toByteArray());
        }
    }
}
