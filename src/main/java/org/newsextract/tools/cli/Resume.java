package org.newsextract.tools.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads the ids already in a JSON Lines output so that an interrupted batch can continue where
 * it stopped: {@code extract --resume -o out.jsonl} skips those inputs and appends the rest. A
 * last line cut off by the interruption (no newline at its end) is removed first, so the file
 * never holds half a record. Error records count as done (one record per input); remove their
 * lines to retry those documents. While the file holds error records, a resumed run exits 1.
 */
final class Resume {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    /**
     * What was found in the output file.
     *
     * @param ids                the ids of its records
     * @param records            how many records (lines) it holds
     * @param errors             how many of them are error records
     * @param droppedPartialLine whether an incomplete last line was removed
     */
    record State(Set<String> ids, long records, long errors, boolean droppedPartialLine) {
    }

    private Resume() {
    }

    /**
     * Returns the ids of the complete records in {@code output}, truncating a partial last line.
     * A missing or empty file gives no ids.
     *
     * @throws IllegalStateException naming the file and line when a complete line is not a JSON
     *                               object with an {@code "id"}, or the file cannot be read
     */
    static State read(Path output) {
        if (!Files.exists(output)) {
            return new State(Set.of(), 0, 0, false);
        }
        try {
            boolean dropped = truncatePartialLine(output);
            Set<String> ids = new HashSet<>();
            long records = 0;
            long errors = 0;
            try (BufferedReader in = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
                String line;
                int lineNo = 0;
                while ((line = in.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] idError = idOf(line);
                    String id = idError == null ? null : idError[0];
                    if (id == null) {
                        throw new IllegalStateException(output + ":" + lineNo + ": not a newsextract record with an "
                                + "\"id\"; cannot resume (is this the right file?)");
                    }
                    ids.add(id);
                    records++;
                    errors += idError[1] != null ? 1 : 0;
                }
            }
            return new State(ids, records, errors, dropped);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalStateException(output + ": not valid UTF-8; cannot resume");
        } catch (IOException e) {
            throw new IllegalStateException(output + ": cannot read for --resume: " + e.getMessage());
        }
    }

    /** Cuts the file after its last newline; returns true when something was cut. */
    private static boolean truncatePartialLine(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long length = raf.length();
            long pos = length;
            while (pos > 0) {
                raf.seek(pos - 1);
                if (raf.read() == '\n') {
                    break;
                }
                pos--;
            }
            if (pos == length) {
                return false;
            }
            try (FileChannel ch = raf.getChannel()) {
                ch.truncate(pos);
            }
            return true;
        }
    }

    /**
     * Returns the top-level "id" and "error" (null when absent) of a JSON object line, or null
     * when the line is not one.
     */
    static String[] idOf(String line) {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String id = null;
            String error = null;
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("id") && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                    id = p.getText();
                } else if (field.equals("error") && value == JsonToken.VALUE_STRING) {
                    error = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            return t == JsonToken.END_OBJECT ? new String[]{id, error} : null;
        } catch (JsonProcessingException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
