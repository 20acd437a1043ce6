package org.newsextract.corenlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The compact model files the library ships ({@link CrfModelFile}) hold exactly what the decoder
 * takes from CoreNLP's own models: every label, flag, known word, word cluster, feature name and
 * weight (to the bit). Together with {@code CrfEquivalenceTest}, which holds the decoder to
 * CoreNLP's code on models taken from CoreNLP's classifiers, this shows that the default engine
 * tags as CoreNLP's models do although CoreNLP's models jar is not on a user's class path.
 */
class CrfModelFileTest {

    @ParameterizedTest
    @ValueSource(strings = {CoreNlpModels.CONLL_4CLASS, CoreNlpModels.ALL_3CLASS})
    void theShippedFileHoldsExactlyCoreNlpsModel(String resource) {
        CRFClassifier<CoreLabel> crf = CoreNlpModels.crf(resource);
        ConllCrfModel original = ConllCrfModel.from(crf, null).orElseThrow();
        assertSameModel(original, ConllCrfModel.featureNames(crf), CoreNlpModels.shipped(resource));
    }

    @ParameterizedTest
    @ValueSource(strings = {CoreNlpModels.CONLL_4CLASS, CoreNlpModels.ALL_3CLASS})
    void writingAndReadingGivesTheSameModel(String resource) throws IOException {
        CRFClassifier<CoreLabel> crf = CoreNlpModels.crf(resource);
        ConllCrfModel original = ConllCrfModel.from(crf, null).orElseThrow();
        ByteArrayOutputStream lexiconBytes = new ByteArrayOutputStream();
        long checksum = CrfModelFile.writeLexicon(original.distSim, lexiconBytes);
        ByteArrayOutputStream modelBytes = new ByteArrayOutputStream();
        List<String> names = ConllCrfModel.featureNames(crf);
        CrfModelFile.writeModel(original, names, checksum, modelBytes);
        CrfModelFile.Lexicon lexicon = CrfModelFile.readLexicon(new ByteArrayInputStream(lexiconBytes.toByteArray()));
        assertEquals(checksum, lexicon.checksum());
        ConllCrfModel read = CrfModelFile.readModel(new ByteArrayInputStream(modelBytes.toByteArray()), lexicon);
        assertSameModel(original, names, read);
    }

    @Test
    void aTruncatedOrForeignFileIsRefusedWithTheReason() throws IOException {
        byte[] model;
        try (InputStream in = CoreNlpModels.class.getResourceAsStream(
                "/" + CoreNlpModels.SHIPPED + CoreNlpModels.shippedName(CoreNlpModels.CONLL_4CLASS))) {
            model = in.readAllBytes();
        }
        CrfModelFile.Lexicon clusters;
        try (InputStream in = CoreNlpModels.class.getResourceAsStream("/" + CoreNlpModels.SHIPPED + CoreNlpModels.CLUSTERS)) {
            clusters = CrfModelFile.readLexicon(in);
        }
        byte[] truncated = Arrays.copyOf(model, model.length / 2);
        assertThrows(IOException.class, () -> CrfModelFile.readModel(new ByteArrayInputStream(truncated), clusters));

        CrfModelFile.Lexicon other = new CrfModelFile.Lexicon(Map.of("word", "1"), 1L);
        IOException wrongLexicon = assertThrows(IOException.class,
                () -> CrfModelFile.readModel(new ByteArrayInputStream(model), other));
        assertTrue(wrongLexicon.getMessage().contains("another word-cluster lexicon"), wrongLexicon.getMessage());

        ByteArrayOutputStream lexicon = new ByteArrayOutputStream();
        CrfModelFile.writeLexicon(Map.of("a", "1"), lexicon);
        IOException notAModel = assertThrows(IOException.class,
                () -> CrfModelFile.readModel(new ByteArrayInputStream(lexicon.toByteArray()), clusters));
        assertTrue(notAModel.getMessage().contains("not a newsextract NXCRF file"), notAModel.getMessage());
    }

    @Test
    void aLexiconRoundTripsWithUnusualWords() throws IOException {
        Map<String, String> words = new HashMap<>();
        words.put("", "0");
        words.put("a", "7");
        words.put("ab", "7");
        words.put("abc", "511");
        words.put("\uD83D\uDE00smile", "3");
        words.put("\uD83D\uDE01", "3");
        words.put("Ümlaut", "12");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long checksum = CrfModelFile.writeLexicon(words, out);
        CrfModelFile.Lexicon read = CrfModelFile.readLexicon(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(words, read.clusters());
        assertEquals(checksum, read.checksum());
    }

    private static void assertSameModel(ConllCrfModel expected, List<String> names, ConllCrfModel actual) {
        assertArrayEquals(expected.labels, actual.labels, "labels");
        assertEquals(expected.background, actual.background, "background label");
        assertArrayEquals(expected.nodeColumn, actual.nodeColumn, "node columns");
        assertArrayEquals(expected.pairColumn, actual.pairColumn, "pair columns");
        assertEquals(expected.wordShape, actual.wordShape, "word shape");
        assertEquals(expected.disjunctionWidth, actual.disjunctionWidth, "disjunction width");
        assertEquals(expected.useTitle, actual.useTitle, "title feature");
        assertEquals(expected.unknownDistSim, actual.unknownDistSim, "unknown word cluster");
        assertEquals(new HashSet<>(expected.knownLowercaseWords), new HashSet<>(actual.knownLowercaseWords),
                "known lowercase words");
        assertEquals(expected.distSim, actual.distSim, "word clusters");
        assertEquals(expected.weights.length, actual.weights.length, "number of weights");
        assertEquals(expected.features.maxLength(), actual.features.maxLength(), "longest feature name");
        int n = expected.labels.length;
        for (int f = 0; f < names.size(); f++) {
            String name = names.get(f);
            assertEquals(f, expected.features.indexOf(name), name);
            int g = actual.features.indexOf(name);
            assertTrue(g >= 0, () -> "feature '" + name + "' is missing");
            int length = name.endsWith("|CpC") ? n * n : n;
            for (int k = 0; k < length; k++) {
                if (Float.floatToRawIntBits(expected.weights[expected.offset[f] + k])
                        != Float.floatToRawIntBits(actual.weights[actual.offset[g] + k])) {
                    throw new AssertionError("feature '" + name + "' weight " + k + ": "
                            + expected.weights[expected.offset[f] + k] + " became " + actual.weights[actual.offset[g] + k]);
                }
            }
        }
    }
}
