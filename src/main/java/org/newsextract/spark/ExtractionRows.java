package org.newsextract.spark;

import java.util.List;
import java.util.Optional;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsextract.Entity;
import org.newsextract.EntityType;
import org.newsextract.Extraction;
import org.newsextract.Mention;
import org.newsextract.Quote;
import org.newsextract.ReportedSpeech;
import org.newsextract.Speaker;
import org.newsextract.TextSpan;
import org.newsextract.json.CodePoints;

/**
 * The Spark schema of an extraction and the conversion of an {@link Extraction} into a row of
 * it: the same fields, nesting, order and code point offsets as the {@code newsextract/1} JSON
 * ({@link Extraction#toJson()}), plus an {@code error} column.
 */
final class ExtractionRows {
    static final String SCHEMA = "schema";
    static final String ID = "id";
    static final String LANGUAGE = "language";
    static final String QUOTES = "quotes";
    static final String REPORTED = "reported";
    static final String ERROR = "error";
    /** The value of the {@code language} column, as in the JSON. */
    static final String LANGUAGE_EN = "en";

    private static final StructType MENTION = struct(
            field("start", DataTypes.IntegerType, false),
            field("end", DataTypes.IntegerType, false),
            field("text", DataTypes.StringType, false),
            field("confidence", DataTypes.DoubleType, false));
    private static final StructType ENTITY = entity(false);
    private static final StructType PLACE = entity(true);
    private static final StructType SPAN = struct(
            field("start", DataTypes.IntegerType, false),
            field("end", DataTypes.IntegerType, false),
            field("text", DataTypes.StringType, false));
    private static final StructType SPEAKER = struct(
            field("entity", DataTypes.StringType, true),
            field("name", DataTypes.StringType, false),
            field("mention", SPAN, false));
    private static final StructType QUOTE = struct(
            field("start", DataTypes.IntegerType, false),
            field("end", DataTypes.IntegerType, false),
            field("text", DataTypes.StringType, false),
            field("kind", DataTypes.StringType, false),
            field("speaker", SPEAKER, true),
            field("cue", SPAN, true));
    private static final StructType REPORTED_SPEECH = struct(
            field("start", DataTypes.IntegerType, false),
            field("end", DataTypes.IntegerType, false),
            field("text", DataTypes.StringType, false),
            field("speaker", SPEAKER, true),
            field("cue", SPAN, true),
            field("confidence", DataTypes.DoubleType, false));

    /** The output schema: the JSON contract's top-level fields in its order, then {@code error}. */
    static final StructType OUTPUT = struct(
            field(SCHEMA, DataTypes.StringType, false),
            field(ID, DataTypes.StringType, true),
            field(LANGUAGE, DataTypes.StringType, true),
            field(EntityType.PERSON.jsonField(), array(ENTITY), true),
            field(EntityType.PLACE.jsonField(), array(PLACE), true),
            field(EntityType.ORGANIZATION.jsonField(), array(ENTITY), true),
            field(QUOTES, array(QUOTE), true),
            field(REPORTED, array(REPORTED_SPEECH), true),
            field(ERROR, DataTypes.StringType, true));

    private ExtractionRows() {
    }

    /** Returns the row of a successful extraction; {@code reported} is null when it did not run. */
    static Row success(Extraction x) {
        CodePoints cp = new CodePoints(x.text());
        Object[] values = new Object[OUTPUT.size()];
        values[0] = Extraction.JSON_SCHEMA;
        values[1] = x.id().orElse(null);
        values[2] = LANGUAGE_EN;
        values[3] = entities(x.ofType(EntityType.PERSON), false, cp);
        values[4] = entities(x.ofType(EntityType.PLACE), true, cp);
        values[5] = entities(x.ofType(EntityType.ORGANIZATION), false, cp);
        values[6] = quotes(x.quotes(), cp);
        values[7] = x.reportedSpeechExtracted() ? reported(x.reported(), cp) : null;
        values[8] = null;
        return RowFactory.create(values);
    }

    /** Returns the row of a document that failed: schema, id and the error; the rest null. */
    static Row failure(String id, String error) {
        Object[] values = new Object[OUTPUT.size()];
        values[0] = Extraction.JSON_SCHEMA;
        values[1] = id;
        values[8] = error;
        return RowFactory.create(values);
    }

    private static Row[] entities(List<Entity> entities, boolean place, CodePoints cp) {
        Row[] rows = new Row[entities.size()];
        for (int i = 0; i < rows.length; i++) {
            Entity e = entities.get(i);
            Row[] mentions = new Row[e.mentions().size()];
            for (int m = 0; m < mentions.length; m++) {
                Mention mention = e.mentions().get(m);
                mentions[m] = RowFactory.create(cp.toCodePoint(mention.start()), cp.toCodePoint(mention.end()),
                        mention.text(), mention.confidence());
            }
            String[] aliases = e.aliases().toArray(new String[0]);
            rows[i] = place
                    ? RowFactory.create(e.id(), e.name(), e.placeKind().map(Enum::name).orElse(null), aliases, mentions)
                    : RowFactory.create(e.id(), e.name(), aliases, mentions);
        }
        return rows;
    }

    private static Row[] quotes(List<Quote> quotes, CodePoints cp) {
        Row[] rows = new Row[quotes.size()];
        for (int i = 0; i < rows.length; i++) {
            Quote q = quotes.get(i);
            rows[i] = RowFactory.create(cp.toCodePoint(q.start()), cp.toCodePoint(q.end()), q.text(), q.kind().name(),
                    speaker(q.speaker(), cp), span(q.cue(), cp));
        }
        return rows;
    }

    private static Row[] reported(List<ReportedSpeech> reported, CodePoints cp) {
        Row[] rows = new Row[reported.size()];
        for (int i = 0; i < rows.length; i++) {
            ReportedSpeech r = reported.get(i);
            rows[i] = RowFactory.create(cp.toCodePoint(r.start()), cp.toCodePoint(r.end()), r.text(),
                    speaker(r.speaker(), cp), span(r.cue(), cp), r.confidence());
        }
        return rows;
    }

    private static Row speaker(Optional<Speaker> speaker, CodePoints cp) {
        return speaker.map(s -> RowFactory.create(s.entityId().orElse(null), s.name(), span(s.mention(), cp)))
                .orElse(null);
    }

    private static Row span(Optional<TextSpan> span, CodePoints cp) {
        return span.map(s -> span(s, cp)).orElse(null);
    }

    private static Row span(TextSpan s, CodePoints cp) {
        return RowFactory.create(cp.toCodePoint(s.start()), cp.toCodePoint(s.end()), s.text());
    }

    private static StructType entity(boolean place) {
        StructField id = field("id", DataTypes.StringType, false);
        StructField name = field("name", DataTypes.StringType, false);
        StructField aliases = field("aliases", DataTypes.createArrayType(DataTypes.StringType, false), false);
        StructField mentions = field("mentions", array(MENTION), false);
        return place
                ? struct(id, name, field("kind", DataTypes.StringType, true), aliases, mentions)
                : struct(id, name, aliases, mentions);
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static DataType array(StructType element) {
        return DataTypes.createArrayType(element, false);
    }
}
