package org.newsextract.spark;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.newsextract.Engine;
import org.newsextract.text.Utf8Files;

/**
 * The Spark job: reads documents, extracts, writes one row per document.
 *
 * <pre>
 * spark-submit --class org.newsextract.spark.ExtractJob --jars ... newsextract.jar \
 *     --input articles.jsonl --output out.parquet [--partitions 200]
 * java ... org.newsextract.spark.ExtractJob --master local[2] --input DIR --output out.jsonl --output-format jsonl
 * </pre>
 *
 * Options: {@code --input PATH} (required), {@code --input-format jsonl|text|parquet} (default:
 * {@code .jsonl}/{@code .json} is JSON Lines, {@code .parquet} is Parquet, anything else a
 * directory of {@code .txt} files whose ids are the file names without {@code .txt}),
 * {@code --id-col}/{@code --text-col} (default {@code id}/{@code text}, for JSON Lines and
 * Parquet), {@code --output PATH} (required), {@code --output-format parquet|jsonl} (default
 * parquet: the typed columns of {@link NewsExtractorSpark#schema()}; jsonl: part files
 * {@code part-*.json} whose lines are exactly what {@code extract --format jsonl} writes, the
 * library's JSON for each document or the contract's error record), {@code --partitions N} (default: see {@link #FILE_DEFAULTS}; at least twice the
 * default parallelism), {@code --overwrite}, {@code --engine corenlp|opennlp},
 * {@code --max-chars N}, {@code --master URL} (for plain {@code java}; spark-submit sets it
 * otherwise).
 *
 * <p>In local mode ({@code local[N]}) the job turns Spark's web UI off and binds to loopback
 * unless {@code spark.ui.enabled}, {@code spark.driver.host} or {@code spark.driver.bindAddress}
 * is set (a {@code -D} system property, or {@code --conf} with spark-submit), and starts loading
 * the models before Spark, since the driver is the executor.
 */
public final class ExtractJob {
    /** The exit code for a bad argument. */
    public static final int EXIT_USAGE = 2;

    private static final String JSONL = "jsonl";
    private static final String TEXT = "text";
    private static final String PARQUET = "parquet";
    private static final String TXT_SUFFIX = ".txt";
    private static final String JSON_SUFFIX = ".json";
    private static final int PARTITIONS_PER_CORE = 2;
    private static final double NANOS_PER_SECOND = 1e9;
    private static final String MIN_PARTITIONS = "spark.sql.files.minPartitionNum";
    private static final String MAX_PARTITIONS = "spark.sql.files.maxPartitionNum";
    /**
     * How the job splits file input into partitions unless the session sets these options
     * (Spark's defaults are for scans, where a partition of 128 MB takes seconds; extraction runs
     * at about 1 MB of text per second per core): opening a file counts as 8 KB (Spark: 4 MB, so
     * that a directory of small articles made partitions of 31 files, 27 for 840 articles and
     * 320,000 for 10 million), and a partition holds at most 32 MB (about 2,200 articles of 6.5 KB
     * as files, 5,000 in JSON Lines: half a minute per task uncontended, so a retried task repeats little). At least
     * {@code --partitions} or twice the default parallelism partitions
     * ({@code spark.sql.files.minPartitionNum}), so that small inputs use every task slot.
     */
    static final Map<String, String> FILE_DEFAULTS = Map.of(
            "spark.sql.files.openCostInBytes", "8k",
            "spark.sql.files.maxPartitionBytes", "32m");

    private ExtractJob() {
    }

    /** The parsed command line. */
    record Options(String master, String input, String inputFormat, String idColumn, String textColumn,
                   String output, String outputFormat, int partitions, boolean overwrite, Engine engine,
                   int maxChars) {
    }

    /** What one run did. @param documents rows written @param errors error rows @param seconds wall time */
    record Summary(long documents, long errors, double startSeconds, double seconds) {
    }

    /**
     * Runs the job and returns normally when it ran (no {@code System.exit}, which a cluster
     * manager such as YARN would report as a failure); exits with 2 for a bad argument, with a
     * message naming it.
     *
     * @param args the options (see the class comment)
     */
    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("newsextract-spark: " + e.getMessage());
            System.err.println("usage: ExtractJob --input PATH [--input-format jsonl|text|parquet] --output PATH"
                    + " [--output-format parquet|jsonl] [--partitions N] [--overwrite] [--master URL]"
                    + " [--id-col NAME] [--text-col NAME] [--engine corenlp|opennlp] [--max-chars N]");
            System.exit(EXIT_USAGE);
            return;
        }
        long t0 = System.nanoTime();
        String master = options.master() != null ? options.master() : System.getProperty("spark.master");
        boolean local = master != null && master.startsWith("local");
        if (local) {
            // The driver is the executor: load the models while Spark starts.
            extractor(options).loadInBackground();
        }
        SparkSession.Builder builder = SparkSession.builder().appName("newsextract");
        if (options.master() != null) {
            builder.master(options.master());
        }
        if (local) {
            // One machine: nothing needs to listen beyond loopback, and a batch job has nobody
            // watching its web UI (-Dspark.ui.enabled=true, or --conf with spark-submit, keeps it).
            unlessSet(builder, "spark.driver.host", "127.0.0.1");
            unlessSet(builder, "spark.driver.bindAddress", "127.0.0.1");
            unlessSet(builder, "spark.ui.enabled", "false");
        }
        SparkSession spark = builder.getOrCreate();
        double start = (System.nanoTime() - t0) / NANOS_PER_SECOND;
        boolean usage = false;
        try {
            Summary s = run(spark, options, start);
            report(System.err, options, s);
        } catch (IllegalArgumentException e) {
            System.err.println("newsextract-spark: " + e.getMessage());
            usage = true;
        } finally {
            spark.stop();
        }
        if (usage) {
            System.exit(EXIT_USAGE);
        }
    }

    /** Sets a Spark option unless the user did (spark-submit passes its options as system properties). */
    private static void unlessSet(SparkSession.Builder builder, String key, String value) {
        if (System.getProperty(key) == null) {
            builder.config(key, value);
        }
    }

    private static NewsExtractorSpark extractor(Options options) {
        return NewsExtractorSpark.create().engine(options.engine()).maxChars(options.maxChars());
    }

    /**
     * Runs the job on an existing session.
     *
     * @return what was written
     * @throws IllegalArgumentException for an input without the id or text column, or an output that
     *                                  exists without {@code --overwrite}
     */
    static Summary run(SparkSession spark, Options options, double startSeconds) {
        long t0 = System.nanoTime();
        if (!options.overwrite() && exists(spark, options.output())) {
            throw new IllegalArgumentException("the output " + options.output() + " exists: pass --overwrite to replace it");
        }
        NewsExtractorSpark extractor = extractor(options);
        if (spark.sparkContext().isLocal()) {
            // The driver is the executor: load the models while Spark plans and reads (main()
            // has started it already; this is for a session made elsewhere, as the tests').
            extractor.loadInBackground();
        }
        int wanted = options.partitions() > 0 ? options.partitions()
                : PARTITIONS_PER_CORE * spark.sparkContext().defaultParallelism();
        Map<String, String> scan = new HashMap<>(FILE_DEFAULTS);
        scan.put(MIN_PARTITIONS, Integer.toString(wanted));
        if (options.partitions() > 0) {
            scan.put(MAX_PARTITIONS, Integer.toString(wanted));
        }
        Runnable restore = setUnlessSet(spark.conf(), scan,
                options.partitions() > 0 ? Set.of(MIN_PARTITIONS, MAX_PARTITIONS) : Set.of());
        try {
            Dataset<Row> docs = partitioned(read(spark, options), options, wanted);
            LongAccumulator made = spark.sparkContext().longAccumulator("newsextract documents");
            LongAccumulator errors = spark.sparkContext().longAccumulator("newsextract errors");
            if (JSONL.equals(options.outputFormat())) {
                writeJsonLines(spark, extractor.extractJsonLines(docs, options.idColumn(), options.textColumn(), made,
                        errors), options);
            } else {
                write(extractor.extract(docs, options.idColumn(), options.textColumn(), made, errors), options);
            }
            return new Summary(made.value(), errors.value(), startSeconds, (System.nanoTime() - t0) / NANOS_PER_SECOND);
        } finally {
            restore.run();
        }
    }

    /**
     * The documents in the partitions the job wants, without a shuffle when the input's split
     * gives them: exactly {@code --partitions} (fewer merged, more by a shuffle); otherwise at
     * least {@code wanted}, by a shuffle only for an input that Spark cannot split that far (one
     * compressed JSON Lines file, a Parquet file of one row group). A directory of text files is
     * never shuffled by default: its partitions are whole files, at least {@code wanted} or one
     * per file.
     */
    private static Dataset<Row> partitioned(Dataset<Row> docs, Options options, int wanted) {
        if (options.partitions() == 0 && TEXT.equals(options.inputFormat())) {
            return docs;
        }
        // Plans the scan (no job runs for a file scan): the write plans it again, cheaply.
        int have = docs.queryExecution().toRdd().getNumPartitions();
        if (options.partitions() > 0 && have > wanted) {
            return docs.coalesce(wanted);
        }
        return have < wanted ? docs.repartition(wanted) : docs;
    }

    /**
     * Sets each of {@code values} in the session unless it is set already (then only those in
     * {@code force}); returns what puts the session back as it was.
     */
    private static Runnable setUnlessSet(RuntimeConfig conf, Map<String, String> values,
                                         Set<String> force) {
        Map<String, String> previous = new HashMap<>();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            boolean set = conf.contains(e.getKey());
            if (set && !force.contains(e.getKey())) {
                continue;
            }
            if (set) {
                previous.put(e.getKey(), conf.get(e.getKey()));
            }
            conf.set(e.getKey(), e.getValue());
            changed.add(e.getKey());
        }
        return () -> {
            for (String key : changed) {
                if (previous.containsKey(key)) {
                    conf.set(key, previous.get(key));
                } else {
                    conf.unset(key);
                }
            }
        };
    }

    static Dataset<Row> read(SparkSession spark, Options options) {
        switch (options.inputFormat()) {
            case JSONL: {
                StructType schema = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[]{
                        DataTypes.createStructField(options.idColumn(), DataTypes.StringType, true),
                        DataTypes.createStructField(options.textColumn(), DataTypes.StringType, true)});
                return spark.read().schema(schema).json(options.input());
            }
            case PARQUET:
                return spark.read().parquet(options.input());
            default: {
                String root = rootPath(spark, options.input());
                UDF1<String, String> idOf = uri -> idOfFile(uri, root);
                // Each file's bytes as they are (as the text source's wholetext option reads them,
                // without its copy of the Hadoop configuration for every file), in subfolders too,
                // decoded as the CLI decodes them: strict UTF-8, or the problem for an error row.
                Dataset<Row> files = spark.read().format("binaryFile").option("pathGlobFilter", "*" + TXT_SUFFIX)
                        .option("recursiveFileLookup", "true").load(options.input());
                UDF2<String, byte[], Row> decode = ExtractJob::decodeFile;
                Column decoded = functions.udf(decode, DECODED).apply(functions.col("path"), functions.col("content"));
                return files.select(functions.udf(idOf, DataTypes.StringType).apply(functions.col("path"))
                                .as(options.idColumn()), decoded.as("decoded"))
                        .select(functions.col(options.idColumn()), functions.col("decoded.text").as(options.textColumn()),
                                functions.col("decoded.problem").as(NewsExtractorSpark.PROBLEM_COLUMN));
            }
        }
    }

    private static void write(Dataset<Row> out, Options options) {
        out.write().mode(options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists).parquet(options.output());
    }

    /**
     * Writes each row's JSON line as it is (Spark's text source, one line per document, no
     * conversion through Spark's JSON writer), then names the part files {@code .json}: the text
     * source calls them {@code .txt}. The lines are the CLI's, so the output equals {@code
     * extract --format jsonl} line for line (in partition order).
     */
    private static void writeJsonLines(SparkSession spark, Dataset<Row> lines, Options options) {
        lines.write().mode(options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists).text(options.output());
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(options.output());
        try {
            org.apache.hadoop.fs.FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(dir)) {
                String name = f.getPath().getName();
                int txt = name.indexOf(TXT_SUFFIX);
                if (name.startsWith("part-") && txt > 0) {
                    String json = name.substring(0, txt) + JSON_SUFFIX + name.substring(txt + TXT_SUFFIX.length());
                    if (!fs.rename(f.getPath(), new org.apache.hadoop.fs.Path(dir, json))) {
                        throw new java.io.IOException("could not rename " + f.getPath() + " to " + json);
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the output in " + options.output()
                    + " is complete, but naming its part files .json failed: " + e.getMessage(), e);
        }
    }

    /** A text file's text, or the problem that keeps it from being text (then the text is null). */
    private static final StructType DECODED = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[]{
            DataTypes.createStructField("text", DataTypes.StringType, true),
            DataTypes.createStructField("problem", DataTypes.StringType, true)});

    /** Decodes a text file's bytes as the CLI does ({@link Utf8Files#decode}). */
    static Row decodeFile(String uri, byte[] bytes) {
        try {
            return RowFactory.create(Utf8Files.decode(bytes, uri), null);
        } catch (Utf8Files.NotText e) {
            return RowFactory.create(null, e.getMessage());
        }
    }

    /** True if the path exists on its file system (false when that cannot be told: Spark's write says why). */
    private static boolean exists(SparkSession spark, String path) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
        } catch (java.io.IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The absolute path of the input folder as its files' URIs spell it ("../texts" on the local
     * file system becomes "/home/u/texts"), without a trailing slash; null when it cannot be
     * qualified (ids are then file names).
     */
    static String rootPath(SparkSession spark, String input) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
            String path = p.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(p).toUri().getPath();
            return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The id of a text file, as the CLI names it: its path below the input folder without {@code
     * .txt} ("2016/03/article" for a file in a subfolder), or its file name when it is not below
     * {@code root}.
     */
    static String idOfFile(String uri, String root) {
        String path;
        try {
            path = new URI(uri).getPath();
        } catch (URISyntaxException e) {
            path = uri;
        }
        String name = root != null && !root.isEmpty() && path.startsWith(root + "/")
                ? path.substring(root.length() + 1) : path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(TXT_SUFFIX) ? name.substring(0, name.length() - TXT_SUFFIX.length()) : name;
    }

    static void report(PrintStream err, Options options, Summary s) {
        err.printf(Locale.ROOT, "newsextract-spark: %d documents (%d errors) -> %s in %.1f s"
                        + " (%.1f documents/s; Spark start-up %.1f s)%n",
                s.documents(), s.errors(), options.output(), s.seconds(), s.documents() / s.seconds(), s.startSeconds());
    }

    /**
     * Parses the command line.
     *
     * @throws IllegalArgumentException naming the bad or missing option
     */
    static Options parse(String[] args) {
        String master = null;
        String input = null;
        String inputFormat = null;
        String idColumn = "id";
        String textColumn = "text";
        String output = null;
        String outputFormat = PARQUET;
        int partitions = 0;
        boolean overwrite = false;
        Engine engine = Engine.CORENLP;
        int maxChars = NewsExtractorSpark.DEFAULT_MAX_CHARS;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            if ("--overwrite".equals(option)) {
                overwrite = true;
                continue;
            }
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = rest.remove(0);
            switch (option) {
                case "--master" -> master = value;
                case "--input" -> input = value;
                case "--input-format" -> inputFormat = oneOf(option, value, JSONL, TEXT, PARQUET);
                case "--id-col" -> idColumn = value;
                case "--text-col" -> textColumn = value;
                case "--output" -> output = value;
                case "--output-format" -> outputFormat = oneOf(option, value, PARQUET, JSONL);
                case "--partitions" -> partitions = positive(option, value);
                case "--max-chars" -> maxChars = positive(option, value);
                case "--engine" -> engine = Engine.valueOf(oneOf(option, value.toLowerCase(Locale.ROOT), "corenlp", "opennlp")
                        .toUpperCase(Locale.ROOT));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (input == null) {
            throw new IllegalArgumentException("--input is required");
        }
        if (output == null) {
            throw new IllegalArgumentException("--output is required");
        }
        if (inputFormat == null) {
            String lower = input.toLowerCase(Locale.ROOT);
            inputFormat = lower.endsWith(".jsonl") || lower.endsWith(".json") ? JSONL
                    : lower.endsWith(".parquet") ? PARQUET : TEXT;
        }
        return new Options(master, input, inputFormat, idColumn, textColumn, output, outputFormat, partitions,
                overwrite, engine, maxChars);
    }

    private static String oneOf(String option, String value, String... allowed) {
        for (String a : allowed) {
            if (a.equals(value)) {
                return value;
            }
        }
        throw new IllegalArgumentException(option + " must be one of " + String.join(", ", allowed) + ", got '" + value + "'");
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException(option + " must be a positive whole number, got '" + value + "'");
    }
}
