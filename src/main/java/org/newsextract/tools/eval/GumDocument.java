package org.newsextract.tools.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.newsextract.EntityType;

/**
 * One document of {@code ../shared/data/gum/gold.jsonl}: its raw text and its scored gold entities,
 * as {@code ../shared/README.md} ("How gum/gold.jsonl is scored") defines them: entities with
 * {@code nested_only: false}, each with its mentions of {@code nested: false} only.
 *
 * @param id       the document id, {@code GUM_<genre>_<name>}
 * @param text     the raw text
 * @param entities the scored gold entities (code point offsets)
 */
public record GumDocument(String id, String text, List<DocEntity> entities) {
    private static final String ID_PREFIX = "GUM_";
    private static final JsonFactory JSON = new JsonFactory();

    /** Copies the list. */
    public GumDocument {
        entities = List.copyOf(entities);
    }

    /** Returns the genre: the id's second part ({@code academic} for {@code GUM_academic_art}), or the id. */
    public String genre() {
        if (!id.startsWith(ID_PREFIX)) {
            return id;
        }
        int end = id.indexOf('_', ID_PREFIX.length());
        return end < 0 ? id.substring(ID_PREFIX.length()) : id.substring(ID_PREFIX.length(), end);
    }

    /**
     * Reads a GUM gold file: one JSON object per line with {@code id}, {@code text} and
     * {@code entities} (other fields ignored).
     *
     * @return the documents in file order
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException if a line is not such an object (line number given)
     */
    public static List<GumDocument> readAll(Path file) throws IOException {
        List<GumDocument> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    docs.add(parse(line));
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException(file + " line " + lineNo + ": " + e.getMessage(), e);
                }
            }
        }
        return docs;
    }

    /**
     * Parses one JSON line of the gold file.
     *
     * @return the document
     * @throws IOException              if the line is not valid JSON
     * @throws IllegalArgumentException if a required field is missing or has an unknown type
     */
    public static GumDocument parse(String json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            String id = null;
            String text = null;
            List<DocEntity> entities = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "id" -> id = p.getText();
                    case "text" -> text = p.getText();
                    case "entities" -> {
                        expect(value, JsonToken.START_ARRAY);
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            DocEntity e = entity(p);
                            if (e != null) {
                                entities.add(e);
                            }
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (id == null || text == null) {
                throw new IllegalArgumentException("a document needs 'id' and 'text'");
            }
            return new GumDocument(id, text, entities);
        }
    }

    /** Reads one entity object; null when it is nested only (not scored). */
    private static DocEntity entity(JsonParser p) throws IOException {
        EntityType type = null;
        String name = null;
        boolean nestedOnly = false;
        List<DocEntity.Span> mentions = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "type" -> type = EntityType.valueOf(p.getText());
                case "name" -> name = p.getText();
                case "nested_only" -> nestedOnly = value == JsonToken.VALUE_TRUE;
                case "mentions" -> {
                    expect(value, JsonToken.START_ARRAY);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        DocEntity.Span m = mention(p);
                        if (m != null) {
                            mentions.add(m);
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (type == null || name == null) {
            throw new IllegalArgumentException("an entity needs 'type' and 'name'");
        }
        return nestedOnly || mentions.isEmpty() ? null : new DocEntity(type, name, mentions);
    }

    /** Reads one mention object; null when it is nested (not scored). */
    private static DocEntity.Span mention(JsonParser p) throws IOException {
        int start = -1;
        int end = -1;
        boolean nested = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "start" -> start = p.getIntValue();
                case "end" -> end = p.getIntValue();
                case "nested" -> nested = value == JsonToken.VALUE_TRUE;
                default -> p.skipChildren();
            }
        }
        return nested ? null : new DocEntity.Span(start, end);
    }

    private static void expect(JsonToken got, JsonToken wanted) {
        if (got != wanted) {
            throw new IllegalArgumentException("expected " + wanted + ", found " + got);
        }
    }
}
