package org.newsextract.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsextract.BatchResult;
import org.newsextract.Document;
import org.newsextract.Fixtures;

/**
 * The Spark API and job in a local session with 2 threads: output equal to the library's JSON,
 * the schema against the contract, error rows, argument errors.
 */
class NewsExtractorSparkTest {
    /** The PolNeAR split the equality test runs: train (840 articles) unless -Dnewsextract.spark.split=dev. */
    private static final String SPLIT = System.getProperty("newsextract.spark.split", "train");
    private static final String MASTER = "local[2]";

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkTesting.session(MASTER);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void polnearArticlesThroughTheJobEqualTheLibrarysJson(@TempDir Path tmp) throws Exception {
        Path dir = Fixtures.shared("data/polnear/" + SPLIT + "/text");
        Path out = tmp.resolve("out.parquet");
        ExtractJob.Options options = ExtractJob.parse(new String[]{
                "--input", dir.toString(), "--output", out.toString(), "--partitions", "8"});
        AtomicInteger stages = new AtomicInteger();
        SparkListener countStages = new SparkListener() {
            @Override
            public void onStageSubmitted(SparkListenerStageSubmitted stage) {
                stages.incrementAndGet();
            }
        };
        spark.sparkContext().addSparkListener(countStages);
        ExtractJob.Summary summary;
        try {
            summary = ExtractJob.run(spark, options, 0);
            spark.sparkContext().listenerBus().waitUntilEmpty();
        } finally {
            spark.sparkContext().removeSparkListener(countStages);
        }
        List<Document> docs = SparkTesting.documents(dir);
        assertEquals(docs.size(), summary.documents());
        assertEquals(0, summary.errors());
        // --partitions 8: the text files' split gives them, so one stage (no shuffle), 8 files out
        assertEquals(1, stages.get(), "stages run");
        try (var parts = Files.list(out)) {
            assertEquals(8, parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).count(), "output files");
        }
        for (String key : ExtractJob.FILE_DEFAULTS.keySet()) {
            assertTrue(!spark.conf().contains(key), key + " is put back after the job");
        }

        Map<String, JsonNode> rows = SparkTesting.treesById(spark.read().parquet(out.toString()));
        assertEquals(docs.size(), rows.size(), "one row per document");
        int compared = 0;
        for (BatchResult r : Fixtures.extractor().extractAll(docs)) {
            JsonNode expected = SparkTesting.withoutNulls(SparkTesting.parse(r.extraction().orElseThrow().toJson()));
            JsonNode actual = rows.get(r.id());
            assertTrue(actual != null, "no row for " + r.id());
            assertNull(SparkTesting.firstDifference(r.id(), expected, actual), "row differs from the library's JSON");
            compared++;
        }
        assertEquals(docs.size(), compared);
    }

    @Test
    void schemaHasExactlyTheContractsFieldsPlusErrorAndReportedConfidence() throws IOException {
        String contract = Files.readString(Fixtures.shared("contracts/extraction-json.md"), StandardCharsets.UTF_8);
        Matcher json = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(contract);
        assertTrue(json.find(), "the contract has its example");
        Set<String> expected = new TreeSet<>();
        jsonPaths("", SparkTesting.parse(json.group(1)), expected);
        expected.add("error");
        // optional fields the contract allows ("new optional fields may be added"; "confidence,
        // when present, is in [0, 1]") and the JSON writes too: the reported speech's confidence
        expected.add("reported.confidence");
        Set<String> actual = new TreeSet<>();
        schemaPaths("", NewsExtractorSpark.schema(), actual);
        assertEquals(expected, actual);
        // The contract's top-level order, then error.
        assertEquals(List.of("schema", "id", "language", "people", "places", "organizations", "quotes", "reported", "error"),
                List.of(NewsExtractorSpark.schema().fieldNames()));
    }

    @Test
    void failingDocumentsGiveErrorRowsAndTheOthersGoOn() {
        String ok = "Syrian President Bashar al-Assad fled Damascus, \u201cWe are free,\u201d said Abu Mohammed al-Jawlani. \uD83D\uDE00 Russia said he left.";
        String big = "Angela Merkel met Emmanuel Macron in Paris. ".repeat(100);
        List<Row> input = List.of(
                RowFactory.create("ok", ok),
                RowFactory.create("throws", ok),
                RowFactory.create("too-long", big),
                RowFactory.create("null-text", null),
                RowFactory.create(null, ok),
                RowFactory.create("empty", ""));
        StructType schema = DataTypes.createStructType(new StructField[]{
                DataTypes.createStructField("doc", DataTypes.StringType, true),
                // a dot in a name: one column, not a field of a struct
                DataTypes.createStructField("the.body", DataTypes.StringType, true)});
        Dataset<Row> docs = spark.createDataFrame(input, schema).repartition(2);
        NewsExtractorSpark extractor = NewsExtractorSpark.create().maxChars(big.length() - 1).failDocument("throws");
        Dataset<Row> extracted = extractor.extract(docs, "doc", "the.body");
        assertEquals(NewsExtractorSpark.schema(), extracted.schema(), "the result's schema, nullability included");
        List<Row> rows = extracted.collectAsList();
        assertEquals(input.size(), rows.size());
        int ok2 = 0;
        for (Row row : rows) {
            String id = row.getAs("id");
            String error = row.getAs("error");
            String json = spark.createDataFrame(List.of(row), NewsExtractorSpark.schema()).toJSON().first();
            if (id == null || "ok".equals(id) || "empty".equals(id)) {
                assertNull(error, id + ": " + error);
                String text = "empty".equals(id) ? "" : ok;
                JsonNode expected = SparkTesting.withoutNulls(SparkTesting.parse(Fixtures.extractor().extract(id, text).toJson()));
                assertNull(SparkTesting.firstDifference(String.valueOf(id), expected, SparkTesting.parse(json)));
                ok2++;
            } else if ("throws".equals(id)) {
                assertEquals("injected failure for document 'throws' (test hook)", error);
            } else if ("too-long".equals(id)) {
                assertEquals("document 'too-long': text has " + big.length() + " characters, more than the limit of "
                        + (big.length() - 1), error);
            } else {
                assertEquals("document 'null-text': text is null", error);
            }
            if (error != null) {
                assertEquals("{\"schema\":\"newsextract/1\",\"id\":\"" + id + "\",\"error\":" + SparkTesting.JSON.valueToTree(error) + "}", json,
                        "an error row holds schema, id and error only");
            }
        }
        assertEquals(3, ok2);
    }

    @Test
    void jsonLinesInAndOut(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in.jsonl");
        String seed = Fixtures.seed();
        Files.writeString(in, SparkTesting.JSON.writeValueAsString(Map.of("id", "seed", "text", seed)) + "\n"
                + "{\"id\": \"no-text\"}\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        ExtractJob.Summary s;
        spark.conf().set("spark.sql.files.openCostInBytes", "1m");
        try {
            s = ExtractJob.run(spark, ExtractJob.parse(new String[]{
                    "--input", in.toString(), "--output", out.toString(), "--output-format", "jsonl"}), 0);
            assertEquals("1m", spark.conf().get("spark.sql.files.openCostInBytes"), "the session's own setting stays");
        } finally {
            spark.conf().unset("spark.sql.files.openCostInBytes");
        }
        assertEquals(2, s.documents());
        assertEquals(1, s.errors());
        List<String> lines = new ArrayList<>();
        try (var parts = Files.list(out)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        assertEquals(2, lines.size());
        // Each line is exactly what the CLI writes for the document (extract --format jsonl).
        String library = Fixtures.extractor().extract("seed", seed).toJsonLine();
        String error = "{\"schema\":\"newsextract/1\",\"id\":\"no-text\",\"error\":\"document 'no-text': text is null\"}";
        assertEquals(new java.util.TreeSet<>(List.of(library, error)), new java.util.TreeSet<>(lines));
        try (var parts = Files.list(out)) {
            assertTrue(parts.noneMatch(p -> p.getFileName().toString().endsWith(".txt")), "part files are named .json");
        }
    }

    @Test
    void textFilesAreReadAsTheCliReadsThem(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("texts");
        Files.createDirectories(in.resolve("2016/03"));
        Files.writeString(in.resolve("a.txt"), "Angela Merkel visited Paris.", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("2016/03/nested.txt"), "Barack Obama spoke in Chicago.", StandardCharsets.UTF_8);
        Files.write(in.resolve("bad.txt"), new byte[]{'A', 'n', 'g', 'e', 'l', 'a', ' ', (byte) 0xFF, (byte) 0xFE, '.'});
        Path out = tmp.resolve("out");
        ExtractJob.Summary s = ExtractJob.run(spark, ExtractJob.parse(new String[]{
                "--input", in.toString(), "--output", out.toString(), "--output-format", "jsonl"}), 0);
        assertEquals(3, s.documents(), "the subfolder's file is read too");
        assertEquals(1, s.errors(), "a file that is not UTF-8 is an error, as in the CLI, not text with U+FFFD");
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        try (var parts = Files.list(out)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    JsonNode node = SparkTesting.parse(line);
                    byId.put(node.get("id").asText(), node);
                }
            }
        }
        assertEquals(java.util.Set.of("a", "2016/03/nested", "bad"), byId.keySet(), "ids as the CLI's: paths below the input");
        assertEquals(Fixtures.extractor().extract("2016/03/nested", "Barack Obama spoke in Chicago.").toJsonLine(),
                SparkTesting.JSON.writeValueAsString(byId.get("2016/03/nested")));
        String error = byId.get("bad").get("error").asText();
        assertTrue(error.endsWith("bad.txt: not valid UTF-8 (bad byte at offset 7)"), error);
        IllegalArgumentException again = assertThrows(IllegalArgumentException.class, () -> ExtractJob.run(spark,
                ExtractJob.parse(new String[]{"--input", in.toString(), "--output", out.toString()}), 0));
        assertEquals("the output " + out + " exists: pass --overwrite to replace it", again.getMessage());
    }

    @Test
    void argumentErrorsNameTheInput() {
        Dataset<Row> docs = spark.createDataFrame(List.of(RowFactory.create("a", 1)), DataTypes.createStructType(new StructField[]{
                DataTypes.createStructField("id", DataTypes.StringType, true),
                DataTypes.createStructField("n", DataTypes.IntegerType, true)}));
        NewsExtractorSpark x = NewsExtractorSpark.create();
        assertEquals("the text column 'body' is not in the input; its columns are [id, n]",
                assertThrows(IllegalArgumentException.class, () -> x.extract(docs, "id", "body")).getMessage());
        assertEquals("the text column 'n' must be a string column, but is int",
                assertThrows(IllegalArgumentException.class, () -> x.extract(docs, "id", "n")).getMessage());
        assertEquals("maxChars must be positive, got 0",
                assertThrows(IllegalArgumentException.class, () -> x.maxChars(0)).getMessage());
        assertEquals("--partitions must be a positive whole number, got 'many'",
                assertThrows(IllegalArgumentException.class, () -> ExtractJob.parse(
                        new String[]{"--input", "a", "--output", "b", "--partitions", "many"})).getMessage());
        assertEquals("--output-format must be one of parquet, jsonl, got 'csv'",
                assertThrows(IllegalArgumentException.class, () -> ExtractJob.parse(
                        new String[]{"--input", "a", "--output", "b", "--output-format", "csv"})).getMessage());
        assertEquals("--output is required",
                assertThrows(IllegalArgumentException.class, () -> ExtractJob.parse(new String[]{"--input", "a"})).getMessage());
    }

    @Test
    void textFileIdsAreTheFileNamesWithoutTxt() {
        assertEquals("a b", ExtractJob.idOfFile("file:///data/x/a%20b.txt", null));
        assertEquals("breitbart_2015", ExtractJob.idOfFile("hdfs://nn:8020/corpus/breitbart_2015.txt", "/other"));
        assertEquals("2016/a", ExtractJob.idOfFile("hdfs://nn:8020/corpus/2016/a.txt", "/corpus"));
    }

    private static void jsonPaths(String prefix, JsonNode node, Set<String> paths) {
        if (node.isArray()) {
            node.forEach(n -> jsonPaths(prefix, n, paths));
        } else if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                String path = prefix.isEmpty() ? f : prefix + "." + f;
                paths.add(path);
                jsonPaths(path, node.get(f), paths);
            }
        }
    }

    private static void schemaPaths(String prefix, DataType type, Set<String> paths) {
        if (type instanceof ArrayType a) {
            schemaPaths(prefix, a.elementType(), paths);
        } else if (type instanceof StructType s) {
            for (StructField f : s.fields()) {
                String path = prefix.isEmpty() ? f.name() : prefix + "." + f.name();
                paths.add(path);
                schemaPaths(path, f.dataType(), paths);
            }
        }
    }
}
