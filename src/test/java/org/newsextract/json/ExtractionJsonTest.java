package org.newsextract.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;
import org.newsextract.Entity;
import org.newsextract.EntityType;
import org.newsextract.Extraction;
import org.newsextract.Fixtures;
import org.newsextract.Mention;
import org.newsextract.Quote;
import org.newsextract.QuoteKind;
import org.newsextract.ReportedSpeech;
import org.newsextract.Speaker;
import org.newsextract.TextSpan;

/** The JSON contract: field names, shape, and Unicode code point offsets. */
class ExtractionJsonTest {

    /** Python's text[start:end] over code points. */
    private static String codePointSlice(String text, int start, int end) {
        int[] cps = text.codePoints().toArray();
        return new String(cps, start, end - start);
    }

    /** Collects every {start, end, text} object of the JSON, in document order. */
    private static List<Object[]> spans(String json) throws Exception {
        List<Object[]> out = new java.util.ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT) {
                    stack.push(new Object[3]);
                } else if (t == JsonToken.END_OBJECT) {
                    Object[] o = stack.pop();
                    if (o[0] != null && o[1] != null && o[2] != null) {
                        out.add(o);
                    }
                } else if (t == JsonToken.VALUE_NUMBER_INT && "start".equals(p.currentName())) {
                    stack.peek()[0] = p.getIntValue();
                } else if (t == JsonToken.VALUE_NUMBER_INT && "end".equals(p.currentName())) {
                    stack.peek()[1] = p.getIntValue();
                } else if (t == JsonToken.VALUE_STRING && "text".equals(p.currentName())) {
                    stack.peek()[2] = p.getText();
                }
            }
        }
        return out;
    }

    @Test
    void offsetsAreCodePointsSoThatPythonSlicingReturnsTheText() throws Exception {
        String text = "😀🇸🇾 Syrian President Bashar al-Assad fled Damascus on Sunday, 𝔄 witness said.";
        Extraction x = Fixtures.extractor().extract("emoji", text);
        String json = x.toJson();
        List<Object[]> spans = spans(json);
        assertTrue(spans.size() >= 2, json);
        for (Object[] s : spans) {
            assertEquals(s[2], codePointSlice(text, (Integer) s[0], (Integer) s[1]), json);
        }
        Mention bashar = x.people().get(0).firstMention();
        assertTrue(json.contains("\"start\" : " + (bashar.start() - 3)), "3 astral characters (6 UTF-16 units) precede it");
    }

    @Test
    void writesTheContractsFieldsInOrder() {
        String text = "Bashar al-Assad said “We will win.”";
        Entity person = new Entity("p1", EntityType.PERSON, "Bashar al-Assad", List.of("Bashar al-Assad"),
                List.of(new Mention(0, 15, "Bashar al-Assad", 0.98)), null);
        Quote quote = new Quote(21, 35, "“We will win.”", QuoteKind.DIRECT,
                Optional.of(new Speaker(new TextSpan(0, 15, "Bashar al-Assad"), Optional.of("p1"), "Bashar al-Assad")),
                Optional.of(new TextSpan(16, 20, "said")));
        Extraction x = new Extraction("doc-1", text, List.of(), List.of(), List.of(person), List.of(quote));
        String json = x.toJsonLine();
        assertEquals("{\"schema\":\"newsextract/1\",\"id\":\"doc-1\",\"language\":\"en\","
                + "\"people\":[{\"id\":\"p1\",\"name\":\"Bashar al-Assad\",\"aliases\":[\"Bashar al-Assad\"],"
                + "\"mentions\":[{\"start\":0,\"end\":15,\"text\":\"Bashar al-Assad\",\"confidence\":0.98}]}],"
                + "\"places\":[],\"organizations\":[],"
                + "\"quotes\":[{\"start\":21,\"end\":35,\"text\":\"“We will win.”\",\"kind\":\"DIRECT\","
                + "\"speaker\":{\"entity\":\"p1\",\"name\":\"Bashar al-Assad\",\"mention\":{\"start\":0,\"end\":15,"
                + "\"text\":\"Bashar al-Assad\"}},\"cue\":{\"start\":16,\"end\":20,\"text\":\"said\"}}]}", json);
    }

    @Test
    void reportedSpeechCarriesItsConfidenceAfterSpeakerAndCue() {
        String text = "Officials said the talks failed.";
        ReportedSpeech r = new ReportedSpeech(15, 31, "the talks failed", Optional.of(new Speaker(
                new TextSpan(0, 9, "Officials"), Optional.empty(), "Officials")),
                Optional.of(new TextSpan(10, 14, "said")), 0.75);
        Extraction x = new Extraction("doc-2", text, List.of(), List.of(), List.of(), List.of(), List.of(r));
        assertTrue(x.toJsonLine().endsWith("\"reported\":[{\"start\":15,\"end\":31,\"text\":\"the talks failed\","
                + "\"speaker\":{\"entity\":null,\"name\":\"Officials\",\"mention\":{\"start\":0,\"end\":9,"
                + "\"text\":\"Officials\"}},\"cue\":{\"start\":10,\"end\":14,\"text\":\"said\"},\"confidence\":0.75}]}"),
                x.toJsonLine());
        assertEquals("REPORTED the talks failed — Officials (0.75)", r.toString(), "printable, with its confidence");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ReportedSpeech(15, 31, "the talks failed", Optional.empty(), Optional.empty(), 1.5));
        assertEquals("reported speech confidence must be in [0, 1], got 1.5", e.getMessage());
    }

    @Test
    void placesCarryTheirKindAndAMissingIdIsNull() {
        Extraction x = Fixtures.extractor().extract("Rebels entered Damascus.");
        String json = x.toJsonLine();
        assertTrue(json.startsWith("{\"schema\":\"newsextract/1\",\"id\":null,\"language\":\"en\""), json);
        assertTrue(json.contains("\"name\":\"Damascus\",\"kind\":\"CITY\""), json);
    }

    @Test
    void codePointConversionCountsSurrogatePairsOnce() {
        CodePoints cp = new CodePoints("a😀b😀c");
        assertEquals(0, cp.toCodePoint(0));
        assertEquals(1, cp.toCodePoint(1));
        assertEquals(2, cp.toCodePoint(3));
        assertEquals(3, cp.toCodePoint(4));
        assertEquals(4, cp.toCodePoint(6));
        assertEquals(5, cp.toCodePoint(7));
    }
}
