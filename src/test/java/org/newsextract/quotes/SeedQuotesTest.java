package org.newsextract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** The seed article gives exactly its three quotations, each with the right speaker entity. */
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

    private static String speakerEntity(Extraction x, Quote q) {
        return q.speaker().flatMap(s -> s.entityId()).flatMap(x::entity).map(Entity::name).orElse("-");
    }
}
