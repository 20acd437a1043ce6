package org.newsextract.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/** The fast decoder gives exactly what OpenNLP's own NameFinderME gives with the shipped model. */
class MaxentNameDecoderTest {
    @Test
    void sameNamesAsNameFinderMe() throws Exception {
        assertNotNull(MaxentNameDecoder.of(OpenNlpModels.names()), "the shipped model is decoded fast");
        String seed = Files.readString(Path.of("seeds/assad-flees-damascus.txt")) + "\n" + OpenNlpEngineTest.TEXT;
        TokenizedText doc = new OpenNlpTokenizer().tokenize(seed);
        List<List<String>> sentences = new java.util.ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            sentences.add(doc.sentenceWords(s));
        }
        List<NameSpan> fast = new OpenNlpNameTagger(OpenNlpModels.names(), true).tagSentences(sentences);
        List<NameSpan> me = new OpenNlpNameTagger(OpenNlpModels.names(), false).tagSentences(sentences);
        assertTrue(me.size() > 10, "the seed has names: " + me);
        assertEquals(me.size(), fast.size());
        for (int i = 0; i < me.size(); i++) {
            NameSpan a = me.get(i);
            NameSpan b = fast.get(i);
            assertEquals(List.of(a.start(), a.end(), a.label()), List.of(b.start(), b.end(), b.label()));
            assertEquals(a.confidence(), b.confidence(), 1e-9);
        }
    }

    @Test
    void wordShapes() {
        assertEquals("x-Xx", NewsFeatureGenerator.shape("al-Assad"));
        assertEquals("XxXx'x", NewsFeatureGenerator.shape("McDonald's"));
        assertEquals("X.X.", NewsFeatureGenerator.shape("U.S."));
        assertEquals("d,d.d", NewsFeatureGenerator.shape("1,234.5"));
    }
}
