package org.newsextract.json;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * Reads JSON Lines documents ({@code {"id": …, "text": …}} per line) one record at a time, in
 * bounded memory, from any stream: the one reader every command uses for {@code .jsonl} input.
 *
 * <p>Each line is decoded and parsed on its own, so a broken line gives a {@link Record} with an
 * error that names the source, the line and the problem, and the lines after it are read as
 * usual: nothing is dropped and nothing stops the run. What gives an error record: bytes that
 * are not UTF-8, a line longer than {@link #MAX_LINE_BYTES} (skipped without being held in
 * memory), a line that is not one JSON object (text after the object included, so a second
 * object on the same line is never lost silently), a duplicate field, a missing or non-string
 * {@code text}. Blank lines are skipped. A UTF-8 byte-order mark at the start is dropped; a
 * UTF-16 or UTF-32 byte-order mark gives one error record for the whole source.
 *
 * <p>Not thread-safe; close it to close the underlying stream.
 */
public final class JsonLines implements Iterator<JsonLines.Record>, Closeable {
    /** The longest line accepted, in bytes (the CLI's limit on one document). */
    public static final int MAX_LINE_BYTES = 64 << 20;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /**
     * One line's record: its document, or the reason it has none.
     *
     * @param source the name of the input (a file name, {@code stdin})
     * @param line   the 1-based line number
     * @param id     the document's id: its {@code "id"} field, or {@code source:line} when it has none
     * @param text   the document's text, null when {@code error} is set
     * @param error  null, or a message naming the source, the line and the problem
     */
    public record Record(String source, long line, String id, String text, String error) {
        /** Returns {@code source:line}. */
        public String where() {
            return source + ":" + line;
        }

        /** Returns true when the line held a document. */
        public boolean ok() {
            return error == null;
        }
    }

    private final InputStream in;
    private final String source;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long lineNo;
    private Record next;
    private boolean finished;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 12);

    /**
     * @param in     the bytes (UTF-8); read lazily, closed by {@link #close()}
     * @param source the input's name for ids and messages
     */
    public JsonLines(InputStream in, String source) {
        this(in, source, MAX_LINE_BYTES);
    }

    /** As {@link #JsonLines(InputStream, String)} with another line limit (for tests). */
    JsonLines(InputStream in, String source, int maxLineBytes) {
        this.in = in;
        this.source = source;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !finished) {
            next = readRecord();
        }
        return next != null;
    }

    @Override
    public Record next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Record r = next;
        next = null;
        return r;
    }

    @Override
    public void close() throws IOException {
        finished = true;
        in.close();
    }

    private boolean fill() {
        if (eof) {
            return false;
        }
        try {
            int n = in.read(buffer);
            if (n <= 0) {
                eof = true;
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            eof = true;
            readError = e;
            return false;
        }
    }

    private IOException readError;

    private boolean startChecked;

    /** Reads the next line; returns null after the last one, and skips blank lines. */
    private Record readRecord() {
        if (!startChecked) {
            startChecked = true;
            Record utf16 = utf16Start();
            if (utf16 != null) {
                return utf16;
            }
        }
        line.reset();
        boolean tooLong = false;
        long bytes = 0;
        boolean sawNewline = false;
        while (true) {
            if (pos == limit && !fill()) {
                break;
            }
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            bytes += n;
            if (!tooLong) {
                if (bytes > maxLineBytes) {
                    tooLong = true;
                    line.reset();
                } else {
                    line.write(buffer, start, n);
                }
            }
            if (pos < limit) {
                pos++; // the newline
                sawNewline = true;
                break;
            }
        }
        if (readError != null) {
            finished = true;
            IOException e = readError;
            readError = null;
            lineNo++;
            return error(source + ":" + lineNo, source + ": cannot read after line " + (lineNo - 1) + ": " + e.getMessage());
        }
        if (!sawNewline && bytes == 0) {
            finished = true;
            return null;
        }
        lineNo++;
        String where = source + ":" + lineNo;
        if (tooLong) {
            return error(where, where + ": line longer than " + (maxLineBytes >> 20) + " MB (" + bytes + " bytes); skipped");
        }
        byte[] b = line.toByteArray();
        int skip = 0;
        if (lineNo == 1) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                skip = 3;
            } else if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                    || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
                finished = true;
                return error(where, source + ": UTF-16 or UTF-32 text (byte-order mark " + hex(b[0]) + " " + hex(b[1])
                        + "); newsextract reads UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8");
            }
        }
        int end = b.length;
        if (end > skip && b[end - 1] == '\r') {
            end--;
        }
        if (isBlank(b, skip, end)) {
            return null;
        }
        String text;
        try {
            text = decoder().decode(ByteBuffer.wrap(b, skip, end - skip)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(b, skip, end);
            return error(where, where + ": not valid UTF-8 (byte " + hex(b[bad]) + " at byte " + (bad - skip + 1)
                    + " of the line)");
        }
        return parse(text, where);
    }

    /** A UTF-16 or UTF-32 byte-order mark at the start: one error record for the whole source. */
    private Record utf16Start() {
        try {
            while (limit < 2 && !eof) {
                int n = in.read(buffer, limit, buffer.length - limit);
                if (n <= 0) {
                    eof = true;
                } else {
                    limit += n;
                }
            }
        } catch (IOException e) {
            eof = true;
            readError = e;
            return null;
        }
        if (limit >= 2 && ((buffer[0] & 0xFF) == 0xFF && (buffer[1] & 0xFF) == 0xFE
                || (buffer[0] & 0xFF) == 0xFE && (buffer[1] & 0xFF) == 0xFF)) {
            finished = true;
            lineNo = 1;
            return error(source + ":1", source + ": UTF-16 or UTF-32 text (byte-order mark " + hex(buffer[0]) + " "
                    + hex(buffer[1]) + "); newsextract reads UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8");
        }
        return null;
    }

    private Record error(String where, String message) {
        return new Record(source, lineNo, where, null, message);
    }

    private Record parse(String text, String where) {
        String id = null;
        String doc = null;
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return error(where, where + ": not a JSON object");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("id") && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                    id = p.getText();
                } else if (field.equals("text") && value == JsonToken.VALUE_STRING) {
                    doc = p.getText();
                } else if (field.equals("text")) {
                    p.skipChildren();
                    doc = null;
                    return new Record(source, lineNo, idOr(id, where), null, where + ": field 'text' must be a string");
                } else {
                    p.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT) {
                return error(where, where + ": invalid JSON object");
            }
            long column = p.currentLocation().getColumnNr() - 1;
            try {
                if (p.nextToken() != null) {
                    return new Record(source, lineNo, idOr(id, where), null, where + ": text after the JSON object, which ends at "
                            + "column " + column + " (one object per line)");
                }
            } catch (JsonProcessingException e) {
                return new Record(source, lineNo, idOr(id, where), null, where + ": text after the JSON object, which ends at "
                        + "column " + column + " (one object per line)");
            }
        } catch (JsonProcessingException e) {
            // the id of a line that is not valid JSON is its place, even when an "id" was read
            return error(where, where + ": invalid JSON" + column(e) + ": " + problem(e));
        } catch (IOException e) {
            return error(where, where + ": cannot read: " + e.getMessage());
        }
        if (doc == null) {
            return new Record(source, lineNo, idOr(id, where), null, where + ": no 'text' field");
        }
        return new Record(source, lineNo, idOr(id, where), doc, null);
    }

    /** " at column N" of a parse error's location, or "" when the parser gave none. */
    private static String column(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getColumnNr() < 1 ? ""
                : " at column " + e.getLocation().getColumnNr();
    }

    /**
     * The parser's description of the problem without its own location details ("Unexpected
     * end-of-input: expected close marker for Object"), which name parser internals rather than
     * the input.
     */
    private static String problem(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "malformed" : e.getOriginalMessage();
        int cut = m.indexOf(" (start marker at");
        m = cut >= 0 ? m.substring(0, cut) : m;
        int line = m.indexOf('\n');
        return line >= 0 ? m.substring(0, line).trim() : m;
    }

    private static String idOr(String id, String where) {
        return id == null ? where : id;
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Returns the index of the first byte that starts a malformed sequence. */
    static int firstBadByte(byte[] b, int from, int to) {
        CharsetDecoder d = decoder();
        ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, to - from));
        java.nio.charset.CoderResult r = d.decode(in, out, true);
        return r.isError() ? in.position() : from;
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    private static String hex(byte b) {
        return String.format(java.util.Locale.ROOT, "0x%02X", b & 0xFF);
    }
}
