package org.newsextract.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.newsextract.Document;

/** The documents a benchmark runs on: {@code .txt} files of directories, files, or JSON Lines files. */
public final class BenchCorpus {
    private BenchCorpus() {
    }

    /**
     * Reads the corpus, in the order given (directories sorted by path).
     *
     * @throws UncheckedIOException if a path cannot be read
     */
    public static List<Document> read(List<Path> paths) {
        List<Document> docs = new ArrayList<>();
        for (Path p : paths) {
            try {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> files = Files.walk(p)) {
                        for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                            docs.add(new Document(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
                        }
                    }
                } else if (p.toString().endsWith(".jsonl")) {
                    int line = 0;
                    for (String json : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                        line++;
                        String[] idText = parse(json);
                        if (idText[1] != null) {
                            docs.add(new Document(idText[0] == null ? p + ":" + line : idText[0], idText[1]));
                        }
                    }
                } else {
                    docs.add(new Document(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read corpus " + p, e);
            }
        }
        return docs;
    }

    private static String[] parse(String json) throws IOException {
        String[] out = new String[2];
        if (json.isBlank()) {
            return out;
        }
        try (JsonParser p = new JsonFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return out;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                if (f.equals("id")) {
                    out[0] = p.getText();
                } else if (f.equals("text")) {
                    out[1] = p.getText();
                } else {
                    p.skipChildren();
                }
            }
        }
        return out;
    }
}
