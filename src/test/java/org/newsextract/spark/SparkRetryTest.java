package org.newsextract.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsextract.Document;
import org.newsextract.Fixtures;

/**
 * A task that fails is retried and the output holds each document exactly once: local mode with
 * 2 threads and up to 3 attempts per task ({@code local[2,3]}), the first attempt of one
 * partition failing after its first row (a test hook).
 */
class SparkRetryTest {
    private static final String MASTER = "local[2,3]";
    private static final int PARTITIONS = 4;
    private static final int FAILING_PARTITION = 1;

    private static SparkSession spark;
    private static final AtomicInteger FAILED_TASKS = new AtomicInteger();

    @BeforeAll
    static void start() {
        spark = SparkTesting.session(MASTER);
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
                if (taskEnd.taskInfo().failed()) {
                    FAILED_TASKS.incrementAndGet();
                }
            }
        });
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void aFailedTaskIsRetriedAndEachDocumentIsWrittenOnce(@TempDir Path tmp) throws Exception {
        List<Document> docs = SparkTesting.documents(Fixtures.shared("data/polnear/dev/text"));
        List<Row> rows = new ArrayList<>();
        for (Document d : docs) {
            rows.add(RowFactory.create(d.id(), d.text()));
        }
        StructType schema = DataTypes.createStructType(new StructField[]{
                DataTypes.createStructField("id", DataTypes.StringType, false),
                DataTypes.createStructField("text", DataTypes.StringType, false)});
        Dataset<Row> input = spark.createDataFrame(rows, schema).repartition(PARTITIONS);
        String out = tmp.resolve("out.parquet").toString();
        int failedBefore = FAILED_TASKS.get();
        LongAccumulator made = spark.sparkContext().longAccumulator("made");
        NewsExtractorSpark.create().failFirstAttemptOfPartition(FAILING_PARTITION)
                .extract(input, "id", "text", made, null).write().parquet(out);
        spark.sparkContext().listenerBus().waitUntilEmpty();
        assertEquals(1, FAILED_TASKS.get() - failedBefore, "the injected failure happened once and was retried");
        assertEquals(docs.size(), made.value(), "the job's count leaves out the failed attempt's rows");

        Dataset<Row> written = spark.read().parquet(out);
        List<String> ids = written.select("id").as(Encoders.STRING()).collectAsList();
        Set<String> expected = new TreeSet<>();
        docs.forEach(d -> expected.add(d.id()));
        assertEquals(docs.size(), ids.size(), "no document lost or duplicated");
        assertEquals(expected, new TreeSet<>(ids));
        assertEquals(0, written.where("error is not null").count());
        assertTrue(written.where("size(people) > 0").count() > 0, "the retried output holds extractions");
    }
}
