package org.newsextract.corenlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import edu.stanford.nlp.util.Index;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsextract.Fixtures;
import org.newsextract.nlp.NameSpan;
import org.newsextract.pipeline.Pipeline;
import org.newsextract.text.TokenizedText;
import org.newsextract.tools.eval.ConllDocument;

/**
 * newsextract decodes CoreNLP's CoNLL and 3-class models with its own feature extraction and inference; this
 * test holds it to CoreNLP's own code, feature by feature and label by label: the same feature
 * indices at every position, the same names, confidences equal to 1e-6. Texts: the seed, texts
 * written here for the corner cases (padding, titles, British spellings, digits, very long
 * tokens, recurring capitalized words), and, when ../shared is present, all of CoNLL-2003 dev
 * and the PolNeAR dev articles.
 */
class CrfEquivalenceTest {
    /** One CRF the engines decode with newsextract's code, with what the checks need of it. */
    record Subject(String resource, CRFClassifier<CoreLabel> crf, CoreNlpNameTagger tagger, ConllCrfModel model,
                   List<String> featureNames) {
        static Subject of(String resource) {
            CRFClassifier<CoreLabel> crf = CoreNlpModels.crf(resource);
            return new Subject(resource, crf, new CoreNlpNameTagger(crf), ConllCrfModel.from(crf, null).orElseThrow(),
                    CrfEquivalenceTest.featureNames(crf));
        }

        @Override
        public String toString() {
            return resource.substring(resource.lastIndexOf('/') + 1);
        }
    }

    /** Every CRF the engines use: CoNLL's 4-class model and the 3-class model trained on more corpora. */
    static Stream<Subject> models() {
        return Stream.of(CoreNlpModels.CONLL_4CLASS, CoreNlpModels.ALL_3CLASS).map(CrfEquivalenceTest::subject);
    }

    private static final java.util.Map<String, Subject> SUBJECTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Subject subject(String resource) {
        return SUBJECTS.computeIfAbsent(resource, Subject::of);
    }

    private static final List<String> WRITTEN = List.of(
            "Obama",
            "Mr. Smith met Mrs Jones and Dr. Who in Washington .",
            "The Organisation for Economic Co-operation said its colour scheme was honoured on Monday .",
            "Shares in Foo-Bar Holdings rose 12.5 % to 1,234.56 pence in 1999 , or $ 3.4bn .",
            "Kowalczyk said . Later , Kowalczyk went to Warsaw where Kowalczyk met Nowak and Nowak said so .",
            "a".repeat(300) + " " + "Zz".repeat(700) + " http://example.com/a/very/long/path?with=query&and=more",
            "Ümlaut Straße in München , Ελλάδα and 東京 are places ; ' quoted ' \" words \" ( here ) .",
            "I",
            ". , ; :");

    @ParameterizedTest
    @MethodSource("models")
    void modelIsDecodedByOwnCode(Subject m) {
        assertTrue(m.tagger().usesOwnDecoder(), "the model's configuration should be recognized");
    }

    @ParameterizedTest
    @MethodSource("models")
    void writtenTextsAndSeedMatchCoreNlp(Subject m) {
        List<List<String>> sequences = new ArrayList<>();
        for (String text : WRITTEN) {
            sequences.add(Arrays.asList(text.split(" ")));
        }
        sequences.addAll(sequences(new CoreNlpTokenizer().tokenize(Fixtures.seed())));
        assertSame(m, sequences);
    }

    @ParameterizedTest
    @MethodSource("models")
    void conllDevMatchesCoreNlp(Subject m) throws IOException {
        Path testa = Fixtures.shared("data/conll2003/eng.testa");
        List<List<String>> sequences = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(testa, StandardCharsets.UTF_8)) {
            for (ConllDocument doc : ConllDocument.readAll(in)) {
                sequences.addAll(sequences(Pipeline.fromTokens(doc.sentences())));
            }
        }
        assertTrue(sequences.size() > 200, "eng.testa should give hundreds of sequences");
        assertSame(m, sequences);
    }

    @ParameterizedTest
    @MethodSource("models")
    void polnearDevMatchesCoreNlp(Subject m) throws IOException {
        Path dir = Fixtures.shared("data/polnear/dev/text");
        List<List<String>> sequences = new ArrayList<>();
        CoreNlpTokenizer tokenizer = new CoreNlpTokenizer();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                sequences.addAll(sequences(tokenizer.tokenize(Files.readString(f, StandardCharsets.UTF_8))));
            }
        }
        assertTrue(sequences.size() >= 84, "PolNeAR dev has 84 articles");
        assertSame(m, sequences);
    }

    /**
     * Threads filling the shared word cache at the same time get what one thread gets with its
     * own cold cache: the cache holds a pure function of the word, published safely.
     */
    @Test
    void concurrentDecodingWithAColdCacheMatchesOneThread() throws Exception {
        List<List<String>> sequences = new ArrayList<>();
        for (String text : WRITTEN) {
            sequences.add(Arrays.asList(text.split(" ")));
        }
        sequences.addAll(sequences(new CoreNlpTokenizer().tokenize(Fixtures.seed())));
        CRFClassifier<CoreLabel> crf = CoreNlpModels.crf(CoreNlpModels.CONLL_4CLASS);
        ConllCrfModel alone = ConllCrfModel.from(crf, null).orElseThrow();
        List<String> expected = new ArrayList<>();
        for (List<String> words : sequences) {
            expected.add(decode(alone, words));
        }
        ConllCrfModel shared = ConllCrfModel.from(crf, null).orElseThrow();
        List<List<String>> runs = Fixtures.concurrently(4, thread -> {
            List<String> got = new ArrayList<>();
            for (int i = 0; i < sequences.size(); i++) {
                int k = (i + thread * 3) % sequences.size(); // each thread starts elsewhere
                got.add(k + ":" + decode(shared, sequences.get(k)));
            }
            return got;
        });
        for (List<String> run : runs) {
            for (String got : run) {
                int k = Integer.parseInt(got.substring(0, got.indexOf(':')));
                assertEquals(expected.get(k), got.substring(got.indexOf(':') + 1), "sequence " + k);
            }
        }
        assertTrue(shared.words.size() > 100, "the threads filled the shared cache");
    }

    private static String decode(ConllCrfModel model, List<String> words) {
        int[][] node = new int[words.size()][];
        int[][] edge = new int[words.size()][];
        new ConllCrfFeatures(model).compute(words, node, edge);
        CrfChainDecoder.Result r = CrfChainDecoder.decode(model, node, edge);
        return Arrays.toString(r.labels()) + Arrays.toString(r.probabilities());
    }

    /** The word sequences the pipeline gives the tagger: runs of whole sentences up to its limit. */
    private static List<List<String>> sequences(TokenizedText doc) {
        List<List<String>> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            List<String> words = doc.sentenceWords(s);
            if (!run.isEmpty() && run.size() + words.size() > Pipeline.MAX_TAGGER_TOKENS) {
                out.add(run);
                run = new ArrayList<>();
            }
            run.addAll(words);
        }
        if (!run.isEmpty()) {
            out.add(run);
        }
        return out;
    }

    private static void assertSame(Subject m, List<List<String>> sequences) {
        ConllCrfModel model = m.model();
        int tokens = 0;
        for (List<String> words : sequences) {
            int[][] node = new int[words.size()][];
            int[][] edge = new int[words.size()][];
            new ConllCrfFeatures(model).compute(words, node, edge);
            int[][][] expected = coreNlpFeatures(m.crf(), words);
            for (int i = 0; i < words.size(); i++) {
                int at = i;
                assertArrayEquals(sorted(expected[i][0]), node[i],
                        () -> m + ": node features differ at '" + context(words, at) + "': " + names(m, expected[at][0], node[at]));
                assertArrayEquals(sorted(expected[i][1]), edge[i],
                        () -> m + ": edge features differ at '" + context(words, at) + "': " + names(m, expected[at][1], edge[at]));
            }
            List<NameSpan> ours = m.tagger().tagWithOwnDecoder(words);
            List<NameSpan> theirs = m.tagger().tagWithCoreNlp(words);
            assertEquals(theirs.size(), ours.size(), () -> "name count differs in " + words);
            for (int k = 0; k < ours.size(); k++) {
                NameSpan a = ours.get(k);
                NameSpan b = theirs.get(k);
                if (a.start() != b.start() || a.end() != b.end() || a.label() != b.label()) {
                    fail("name differs: ours " + a + ", CoreNLP's " + b + " in '" + context(words, a.start()) + "'");
                }
                assertEquals(b.confidence(), a.confidence(), 1e-6, () -> "confidence differs for " + a);
            }
            tokens += words.size();
        }
        assertTrue(tokens > 0);
    }

    /** CoreNLP's own feature indices: the preprocessing of classifySentence, then its datum. */
    private static int[][][] coreNlpFeatures(CRFClassifier<CoreLabel> crf, List<String> words) {
        List<CoreLabel> doc = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            CoreLabel label = new CoreLabel();
            label.set(CoreAnnotations.TextAnnotation.class, words.get(i));
            label.set(CoreAnnotations.PositionAnnotation.class, Integer.toString(i));
            label.set(CoreAnnotations.AnswerAnnotation.class, crf.flags.backgroundSymbol);
            doc.add(label);
        }
        new ObjectBankWrapper<CoreLabel>(crf.flags, null, crf.getKnownLCWords()).processDocument(doc);
        return crf.documentToDataAndLabels(doc).first();
    }

    /** The names of the features only CoreNLP found and of those only we found. */
    private static String names(Subject m, int[] expected, int[] actual) {
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (int f : expected) {
            if (Arrays.stream(actual).noneMatch(x -> x == f)) {
                missing.add(m.featureNames().get(f));
            }
        }
        for (int f : actual) {
            if (Arrays.stream(expected).noneMatch(x -> x == f)) {
                extra.add(m.featureNames().get(f));
            }
        }
        return "only CoreNLP's: " + missing + ", only ours: " + extra;
    }

    @SuppressWarnings("unchecked")
    private static List<String> featureNames(CRFClassifier<CoreLabel> crf) {
        try {
            Field f = CRFClassifier.class.getDeclaredField("featureIndex");
            f.setAccessible(true);
            return ((Index<String>) f.get(crf)).objectsList();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int[] sorted(int[] features) {
        int[] copy = features.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static String context(List<String> words, int i) {
        return String.join(" ", words.subList(Math.max(0, i - 3), Math.min(words.size(), i + 4)))
                + "' (token " + i + " '" + words.get(i) + "')";
    }
}
