package org.newsextract.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The documents the CLI reads: text files, directories of {@code .txt} files, JSON Lines files
 * ({@code {"id": …, "text": …}} per line) and standard input. Each input either yields its
 * text or fails with a message naming it; a broken input never stops the others.
 *
 * <p>Files must be UTF-8 (a byte-order mark is dropped). A file with a NUL byte is taken for
 * binary, and a file with bytes that are not UTF-8 is refused with the byte offset: both are
 * errors for that file, not silent replacement characters, so nothing is extracted from garbage.
 */
final class Inputs {
    /** The largest document accepted, in bytes. */
    static final long MAX_BYTES = 64L << 20;

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private Inputs() {
    }

    /** One input document: its id and a way to read its text (which may fail). */
    interface Input {
        String id();

        /** Returns the text. @throws InputException naming the input and the problem */
        String text();
    }

    /** An input that could not be read or parsed. */
    static final class InputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InputException(String message) {
            super(message);
        }
    }

    record Ready(String id, String text) implements Input {
    }

    record Broken(String id, String message) implements Input {
        @Override
        public String text() {
            throw new InputException(message);
        }
    }

    record FileInput(String id, Path path) implements Input {
        @Override
        public String text() {
            try {
                if (Files.size(path) > MAX_BYTES) {
                    throw new InputException(path + ": larger than " + (MAX_BYTES >> 20) + " MB");
                }
                return decode(Files.readAllBytes(path), path.toString());
            } catch (IOException e) {
                throw new InputException(path + ": cannot read: " + e.getMessage());
            }
        }
    }

    /** Decodes UTF-8 strictly. @throws InputException for binary data or bytes that are not UTF-8 */
    static String decode(byte[] bytes, String name) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException(name + ": looks binary (NUL byte at offset " + i + "), not text");
            }
        }
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            throw new InputException(name + ": not valid UTF-8 (bad byte at offset " + buffer.position() + ")");
        } catch (CharacterCodingException e) {
            throw new InputException(name + ": not valid UTF-8 (" + e + ")");
        }
    }

    /**
     * Expands the command line's paths into inputs, in order: a directory gives its {@code .txt}
     * files (recursively, sorted by path), a {@code .jsonl} file (or any file when {@code jsonl}
     * is set) gives one input per line, {@code -} is standard input.
     */
    static Stream<Input> of(List<String> paths, boolean jsonl, InputStream stdin) {
        List<String> args = paths.isEmpty() ? List.of("-") : paths;
        return args.stream().flatMap(arg -> expand(arg, jsonl, stdin));
    }

    private static Stream<Input> expand(String arg, boolean jsonl, InputStream stdin) {
        if (arg.equals("-")) {
            if (jsonl) {
                return jsonLines(new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), "stdin");
            }
            try {
                return Stream.of(new Ready("stdin", decode(stdin.readAllBytes(), "stdin")));
            } catch (IOException e) {
                return Stream.of(new Broken("stdin", "stdin: cannot read: " + e.getMessage()));
            } catch (InputException e) {
                return Stream.of(new Broken("stdin", e.getMessage()));
            }
        }
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt")).sorted()
                        .forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                return Stream.of(new Broken(arg, arg + ": cannot list directory: " + e.getMessage()));
            }
            return files.stream().map(f -> new FileInput(idOf(path.relativize(f)), f));
        }
        if (!Files.exists(path)) {
            return Stream.of(new Broken(idOf(path.getFileName()), arg + ": no such file or directory"));
        }
        if (jsonl || arg.endsWith(".jsonl")) {
            try {
                BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                return jsonLines(reader, arg).onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException ignored) {
                        // nothing to do
                    }
                });
            } catch (IOException e) {
                return Stream.of(new Broken(arg, arg + ": cannot read: " + e.getMessage()));
            }
        }
        return Stream.of(new FileInput(idOf(path.getFileName()), path));
    }

    /** A file's id: its path without the {@code .txt} extension, with forward slashes. */
    static String idOf(Path relative) {
        String s = relative.toString().replace('\\', '/');
        return s.endsWith(".txt") ? s.substring(0, s.length() - 4) : s;
    }

    private static Stream<Input> jsonLines(BufferedReader reader, String name) {
        int[] lineNo = {0};
        return reader.lines().map(line -> {
            lineNo[0]++;
            return parseLine(line, name, lineNo[0]);
        }).filter(input -> input != null);
    }

    /** Parses one JSON Lines record; null for a blank line. */
    static Input parseLine(String line, String name, int lineNo) {
        if (line.isBlank()) {
            return null;
        }
        String where = name + ":" + lineNo;
        String id = null;
        String text = null;
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new Broken(where, where + ": not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("id") && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                    id = p.getText();
                } else if (field.equals("text") && value == JsonToken.VALUE_STRING) {
                    text = p.getText();
                } else if (field.equals("text")) {
                    return new Broken(id == null ? where : id, where + ": field 'text' must be a string");
                } else {
                    p.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new Broken(where, where + ": invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new Broken(where, where + ": cannot read: " + e.getMessage());
        }
        String docId = id == null ? where : id;
        if (text == null) {
            return new Broken(docId, where + ": no 'text' field");
        }
        return new Ready(docId, text);
    }
}
