package org.newsextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Bad or unusual input: clear errors, nothing lost, bounded work. */
class BadInputTest {
    private final NewsExtractor extractor = Fixtures.extractor();

    @Test
    void nullTextIsAnIllegalArgumentNamingTheProblem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> extractor.extract((String) null));
        assertEquals("text must not be null", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> extractor.extract("doc-7", null));
        assertTrue(e.getMessage().contains("doc-7"));
        assertThrows(IllegalArgumentException.class, () -> extractor.extractAll((List<Document>) null));
        assertThrows(IllegalArgumentException.class, () -> new Document("x", null));
    }

    @Test
    void nullArgumentsOfTheApiAreIllegalArgumentsNamingTheArgumentNeverNullPointers() {
        Extraction x = extractor.extract("Angela Merkel visited Paris.");
        assertMessage("type must not be null", () -> x.ofType(null));
        assertMessage("entityId must not be null", () -> x.entity(null));
        assertMessage("sentence must not be null", () -> x.text((Sentence) null));
        TextSpan span = new TextSpan(0, 6, "Angela");
        assertMessage("speaker name must not be null", () -> new Speaker(span, java.util.Optional.empty(), null));
        assertMessage("speaker mention must not be null", () -> new Speaker(null, java.util.Optional.empty(), "A"));
        Entity merkel = x.people().get(0);
        assertMessage("entity p1 aliases must not be null", () -> new Entity("p1", EntityType.PERSON, "Angela Merkel",
                null, merkel.mentions(), null));
        assertMessage("entity p1 aliases [Alice] must include its name 'Bob'", () -> new Entity("p1", EntityType.PERSON,
                "Bob", List.of("Alice"), merkel.mentions(), null));
        assertMessage("entity p1 aliases [Merkel, Angela Merkel] must be distinct and sorted", () -> new Entity("p1",
                EntityType.PERSON, "Angela Merkel", List.of("Merkel", "Angela Merkel"), merkel.mentions(), null));
        assertEquals(merkel, new Entity(merkel.id(), merkel.type(), merkel.name(), merkel.aliases(), merkel.mentions(), null),
                "what the extractor makes passes its own checks");
        assertTrue(x.entity("p999").isEmpty(), "an unknown id is empty, not an error");
        java.util.List<String> withNull = new java.util.ArrayList<>(List.of("Merkel", "left"));
        withNull.add(null);
        assertMessage("token must not be null (sentence 2, token 3)",
                () -> extractor.extractTokenized("t", List.of(List.of("Hi"), withNull)));
        assertMessage("token 'a b' is empty or contains white space (sentence 1, token 1)",
                () -> extractor.extractTokenized("t", List.of(List.of("a b"))));
    }

    private static void assertMessage(String message, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void emptyAndBlankTextGiveAnEmptyExtraction() {
        for (String text : List.of("", "   ", "\n\n\t \r\n")) {
            Extraction x = extractor.extract(text);
            assertTrue(x.entities().isEmpty() && x.tokens().isEmpty() && x.sentences().isEmpty() && x.quotes().isEmpty());
            assertEquals(text, x.text());
            // reported speech ran (it is on by default), as for any other text: the contract's "reported": []
            assertTrue(x.reportedSpeechExtracted() && x.reported().isEmpty(), text);
            assertTrue(x.toJsonLine().contains("\"reported\":[]"), x.toJsonLine());
        }
        Extraction tokenized = extractor.extractTokenized("t", List.of(List.of()));
        assertTrue(tokenized.reportedSpeechExtracted(), "no token: reported speech still counts as run");
        Extraction off = NewsExtractor.builder().reportedSpeech(false).build().extract("  ");
        assertFalse(off.reportedSpeechExtracted() || off.toJsonLine().contains("reported"), off.toJsonLine());
    }

    @Test
    void controlCharactersDoNotBreakOffsets() {
        String text = "Angela Merkel\u0000 visited\u0007 Paris\u001b[31m on Monday.\u000b\u000c Merkel left Berlin.";
        Extraction x = extractor.extract(text);
        for (Entity e : x.entities()) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()));
            }
        }
        assertTrue(x.people().stream().anyMatch(e -> e.name().equals("Angela Merkel")), x.toString());
    }

    @Test
    void allCapsTextAndTextWithoutPunctuationAreProcessed() {
        Extraction caps = extractor.extract("PRESIDENT BASHAR AL-ASSAD FLED DAMASCUS AS REBELS ADVANCED ON HOMS");
        assertFalse(caps.tokens().isEmpty());
        StringBuilder noPunct = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            noPunct.append("rebels said Angela Merkel met leaders in Paris and Berlin ");
        }
        Extraction x = extractor.extract(noPunct.toString());
        assertTrue(x.sentences().stream().allMatch(s -> s.tokenCount() <= 250), "long sentences are cut");
        assertTrue(x.places().stream().anyMatch(e -> e.name().equals("Paris")), x.toString());
    }

    @Test
    void aLongDocumentIsProcessedInPieces() {
        String paragraph = "Syrian President Bashar al-Assad fled Damascus as rebels advanced. Assad left Syria. ";
        String text = paragraph.repeat(2_500); // 210 KB on one line: cut into 20 KB pieces
        Extraction x = extractor.extract(text);
        Entity bashar = x.people().stream().filter(e -> e.name().equals("Bashar al-Assad")).findFirst().orElseThrow();
        assertEquals(5_000, bashar.mentions().size());
        assertEquals(5_000, x.sentences().size());
    }

    @Test
    void aBatchGivesOneResultPerDocumentInOrderAndAFailedResultForABadOne() {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            docs.add(new Document("d" + i, i % 2 == 0 ? "Angela Merkel visited Paris." : "Rebels entered Damascus."));
        }
        docs.add(5, null);
        List<BatchResult> results = extractor.extractAll(docs);
        assertEquals(13, results.size());
        assertFalse(results.get(5).isSuccess());
        assertEquals("document #5 is null", results.get(5).error().orElseThrow());
        List<String> ids = results.stream().filter(BatchResult::isSuccess).map(BatchResult::id).toList();
        assertEquals(Arrays.asList("d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d10", "d11"), ids);
        assertEquals("Damascus", results.get(1).extraction().orElseThrow().places().get(0).name());
    }

    @Test
    void parallelResultsEqualSequentialOnes() {
        String seed = Fixtures.seed();
        String[] paragraphs = seed.split("\n");
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            docs.add(new Document("p" + i, paragraphs[i]));
        }
        List<BatchResult> parallel;
        try (Stream<BatchResult> s = NewsExtractor.builder().threads(2).build().extractAll(docs.stream())) {
            parallel = s.toList();
        }
        for (int i = 0; i < docs.size(); i++) {
            Extraction sequential = extractor.extract(docs.get(i).id(), docs.get(i).text());
            assertEquals(sequential.entities(), parallel.get(i).extraction().orElseThrow().entities());
        }
    }
}
