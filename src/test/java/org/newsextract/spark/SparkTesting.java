package org.newsextract.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsextract.Document;

/** Shared helpers of the Spark tests: a quiet local session, corpus reading, JSON trees. */
final class SparkTesting {
    static final ObjectMapper JSON = new ObjectMapper();

    private SparkTesting() {
    }

    /** A local session for one test class (UI off, loopback, few shuffle partitions). */
    static SparkSession session(String master) {
        return SparkSession.builder()
                .master(master)
                .appName("newsextract-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    /** The .txt files of a directory as documents, ids as the CLI and the job name them. */
    static List<Document> documents(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
                    .map(f -> new Document(ExtractJob.idOfFile(f.toUri().toString(), null), read(f))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each row of {@code rows} as a JSON tree without null fields, by id. */
    static Map<String, JsonNode> treesById(Dataset<Row> rows) {
        Map<String, JsonNode> byId = new TreeMap<>();
        for (String json : rows.toJSON().collectAsList()) {
            JsonNode tree = withoutNulls(parse(json));
            JsonNode previous = byId.put(tree.get("id").asText(), tree);
            if (previous != null) {
                throw new AssertionError("id " + tree.get("id") + " appears twice");
            }
        }
        return byId;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The tree without its null-valued fields: Spark's JSON leaves null fields out, the library
     * writes {@code "speaker": null}; both mean the same.
     */
    static JsonNode withoutNulls(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isNull()) {
                    copy.set(e.getKey(), withoutNulls(e.getValue()));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(n -> copy.add(withoutNulls(n)));
            return copy;
        }
        return node;
    }

    /** Where two trees differ first (a path), or null when they are equal. */
    static String firstDifference(String path, JsonNode a, JsonNode b) {
        if (a.equals(b)) {
            return null;
        }
        if (a.isObject() && b.isObject()) {
            Map<String, JsonNode> fields = new HashMap<>();
            a.fieldNames().forEachRemaining(f -> fields.put(f, a.get(f)));
            for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!fields.containsKey(f)) {
                    return path + "." + f + " only in the second";
                }
            }
            for (Map.Entry<String, JsonNode> f : fields.entrySet()) {
                if (!b.has(f.getKey())) {
                    return path + "." + f.getKey() + " only in the first";
                }
                String d = firstDifference(path + "." + f.getKey(), f.getValue(), b.get(f.getKey()));
                if (d != null) {
                    return d;
                }
            }
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                String d = firstDifference(path + "[" + i + "]", a.get(i), b.get(i));
                if (d != null) {
                    return d;
                }
            }
        }
        return path + ": " + abbreviate(a) + " vs " + abbreviate(b);
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
