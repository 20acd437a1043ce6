package org.newsextract.spark;

import java.io.Serializable;
import java.util.Arrays;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.newsextract.Engine;

/**
 * Runs newsextract over a Spark {@code Dataset<Row>} of documents.
 *
 * <pre>{@code
 * Dataset<Row> docs = spark.read().json("articles.jsonl");          // columns id, text
 * Dataset<Row> out = NewsExtractorSpark.create().extract(docs, "id", "text");
 * out.write().parquet("extractions.parquet");
 * }</pre>
 *
 * <p>The result has one row per input row, with the columns of the {@code newsextract/1} JSON
 * contract ({@code schema}, {@code id}, {@code language}, {@code people}, {@code places},
 * {@code organizations}, {@code quotes}, {@code reported}) as typed nested columns with the
 * contract's field names and Unicode code point offsets, plus {@code error}: null on success,
 * otherwise the problem, naming the document (then only {@code schema}, {@code id} and
 * {@code error} are set). See {@link #schema()}.
 *
 * <p>Each executor JVM builds one extractor on its first task and shares it with all its tasks
 * (models load once per executor); no extractor is serialized or broadcast. Instances of this
 * class are immutable, serializable settings.
 */
public final class NewsExtractorSpark implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * The longest text accepted by default, in UTF-16 chars (64 Mi, as the CLI's 64 MB limit on
     * one input): a longer document gives an error row instead of tying up a task.
     */
    public static final int DEFAULT_MAX_CHARS = 64 << 20;
    /** The output column that holds the problem of a failed document (null on success). */
    public static final String ERROR_COLUMN = ExtractionRows.ERROR;
    /** The one column of the job's JSON Lines rows: each document's JSON line. */
    static final String JSON_LINE_COLUMN = "value";
    /** The output column that holds the document id. */
    public static final String ID_COLUMN = ExtractionRows.ID;

    private static final int NO_FAULT = -1;
    /** The struct column that holds each row's result before it is spread into the output columns. */
    private static final String RESULT = "newsextract_result";

    private final Settings settings;

    private NewsExtractorSpark(Settings settings) {
        this.settings = settings;
    }

    /**
     * Returns the default configuration: CoreNLP engine, quotes and reported speech on, texts up
     * to {@link #DEFAULT_MAX_CHARS}, as {@code NewsExtractor.create()}.
     *
     * @return the default configuration
     */
    public static NewsExtractorSpark create() {
        return new NewsExtractorSpark(new Settings(Engine.CORENLP, true, true, DEFAULT_MAX_CHARS, NO_FAULT, null));
    }

    /**
     * Returns a copy that uses another engine.
     *
     * @param engine the engine
     * @return the new configuration
     * @throws IllegalArgumentException if {@code engine} is null
     */
    public NewsExtractorSpark engine(Engine engine) {
        if (engine == null) {
            throw new IllegalArgumentException("engine must not be null");
        }
        return with(new Settings(engine, settings.quotes(), settings.reported(), settings.maxChars(),
                settings.failPartition(), settings.failDocument()));
    }

    /**
     * Returns a copy that does or does not extract quotes.
     *
     * @param quotes whether quotes are extracted
     * @return the new configuration
     */
    public NewsExtractorSpark quotes(boolean quotes) {
        return with(new Settings(settings.engine(), quotes, settings.reported(), settings.maxChars(),
                settings.failPartition(), settings.failDocument()));
    }

    /**
     * Returns a copy that does or does not extract reported speech (the {@code reported} column
     * is null when it does not).
     *
     * @param reported whether reported speech is extracted
     * @return the new configuration
     */
    public NewsExtractorSpark reportedSpeech(boolean reported) {
        return with(new Settings(settings.engine(), settings.quotes(), reported, settings.maxChars(),
                settings.failPartition(), settings.failDocument()));
    }

    /**
     * Returns a copy with another limit on the length of one text.
     *
     * @param maxChars the longest text accepted, in UTF-16 chars; a longer one gives an error row
     * @return the new configuration
     * @throws IllegalArgumentException if {@code maxChars} is not positive
     */
    public NewsExtractorSpark maxChars(int maxChars) {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
        }
        return with(new Settings(settings.engine(), settings.quotes(), settings.reported(), maxChars,
                settings.failPartition(), settings.failDocument()));
    }

    /** Test hook: the first attempt of partition {@code partition} fails after one row. */
    NewsExtractorSpark failFirstAttemptOfPartition(int partition) {
        return with(new Settings(settings.engine(), settings.quotes(), settings.reported(), settings.maxChars(),
                partition, settings.failDocument()));
    }

    /** Test hook: extracting document {@code id} throws. */
    NewsExtractorSpark failDocument(String id) {
        return with(new Settings(settings.engine(), settings.quotes(), settings.reported(), settings.maxChars(),
                settings.failPartition(), id));
    }

    /**
     * Returns the schema of {@link #extract}'s result: the JSON contract's fields, then
     * {@code error}.
     *
     * @return the output schema
     */
    public static StructType schema() {
        return ExtractionRows.OUTPUT;
    }

    /**
     * Extracts from every row of {@code documents}, lazily (nothing runs until an action such as
     * a write). One output row per input row, in each partition's order; the partitioning is the
     * input's (repartition the input to spread the work).
     *
     * @param documents the documents
     * @param idColumn  the name of the string column that holds each document's id (copied into
     *                  the {@code id} column; may hold nulls)
     * @param textColumn the name of the string column that holds each text (a null text gives an
     *                   error row)
     * @return a dataset with {@link #schema()}
     * @throws IllegalArgumentException if {@code documents} is null, or a column is missing or not
     *                                  a string column (the message names it and lists the columns)
     */
    public Dataset<Row> extract(Dataset<Row> documents, String idColumn, String textColumn) {
        return extract(documents, idColumn, textColumn, null, null);
    }

    /**
     * As {@link #extract(Dataset, String, String)}, counting the rows made and the error rows in
     * accumulators (either may be null). Spark applies a result task's updates once, so when
     * the extraction runs in the last stage of an action (a write) the counts are exact even
     * with retried tasks.
     */
    Dataset<Row> extract(Dataset<Row> documents, String idColumn, String textColumn, LongAccumulator made,
                         LongAccumulator errors) {
        Column[] idAndText = idAndText(documents, idColumn, textColumn);
        ExtractDocument document = new ExtractDocument(settings, made, errors);
        Column[] problem = problem(documents);
        UserDefinedFunction extractOne = problem.length > 0
                ? once(functions.udf((UDF3<String, String, String, Row>) document::call, ExtractionRows.OUTPUT))
                : once(functions.udf(document, ExtractionRows.OUTPUT));
        return documents.select(extractOne.apply(concat(idAndText, problem)).as(RESULT)).select(RESULT + ".*");
    }

    /**
     * The job's internal column, next to id and text, that names why a row's input is no text
     * (a file that is not UTF-8): such a row becomes an error row with that message.
     */
    static final String PROBLEM_COLUMN = "_newsextract_input_problem";

    /** The {@link #PROBLEM_COLUMN} when the dataset has it (the job's text files), else none. */
    private static Column[] problem(Dataset<Row> documents) {
        return java.util.Arrays.asList(documents.columns()).contains(PROBLEM_COLUMN)
                ? new Column[]{documents.col(PROBLEM_COLUMN)} : new Column[0];
    }

    private static Column[] concat(Column[] a, Column[] b) {
        Column[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The id and text columns, checked: present and strings. */
    private static Column[] idAndText(Dataset<Row> documents, String idColumn, String textColumn) {
        if (documents == null) {
            throw new IllegalArgumentException("documents must not be null");
        }
        StructType in = documents.schema();
        return new Column[]{stringColumn(documents, in, idColumn, "id"), stringColumn(documents, in, textColumn, "text")};
    }

    /**
     * The function called once per row (never repeated or duplicated by the optimizer), its result
     * keeping the schema's nullability.
     */
    private static UserDefinedFunction once(UserDefinedFunction f) {
        return f.asNondeterministic().asNonNullable();
    }

    /**
     * As {@link #extract(Dataset, String, String, LongAccumulator, LongAccumulator)}, but each
     * output row is one string column, {@link #JSON_LINE_COLUMN}: the library's JSON line for the
     * document ({@code Extraction.toJsonLine()}) or the contract's error record, exactly what
     * {@code extract --format jsonl} writes. The job's JSON Lines output is these lines.
     */
    Dataset<Row> extractJsonLines(Dataset<Row> documents, String idColumn, String textColumn, LongAccumulator made,
                                  LongAccumulator errors) {
        Column[] idAndText = idAndText(documents, idColumn, textColumn);
        ExtractDocumentJson document = new ExtractDocumentJson(new ExtractDocument(settings, made, errors));
        Column[] problem = problem(documents);
        UserDefinedFunction extractOne = problem.length > 0
                ? once(functions.udf((UDF3<String, String, String, String>) document::call, DataTypes.StringType))
                : once(functions.udf(document, DataTypes.StringType));
        return documents.select(extractOne.apply(concat(idAndText, problem)).as(JSON_LINE_COLUMN));
    }

    /**
     * Starts building this JVM's shared extractor (models included) on a background thread, so
     * that a local-mode job, whose driver is its executor, loads the models while Spark starts.
     */
    void loadInBackground() {
        ExecutorExtractors.loadInBackground(settings.extractorKey());
    }

    @Override
    public String toString() {
        return "NewsExtractorSpark[engine=" + settings.engine() + ", quotes=" + settings.quotes() + ", reported="
                + settings.reported() + ", maxChars=" + settings.maxChars() + "]";
    }

    private NewsExtractorSpark with(Settings s) {
        return new NewsExtractorSpark(s);
    }

    private static Column stringColumn(Dataset<Row> documents, StructType schema, String column, String role) {
        if (column == null) {
            throw new IllegalArgumentException("the " + role + " column name must not be null");
        }
        int index = Arrays.asList(schema.fieldNames()).indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("the " + role + " column '" + column + "' is not in the input; its columns are "
                    + Arrays.toString(schema.fieldNames()));
        }
        StructField field = schema.fields()[index];
        if (!field.dataType().equals(DataTypes.StringType)) {
            throw new IllegalArgumentException("the " + role + " column '" + column + "' must be a string column, but is "
                    + field.dataType().simpleString());
        }
        // quoted: a name with a dot is one column, not a field of a struct
        return documents.col("`" + column.replace("`", "``") + "`");
    }
}
