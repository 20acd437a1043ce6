package org.newsextract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsextract.Extraction;
import org.newsextract.Fixtures;
import org.newsextract.NewsExtractor;
import org.newsextract.ReportedSpeech;
import org.newsextract.text.TokenizedText;
import org.newsextract.pipeline.EngineKind;
import org.newsextract.pipeline.Engines;
import org.newsextract.pipeline.Pipeline;

/** The reported-speech patterns of issue 11, each on a hand-written sentence, and the JSON array. */
class ReportedSpeechTest {
    private static final NewsExtractor EXTRACTOR = Fixtures.extractor();

    /** Returns "content | speaker mention | cue" for each reported speech of the text. */
    private static List<String> reported(String text) {
        Extraction x = EXTRACTOR.extract(text);
        return x.reported().stream().map(ReportedSpeechTest::describe).toList();
    }

    /** The pipeline whose finder the candidate tests ask (the model's decisions aside). */
    private static final Pipeline PIPELINE = Engines.pipeline(EngineKind.CORENLP);

    /**
     * Returns "content | speaker mention | rule" for every candidate and content variant the finder
     * proposes, before the model keeps or drops any (with the shipped model's learned cues).
     */
    private static List<String> candidates(String text) {
        TokenizedText doc = PIPELINE.tokenize(text);
        ReportedModel model = ReportedModel.shipped();
        return PIPELINE.quotes().reportedCandidates(doc, PIPELINE.entities(doc), model::isCue).stream()
                .map(c -> c.speech().text() + " | " + c.speech().speaker().map(s -> s.mention().text()).orElse("-")
                        + " | " + c.rule())
                .toList();
    }

    private static String describe(ReportedSpeech r) {
        return r.text() + " | " + r.speaker().map(s -> s.mention().text()).orElse("-") + " | "
                + r.cue().map(c -> c.text()).orElse("-");
    }

    @Test
    void saidThat() {
        assertEquals(List.of("the plan would cut taxes for most families | Hillary Clinton | said"),
                reported("Hillary Clinton said on Monday that the plan would cut taxes for most families."));
        assertEquals(List.of("the plan would cut taxes | Hillary Clinton | said"),
                reported("Hillary Clinton said the plan would cut taxes."));
    }

    @Test
    void aRelativePronounIsTheMentionAndStandsForItsAntecedent() {
        Extraction x = EXTRACTOR.extract("The panel heard Senator Lindsey Graham, who said the allies must send troops.");
        ReportedSpeech r = x.reported().stream().filter(k -> k.text().contains("allies")).findFirst().orElseThrow();
        assertEquals("who", r.speaker().orElseThrow().mention().text());
        assertEquals("Lindsey Graham", r.speaker().orElseThrow().name());
    }

    @Test
    void aRelativeClauseBetweenCommasBeforeTheCueIsNotTheSpeaker() {
        Extraction x = EXTRACTOR.extract("A union adviser, who spoke on the condition of anonymity to discuss the talks, "
                + "said the offer would be rejected.");
        ReportedSpeech r = x.reported().stream().filter(k -> k.text().contains("rejected")).findFirst().orElseThrow();
        assertEquals("A union adviser", r.speaker().orElseThrow().mention().text());
    }

    @Test
    void toldSomeoneThat() {
        assertEquals(List.of("the talks had failed | Angela Merkel | told"),
                reported("Angela Merkel told reporters in Berlin that the talks had failed."));
    }

    @Test
    void accordingTo() {
        assertEquals(List.of("the company lost $2 billion last year | Financial Times | According to"),
                reported("According to the Financial Times, the company lost $2 billion last year."));
        assertEquals(List.of("The company lost $2 billion last year | officials | according to"),
                reported("The company lost $2 billion last year, according to officials."));
    }

    @Test
    void trailingAttribution() {
        assertEquals(List.of("The bill will pass the Senate next week | White House | said"),
                reported("The bill will pass the Senate next week, the White House said on Tuesday."));
        assertEquals(List.of("The bill will pass the Senate next week | John Thune | said"),
                reported("The bill will pass the Senate next week, said Senator John Thune."));
    }

    @Test
    void organizationAndPronounSources() {
        Extraction x = EXTRACTOR.extract("Microsoft announced that it would cut 10,000 jobs. "
                + "Satya Nadella spoke in Seattle. He warned that the economy was slowing.");
        List<String> found = x.reported().stream().map(ReportedSpeechTest::describe).toList();
        assertTrue(found.contains("it would cut 10,000 jobs | Microsoft | announced"), found.toString());
        assertTrue(found.contains("the economy was slowing | He | warned"), found.toString());
        ReportedSpeech warned = x.reported().stream().filter(r -> r.text().startsWith("the economy")).findFirst()
                .orElseThrow();
        assertEquals("Satya Nadella", warned.speaker().orElseThrow().name(), "the pronoun resolves to the person");
    }

    @Test
    void reportedClauseAfterAQuotationsAttribution() {
        Extraction x = EXTRACTOR.extract("“We will win this fight,” Mayor Karen Bass said, adding that the city "
                + "would ask for federal help.");
        assertEquals(1, x.quotes().size());
        assertEquals(List.of("the city would ask for federal help | Karen Bass | adding"),
                x.reported().stream().map(ReportedSpeechTest::describe).toList());
    }

    @Test
    void directQuotesAreNotReportedSpeech() {
        assertEquals(List.of(), reported("“The plan is dead,” Mitch McConnell said."));
        assertEquals(List.of(), reported("Mitch McConnell said: “The plan is dead.”"));
    }

    @Test
    void learnedCueFindsAttributionOutsideTheLists() {
        // "show" is in neither hand-written list: it is a cue the model learned from PolNeAR train
        assertFalse(QuoteLexicon.get().isReportedCueWord("show"));
        assertTrue(ReportedModel.shipped().isCue("show"));
        assertEquals(List.of("Hillary Clinton leads Donald Trump in Ohio | Polls | show"),
                reported("Polls show that Hillary Clinton leads Donald Trump in Ohio."));
    }

    @Test
    void learnedCueWordsThatReportNothingAreNotAttributions() {
        assertTrue(ReportedModel.shipped().isCue("appear"));
        assertEquals(List.of(), reported("Voters appear in the photograph beside the old courthouse."));
        assertEquals(List.of(), reported("The show starts at nine in the evening."));
    }

    @Test
    void nounsAreNotCues() {
        assertEquals(List.of(), reported("The reports of his death were exaggerated."));
    }

    @Test
    void jsonHasTheReportedArrayOnlyWhenTheStepRan() {
        String text = "Hillary Clinton said the plan would cut taxes.";
        Extraction on = EXTRACTOR.extract(text);
        assertTrue(on.toJson().contains("\"reported\""), on.toJson());
        assertTrue(on.toJson().contains("\"text\" : \"the plan would cut taxes\""), on.toJson());
        Extraction off = NewsExtractor.builder().threads(1).reportedSpeech(false).build().extract(text);
        assertFalse(off.reportedSpeechExtracted());
        assertTrue(off.reported().isEmpty());
        assertFalse(off.toJson().contains("\"reported\""), off.toJson());
        Extraction none = EXTRACTOR.extract("The sun rose over Paris.");
        assertTrue(none.toJson().contains("\"reported\" : [ ]"), none.toJson());
    }

    @Test
    void raisingAndPassiveCuesOfferTheirSubjectAsPartOfTheContent() {
        List<String> found = candidates("The new tax plan appears to be dead in the Senate.");
        assertTrue(found.stream().anyMatch(c -> c.startsWith("The new tax plan appears to be dead in the Senate | - ")),
                found.toString());
        // "appear" without a complement is no raising verb: its subject stays out
        found = candidates("Voters appear in the photograph beside the old courthouse.");
        assertTrue(found.stream().noneMatch(c -> c.startsWith("Voters")), found.toString());
        found = candidates("Both governors are widely considered moderates.");
        assertTrue(found.stream().anyMatch(c -> c.startsWith("Both governors are widely considered moderates | - |")),
                found.toString());
    }

    @Test
    void aSentenceOpeningAskedIntroducesTheQuestionAsContent() {
        List<String> found = candidates("Asked whether the governor should resign, most voters said yes.");
        assertTrue(found.contains("whether the governor should resign | voters | asked opener"), found.toString());
        found = candidates("When asked about the new tariffs, Angela Merkel declined to comment.");
        assertTrue(found.contains("the new tariffs | Angela Merkel | asked opener"), found.toString());
    }

    @Test
    void aPlaceThatQualifiesTheNounBeforeTheCueIsNotTheSpeaker() {
        Extraction x = EXTRACTOR.extract("Officials in Kyiv said that talks would continue next week.");
        assertEquals(List.of("talks would continue next week | Officials in Kyiv | said"),
                x.reported().stream().map(ReportedSpeechTest::describe).toList());
        assertTrue(x.reported().get(0).speaker().orElseThrow().entityId().isEmpty(), "no place as the speaker's entity");
    }

    @Test
    void aCueInsideAMoreProbableAttributionsContentIsNoSecondAttribution() {
        // "According to officials, inflation is expected to ease.": the raising cue "is expected"
        // lies in the content of the "according to" attribution, so its own candidate goes
        String text = "According to officials, inflation is expected to ease.";
        FoundReported according = new FoundReported(24, 53, text.substring(24, 53), java.util.Optional.empty(),
                java.util.Optional.of(new TextRange(0, 12, "According to")));
        FoundReported raising = new FoundReported(0, 22, text.substring(0, 22), java.util.Optional.empty(),
                java.util.Optional.of(new TextRange(34, 45, "is expected")));
        assertEquals(List.of(0), QuoteExtractor.suppress(List.of(according, raising), List.of(0.8, 0.4), 0.5));
        assertEquals(List.of(1), QuoteExtractor.suppress(List.of(according, raising), List.of(0.3, 0.4), 0.5),
                "the more probable one stays, whichever it is");
        assertEquals(List.of(0, 1), QuoteExtractor.suppress(List.of(according, raising), List.of(0.8, 0.4),
                ReportedModel.NO_SUPPRESSION), "no suppression at all above 1");
        assertEquals(List.of("inflation is expected to ease by next year | officials | According to"),
                reported("According to officials at the Federal Reserve, inflation is expected to ease by next year."));
    }

    @Test
    void aMedialAccordingToLeavesTheClauseAroundItAsTheContent() {
        assertTrue(candidates("Residents of Chicago, according to a recent poll, remain worried about crime.")
                .contains("Residents of Chicago, according to a recent poll, remain worried about crime | a recent poll"
                        + " | according to: after"),
                candidates("Residents of Chicago, according to a recent poll, remain worried about crime.").toString());
    }

    @Test
    void aParticipleBeforeByEndsTheSpeakersPhrase() {
        assertEquals(List.of("Sales will slow next year | a note | according to"),
                reported("Sales will slow next year, according to a note seen by Reuters."));
    }

    @Test
    void aPossessiveIsPartOfTheSpeakersPhrase() {
        assertTrue(candidates("Analysts say the rebels’ swift advance suggests that the regime may fall soon.")
                .stream().anyMatch(c -> c.startsWith("the regime may fall soon | the rebels’ swift advance |")),
                candidates("Analysts say the rebels’ swift advance suggests that the regime may fall soon.").toString());
    }
}
