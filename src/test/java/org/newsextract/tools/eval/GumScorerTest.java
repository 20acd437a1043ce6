package org.newsextract.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsextract.EntityType;
import org.newsextract.Extraction;
import org.newsextract.Fixtures;

/** The GUM scorer on hand-made gold and predictions, each case one a wrong implementation gets wrong. */
class GumScorerTest {
    private static final EntityType PER = EntityType.PERSON;
    private static final EntityType LOC = EntityType.PLACE;
    private static final EntityType ORG = EntityType.ORGANIZATION;

    private static DocEntity.Span span(int start, int end) {
        return new DocEntity.Span(start, end);
    }

    private static DocEntity entity(EntityType type, String name, DocEntity.Span... spans) {
        return new DocEntity(type, name, List.of(spans));
    }

    private static GumScorer score(List<DocEntity> gold, List<DocEntity> predicted) {
        GumScorer s = new GumScorer();
        s.add(new GumDocument("GUM_news_test", "x".repeat(100), gold), predicted);
        return s;
    }

    @Test
    void spansStrictlyInsideAnotherPredictedSpanAreNotPredictedMentions() {
        // "New York City" [0,13) and, in another entity, "New York" [0,8) inside it: only the outer counts,
        // and the entity left without a mention is not a predicted entity.
        List<DocEntity> gold = List.of(entity(LOC, "New York City", span(0, 13)));
        List<DocEntity> pred = List.of(entity(LOC, "New York City", span(0, 13)),
                entity(ORG, "New York", span(0, 8)));
        GumScorer s = score(gold, pred);
        assertEquals(new Prf(1, 1, 1), s.mentions(null));
        assertEquals(new Prf(1, 1, 1), s.entities(null));
    }

    @Test
    void anEqualSpanIsNotInsideItselfAndSpansThatOnlyOverlapStay() {
        // the same span in two entities of different types: both count, one is wrong;
        // [20,30) and [25,35) overlap without nesting: both count.
        List<DocEntity> gold = List.of(entity(PER, "Ann", span(0, 5)), entity(PER, "Bob", span(20, 30)));
        List<DocEntity> pred = List.of(entity(PER, "Ann", span(0, 5)), entity(ORG, "Ann", span(0, 5)),
                entity(PER, "Bob", span(20, 30)), entity(PER, "Cy", span(25, 35)));
        GumScorer s = score(gold, pred);
        assertEquals(new Prf(2, 4, 2), s.mentions(null));
        assertEquals(new Prf(0, 1, 0), s.mentions(ORG));
        assertEquals(new Prf(2, 4, 2), s.entities(null));
    }

    @Test
    void entitiesMatchOneToOneGreedyByTheNumberOfSharedSpans() {
        // gold G1 {a,b,c}, G2 {d}; predicted P1 {a,d}, P2 {b,c}. Greedy by shared spans takes
        // G1-P2 (2 shared), then G2-P1: two matches. Matching in document order would give G1-P1
        // and leave G2 unmatched; matching many-to-one would count P1 and P2 for G1.
        DocEntity.Span a = span(0, 3);
        DocEntity.Span b = span(10, 13);
        DocEntity.Span c = span(20, 23);
        DocEntity.Span d = span(30, 33);
        List<DocEntity> gold = List.of(entity(PER, "Ann Lee", a, b, c), entity(PER, "Dee", d));
        List<DocEntity> pred = List.of(entity(PER, "Ann", a, d), entity(PER, "Ann Lee", b, c));
        GumScorer s = score(gold, pred);
        assertEquals(new Prf(2, 2, 2), s.entities(null));
        assertEquals(2, s.matchedPairs());
        // names: G1-P2 "Ann Lee" right, G2-P1 "Dee" vs "Ann" wrong
        assertEquals(50.0, s.nameAccuracy(), 1e-9);
    }

    @Test
    void entitiesMatchOnlyWithinTheirType() {
        List<DocEntity> gold = List.of(entity(ORG, "Chelsea", span(0, 7)));
        List<DocEntity> pred = List.of(entity(LOC, "Chelsea", span(0, 7)));
        GumScorer s = score(gold, pred);
        assertEquals(new Prf(0, 1, 1), s.entities(null));
        assertEquals(new Prf(0, 1, 1), s.mentions(null));
        assertEquals(0, s.matchedPairs());
    }

    @Test
    void namesAreComparedWithCaseAndSpacesFolded() {
        assertEquals(GumScorer.foldName("New York"), GumScorer.foldName("  new \n  YORK "));
        assertNotEquals(GumScorer.foldName("New York"), GumScorer.foldName("New York City"));
        GumScorer s = score(List.of(entity(LOC, "New York", span(0, 8))),
                List.of(entity(LOC, "NEW  YORK", span(0, 8))));
        assertEquals(100.0, s.nameAccuracy(), 1e-9);
    }

    @Test
    void goldNestedMentionsAndNestedOnlyEntitiesAreNotScored() throws Exception {
        String json = "{\"id\": \"GUM_bio_x\", \"text\": \"University of Oxford\", \"quotes\": [{\"a\": [1, 2]}], "
                + "\"entities\": ["
                + "{\"type\": \"ORGANIZATION\", \"name\": \"University of Oxford\", \"nested_only\": false, \"wikipedia\": null, "
                + "\"mentions\": [{\"start\": 0, \"end\": 20, \"text\": \"University of Oxford\", \"nested\": false}]},"
                + "{\"type\": \"PLACE\", \"name\": \"Oxford\", \"nested_only\": true, "
                + "\"mentions\": [{\"start\": 14, \"end\": 20, \"text\": \"Oxford\", \"nested\": true}]}]}";
        GumDocument doc = GumDocument.parse(json);
        assertEquals("bio", doc.genre());
        assertEquals(List.of(entity(ORG, "University of Oxford", span(0, 20))), doc.entities());
        GumScorer s = new GumScorer();
        s.add(doc, List.of(entity(ORG, "University of Oxford", span(0, 20)), entity(LOC, "Oxford", span(14, 20))));
        assertEquals(new Prf(1, 1, 1), s.mentions(null));
        assertEquals(new Prf(1, 1, 1), s.entities(null));
        assertEquals(new Prf(1, 1, 1), s.entitiesByGenre().get("bio"));
    }

    @Test
    void offsetsAreCodePointsAfterAnEmoji() throws Exception {
        // "😀" is one code point and two UTF-16 units: "Ann" is [2,5) in code points, [3,6) in Java.
        String text = "😀 Ann met Bob.";
        GumDocument doc = GumDocument.parse("{\"id\": \"GUM_x_y\", \"text\": \"" + text + "\", \"entities\": ["
                + "{\"type\": \"PERSON\", \"name\": \"Ann\", \"nested_only\": false, "
                + "\"mentions\": [{\"start\": 2, \"end\": 5, \"nested\": false}]}]}");
        int ann = text.indexOf("Ann");
        assertEquals(3, ann);
        List<DocEntity> grouped = Predictions.grouped(text, List.of(
                new Predictions.FlatMention(ann, ann + 3, PER), new Predictions.FlatMention(ann, ann + 3, PER)));
        assertEquals(List.of(entity(PER, "Ann", span(2, 5), span(2, 5))), grouped);
        GumScorer s = new GumScorer();
        s.add(doc, grouped);
        assertEquals(new Prf(1, 1, 1), s.mentions(null));
        assertEquals(new Prf(1, 1, 1), s.entities(null));
    }

    @Test
    void newsextractMentionsAreConvertedToCodePoints() {
        String text = "😀😀 Angela Merkel visited Paris on Monday.";
        Extraction x = Fixtures.extractor().extract("t", text);
        List<DocEntity> found = Predictions.of(x);
        DocEntity merkel = found.stream().filter(e -> e.type() == PER).findFirst().orElseThrow();
        int start = text.codePointCount(0, text.indexOf("Angela"));
        assertEquals(span(start, start + "Angela Merkel".length()), merkel.mentions().get(0));
    }

    @Test
    void rawCoreNlpStyleMentionsAreGroupedByExactStringAndType() {
        String text = "Paris and paris and Paris";
        List<DocEntity> grouped = Predictions.grouped(text, List.of(
                new Predictions.FlatMention(0, 5, LOC), new Predictions.FlatMention(10, 15, LOC),
                new Predictions.FlatMention(20, 25, LOC), new Predictions.FlatMention(20, 25, ORG)));
        assertEquals(List.of(entity(LOC, "Paris", span(0, 5), span(20, 25)), entity(LOC, "paris", span(10, 15)),
                entity(ORG, "Paris", span(20, 25))), grouped);
    }
}
