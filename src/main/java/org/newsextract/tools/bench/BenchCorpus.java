package org.newsextract.tools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.newsextract.Document;
import org.newsextract.json.JsonLines;

/** The documents a benchmark runs on: {@code .txt} files of directories, files, or JSON Lines files. */
public final class BenchCorpus {
    private BenchCorpus() {
    }

    /**
     * Reads the corpus, in the order given (directories sorted by path).
     *
     * @throws UncheckedIOException     if a path cannot be read
     * @throws IllegalArgumentException naming the line when a JSON Lines record is broken
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
                    try (JsonLines lines = new JsonLines(Files.newInputStream(p), p.toString())) {
                        while (lines.hasNext()) {
                            JsonLines.Record r = lines.next();
                            if (!r.ok()) {
                                throw new IllegalArgumentException("corpus " + r.error());
                            }
                            docs.add(new Document(r.id(), r.text()));
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
}
