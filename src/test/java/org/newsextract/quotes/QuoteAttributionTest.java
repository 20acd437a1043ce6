package org.newsextract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsextract.Entity;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.newsextract.Quote;

/**
 * Speaker attribution patterns on short texts written for the tests, through the whole
 * pipeline (the CRF loads once per JVM).
 */
class QuoteAttributionTest {
    private static final NewsExtractor EXTRACTOR = NewsExtractor.builder().threads(1).build();

    private static Extraction extract(String text) {
        return EXTRACTOR.extract(text);
    }

    /** Returns the speaker mention's text of the quote whose text contains {@code words}. */
    private static String speakerOf(Extraction x, String words) {
        Quote q = quote(x, words);
        return q.speaker().map(s -> s.mention().text()).orElse("-");
    }

    private static Quote quote(Extraction x, String words) {
        return x.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + x.quotes()));
    }

    /** Returns the name of the entity the quote's speaker resolves to, or "-". */
    private static String entityOf(Extraction x, String words) {
        return quote(x, words).speaker().flatMap(s -> s.entityId()).flatMap(x::entity).map(Entity::name).orElse("-");
    }

    @Test
    void speakerThenCueAfterTheQuote() {
        Extraction x = extract("“We will rebuild the bridge,” Mayor John Carter said on Monday.");
        assertEquals("John Carter", speakerOf(x, "rebuild"));
        assertEquals("said", quote(x, "rebuild").cue().orElseThrow().text());
        assertEquals("John Carter", entityOf(x, "rebuild"));
    }

    @Test
    void cueThenSpeakerAfterTheQuote() {
        Extraction x = extract("“The budget is balanced,” said Senator Maria Lopez of Texas.");
        assertEquals("Maria Lopez", speakerOf(x, "balanced"));
    }

    @Test
    void appositionBetweenSpeakerAndCue() {
        Extraction x = extract("“Prices will fall,” Janet Walsh, the chief economist of Barclays, said.");
        assertEquals("Janet Walsh", speakerOf(x, "Prices"));
    }

    @Test
    void accordingTo() {
        Extraction x = extract("The plant will close, according to Peter Brandt, who said it was “no longer viable.”");
        // The relative pronoun is the mention at the cue; it stands for Peter Brandt's entity.
        assertEquals("who", speakerOf(x, "viable"));
        assertEquals("Peter Brandt", x.quotes().get(0).speaker().orElseThrow().name());
    }

    @Test
    void colonIntroductionInTheSentenceAndInTheParagraphBefore() {
        Extraction x = extract("Chancellor Angela Merkel told reporters: “We are in a critical situation.”\n"
                + "Later Robert Ellis made the following comment:\n“Nobody in this town expected the vote to go this way.”");
        assertEquals("Angela Merkel", speakerOf(x, "critical"));
        assertEquals("Robert Ellis", speakerOf(x, "Nobody"));
    }

    @Test
    void pronounSpeakerResolvedToTheNearestCompatiblePerson() {
        Extraction x = extract("Susan Miller met David Brown in Boston on Friday.\n"
                + "“The talks went well,” she said. “We agreed on most points,” he said.");
        assertEquals("she", speakerOf(x, "talks"));
        assertEquals("Susan Miller", entityOf(x, "talks"));
        assertEquals("he", speakerOf(x, "agreed"));
        assertEquals("David Brown", entityOf(x, "agreed"));
    }

    @Test
    void quoteSplitByItsAttributionIsTwoQuotesWithOneSpeaker() {
        Extraction x = extract("“This is a disgusting day,” Representative Carl Hughes said. “Nobody should accept it.”");
        assertEquals(2, x.quotes().size());
        assertEquals("Carl Hughes", speakerOf(x, "disgusting"));
        assertEquals("Carl Hughes", speakerOf(x, "Nobody"));
    }

    @Test
    void quoteOnlyParagraphContinuesThePreviousSpeaker() {
        Extraction x = extract("“We will appeal the ruling,” said Laura Kent, the company’s lawyer.\n"
                + "“The court ignored the evidence and we are confident a higher court will see that.”\n"
                + "The ruling was issued on Tuesday.");
        assertEquals("Laura Kent", speakerOf(x, "court ignored"));
    }

    @Test
    void organizationAsSpeaker() {
        Extraction x = extract("The Russian Foreign Ministry confirmed that the president “left the country,” "
                + "and Microsoft said the outage was “fully resolved.”");
        assertTrue(speakerOf(x, "left the country").contains("Foreign Ministry"), speakerOf(x, "left the country"));
        assertEquals("Microsoft", speakerOf(x, "resolved"));
    }

    @Test
    void scareQuotesWithoutSpeakerAndTitlesAreLeftOut() {
        Extraction x = extract("The clinic sold “miracle” pills. She appeared on NBC’s “Meet the Press” on Sunday.");
        assertEquals(List.of(), x.quotes());
    }

    @Test
    void commonNounSpeakerHasNoEntity() {
        Extraction x = extract("“We have no comment at this time,” a spokesman said.");
        assertEquals("a spokesman", speakerOf(x, "comment"));
        assertTrue(quote(x, "comment").speaker().orElseThrow().entityId().isEmpty());
    }
}
