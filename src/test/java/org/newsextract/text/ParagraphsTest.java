package org.newsextract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParagraphsTest {
    private static List<String> split(String text) {
        return Paragraphs.split(text).stream().map(r -> text.substring(r.start(), r.end())).toList();
    }

    @Test
    void everyLineIsAParagraphInOneParagraphPerLineText() {
        assertEquals(List.of("Assad Flees", "Rebels took Hama.", "Credit: ABC News"),
                split("Assad Flees\nRebels took Hama.\n\n  Credit: ABC News  \n"));
    }

    @Test
    void hardWrappedTextJoinsLinesUpToABlankLine() {
        String text = "Rebels advanced on the city of\nHoms on Sunday, and by the evening\nthey had taken the\ncentral prison.\n\n"
                + "Troops withdrew to\nthe coast overnight.\n";
        assertEquals(List.of("Rebels advanced on the city of\nHoms on Sunday, and by the evening\nthey had taken the\ncentral prison.",
                "Troops withdrew to\nthe coast overnight."), split(text));
    }

    @Test
    void longParagraphsAreCutAtSentenceEnds() {
        String text = "Rebels took Hama. ".repeat(3_000);
        List<Paragraphs.Range> pieces = Paragraphs.split(text);
        assertTrue(pieces.size() >= 3);
        for (Paragraphs.Range r : pieces) {
            assertTrue(r.end() - r.start() <= Paragraphs.MAX_CHUNK);
            assertTrue(text.substring(r.start(), r.end()).endsWith("Hama."));
        }
    }
}
