package org.newsextract;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.newsextract.json.CodePoints;

/**
 * Writes extractions in the {@code newsextract/1} JSON contract
 * ({@code ../shared/contracts/extraction-json.md}): offsets in Unicode code points, field names
 * and order as the contract shows them. A failed batch document is written as
 * {@code {"schema": "newsextract/1", "id": …, "error": "…"}}.
 */
final class ExtractionJson {
    /** The contract version written in every record's {@code schema} field. */
    static final String SCHEMA = Extraction.JSON_SCHEMA;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ExtractionJson() {
    }

    /** Returns one extraction as JSON, pretty-printed or on one line. */
    static String toJson(Extraction extraction, boolean pretty) {
        StringWriter out = new StringWriter();
        write(extraction, out, pretty);
        return out.toString();
    }

    /** Writes one extraction as JSON (no trailing newline). */
    static void write(Extraction extraction, Writer out, boolean pretty) {
        try (JsonGenerator g = generator(out, pretty)) {
            writeExtraction(g, extraction);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns one batch result as JSON: the extraction, or an error record. */
    static String toJson(BatchResult result, boolean pretty) {
        StringWriter out = new StringWriter();
        write(result, out, pretty);
        return out.toString();
    }

    /** Writes one batch result: the extraction, or an error record. */
    static void write(BatchResult result, Writer out, boolean pretty) {
        if (result.isSuccess()) {
            write(result.extraction().orElseThrow(), out, pretty);
            return;
        }
        try (JsonGenerator g = generator(out, pretty)) {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("id", result.id());
            g.writeStringField("error", result.error().orElseThrow());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonGenerator generator(Writer out, boolean pretty) throws IOException {
        JsonGenerator g = new LoneSurrogates(FACTORY.createGenerator(out));
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            g.useDefaultPrettyPrinter();
        }
        return g;
    }

    /**
     * Writes a string that holds an unpaired surrogate (valid in a Java string, as the input
     * escape {@code "\ud800"} makes, but not encodable in UTF-8) with that surrogate as a
     * {@code \\uXXXX} escape: the JSON still decodes to the exact text, and writing it as UTF-8
     * cannot fail. Every other string is written as before.
     */
    private static final class LoneSurrogates extends com.fasterxml.jackson.core.util.JsonGeneratorDelegate {
        LoneSurrogates(JsonGenerator g) {
            super(g, false);
        }

        @Override
        public void writeString(String text) throws IOException {
            if (text == null || !hasLoneSurrogate(text)) {
                super.writeString(text);
                return;
            }
            StringBuilder json = new StringBuilder(text.length() + 16).append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    json.append(c).append(text.charAt(++i));
                } else if (c == '"' || c == '\\') {
                    json.append('\\').append(c);
                } else if (c == '\n') {
                    json.append("\\n");
                } else if (c == '\r') {
                    json.append("\\r");
                } else if (c == '\t') {
                    json.append("\\t");
                } else if (c < 0x20 || Character.isSurrogate(c)) {
                    json.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                } else {
                    json.append(c);
                }
            }
            writeRawValue(json.append('"').toString());
        }

        private static boolean hasLoneSurrogate(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static void writeExtraction(JsonGenerator g, Extraction x) throws IOException {
        CodePoints cp = new CodePoints(x.text());
        g.writeStartObject();
        g.writeStringField("schema", SCHEMA);
        Optional<String> id = x.id();
        if (id.isPresent()) {
            g.writeStringField("id", id.get());
        } else {
            g.writeNullField("id");
        }
        g.writeStringField("language", "en");
        for (EntityType type : EntityType.values()) {
            g.writeArrayFieldStart(type.jsonField());
            for (Entity e : x.ofType(type)) {
                writeEntity(g, e, cp);
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("quotes");
        for (Quote q : x.quotes()) {
            writeQuote(g, q, cp);
        }
        g.writeEndArray();
        if (x.reportedSpeechExtracted()) {
            g.writeArrayFieldStart("reported");
            for (ReportedSpeech r : x.reported()) {
                g.writeStartObject();
                g.writeNumberField("start", cp.toCodePoint(r.start()));
                g.writeNumberField("end", cp.toCodePoint(r.end()));
                g.writeStringField("text", r.text());
                writeSpeakerAndCue(g, r.speaker(), r.cue(), cp);
                g.writeNumberField("confidence", r.confidence());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeEntity(JsonGenerator g, Entity e, CodePoints cp) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("name", e.name());
        if (e.placeKind().isPresent()) {
            g.writeStringField("kind", e.placeKind().get().name());
        }
        g.writeArrayFieldStart("aliases");
        for (String a : e.aliases()) {
            g.writeString(a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("mentions");
        for (Mention m : e.mentions()) {
            g.writeStartObject();
            g.writeNumberField("start", cp.toCodePoint(m.start()));
            g.writeNumberField("end", cp.toCodePoint(m.end()));
            g.writeStringField("text", m.text());
            g.writeNumberField("confidence", m.confidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeQuote(JsonGenerator g, Quote q, CodePoints cp) throws IOException {
        g.writeStartObject();
        g.writeNumberField("start", cp.toCodePoint(q.start()));
        g.writeNumberField("end", cp.toCodePoint(q.end()));
        g.writeStringField("text", q.text());
        g.writeStringField("kind", q.kind().name());
        writeSpeakerAndCue(g, q.speaker(), q.cue(), cp);
        g.writeEndObject();
    }

    private static void writeSpeakerAndCue(JsonGenerator g, Optional<Speaker> speaker, Optional<TextSpan> cue,
                                           CodePoints cp) throws IOException {
        if (speaker.isPresent()) {
            Speaker s = speaker.get();
            g.writeObjectFieldStart("speaker");
            if (s.entityId().isPresent()) {
                g.writeStringField("entity", s.entityId().get());
            } else {
                g.writeNullField("entity");
            }
            g.writeStringField("name", s.name());
            g.writeFieldName("mention");
            writeSpan(g, s.mention(), cp);
            g.writeEndObject();
        } else {
            g.writeNullField("speaker");
        }
        if (cue.isPresent()) {
            g.writeFieldName("cue");
            writeSpan(g, cue.get(), cp);
        } else {
            g.writeNullField("cue");
        }
    }

    private static void writeSpan(JsonGenerator g, TextSpan span, CodePoints cp) throws IOException {
        g.writeStartObject();
        g.writeNumberField("start", cp.toCodePoint(span.start()));
        g.writeNumberField("end", cp.toCodePoint(span.end()));
        g.writeStringField("text", span.text());
        g.writeEndObject();
    }
}
