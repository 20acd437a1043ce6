package org.newsextract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsextract.Entity;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.newsextract.Quote;
import org.newsextract.ReportedSpeech;

/**
 * The seed article gives exactly its three quotations, each with the right speaker entity, and
 * its reported speech with the right speakers.
 */
class SeedQuotesTest {

    @Test
    void seedHasExactlyThreeQuotesWithTheirSpeakers() throws IOException {
        String text = Files.readString(Path.of("seeds/assad-flees-damascus.txt"), StandardCharsets.UTF_8);
        Extraction x = NewsExtractor.builder().threads(1).build().extract("assad-flees-damascus", text);
        List<Quote> quotes = x.quotes();
        assertEquals(3, quotes.size(), quotes.toString());
        assertEquals("“We declare the city of Damascus free of the tyrant Bashar al-Assad.”", quotes.get(0).text());
        assertEquals("Abu Mohammed al-Jawlani", speakerEntity(x, quotes.get(0)));
        assertEquals("“decided to leave the presidential post and left the country,”", quotes.get(1).text());
        assertEquals("Russian Foreign Ministry", speakerEntity(x, quotes.get(1)));
        assertEquals("“terrorists and their supporters.”", quotes.get(2).text());
        assertEquals("Bashar al-Assad", speakerEntity(x, quotes.get(2)));
        for (Quote q : quotes) {
            assertEquals(q.text(), text.substring(q.start(), q.end()));
        }
    }

    @Test
    void seedReportedSpeechHasItsSpeakers() throws IOException {
        String text = Files.readString(Path.of("seeds/assad-flees-damascus.txt"), StandardCharsets.UTF_8);
        Extraction x = NewsExtractor.builder().threads(1).build().extract("assad-flees-damascus", text);
        assertTrue(x.reportedSpeechExtracted());
        ReportedSpeech confirmed = find(x, "confirmed");
        assertEquals("Assad “decided to leave the presidential post and left the country,”", confirmed.text());
        assertEquals("Russian Foreign Ministry", entity(x, confirmed));
        ReportedSpeech accused = find(x, "accused");
        assertEquals("the opposition of being sympathizers of North Korea", accused.text());
        assertEquals("Bashar al-Assad", entity(x, accused));
        ReportedSpeech asserting = find(x, "asserting");
        assertEquals("the country would continue to counter “terrorists and their supporters.”", asserting.text());
        assertEquals("Bashar al-Assad", entity(x, asserting));
        for (ReportedSpeech r : x.reported()) {
            assertEquals(r.text(), text.substring(r.start(), r.end()));
        }
        // The quoted fragment inside the ministry's reported clause stays a quote of its own.
        assertTrue(x.quotes().stream().anyMatch(q -> q.start() > confirmed.start() && q.end() <= confirmed.end()));
    }

    private static ReportedSpeech find(Extraction x, String cue) {
        return x.reported().stream().filter(r -> r.cue().map(c -> c.text().equals(cue)).orElse(false)).findFirst()
                .orElseThrow(() -> new AssertionError("no reported speech with cue '" + cue + "' in " + x.reported()));
    }

    private static String entity(Extraction x, ReportedSpeech r) {
        return r.speaker().flatMap(s -> s.entityId()).flatMap(x::entity).map(Entity::name).orElse("-");
    }

    private static String speakerEntity(Extraction x, Quote q) {
        return q.speaker().flatMap(s -> s.entityId()).flatMap(x::entity).map(Entity::name).orElse("-");
    }
}
