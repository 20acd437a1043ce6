package org.newsextract.corenlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.nlp.NameTagger;

/**
 * A CoreNLP CRF name tagger over a sequence of tokens (a sentence, or several: the CoNLL model
 * is more accurate given whole documents, see {@link org.newsextract.pipeline.Pipeline}).
 * Thread-safe: the model is shared and never changes after loading, except for a concurrent
 * cache of what each word contributes to the features (a pure function of the word, so results
 * never depend on what was tagged before or on another thread); each call keeps its own state.
 *
 * <p>A name is a maximal run of tokens with the same label (the models use IO encoding); its
 * confidence is the lowest per-token marginal probability of that label in the run.
 *
 * <p>CoreNLP's CoNLL model is decoded by newsextract's own feature extraction and inference
 * ({@link ConllCrfFeatures}, {@link CrfChainDecoder}): the same features and the same labels as
 * CoreNLP (checked token by token in {@code CrfEquivalenceTest}), without building a string
 * per feature, which was 73% of the time in a JFR profile and kept two threads from running twice as
 * fast as one. Other models go through CoreNLP's {@code classifySentence}.
 */
public final class CoreNlpNameTagger implements NameTagger {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CoreNlpNameTagger.class);
    private static final Map<CRFClassifier<CoreLabel>, Optional<ConllCrfModel>> DECODER_MODELS =
            Collections.synchronizedMap(new IdentityHashMap<>());

    private final CRFClassifier<CoreLabel> classifier;
    private final ConllCrfModel model;

    /**
     * @param classifier a loaded CRF classifier, see {@link CoreNlpModels}; CoreNLP's CoNLL
     *                   4-class model is decoded by {@link ConllCrfFeatures} and
     *                   {@link CrfChainDecoder}, any other by CoreNLP itself
     */
    public CoreNlpNameTagger(CRFClassifier<CoreLabel> classifier) {
        this(classifier, decoderModel(classifier).orElse(null));
    }

    /**
     * Returns the decoder's model of a classifier, built once per classifier and shared, or
     * empty when newsextract's code cannot decode its configuration.
     */
    static Optional<ConllCrfModel> decoderModel(CRFClassifier<CoreLabel> classifier) {
        return DECODER_MODELS.computeIfAbsent(classifier, c -> {
            String[] why = new String[1];
            Optional<ConllCrfModel> m = ConllCrfModel.from(c, why);
            if (m.isEmpty()) {
                LOG.info("decoding with CoreNLP's own CRF code: {}", why[0]);
            }
            return m;
        });
    }

    /** @param model the decoder's model, or null to run CoreNLP's code */
    private CoreNlpNameTagger(CRFClassifier<CoreLabel> classifier, ConllCrfModel model) {
        this.classifier = classifier;
        this.model = model;
    }

    /**
     * Returns a tagger that always runs CoreNLP's own feature extraction and inference
     * ({@code classifySentence}): the reference the benchmark and the equivalence test compare with.
     */
    public static NameTagger withCoreNlpCode(CRFClassifier<CoreLabel> classifier) {
        return new CoreNlpNameTagger(classifier, null);
    }

    /** Returns whether this tagger decodes with newsextract's feature extraction rather than CoreNLP's. */
    boolean usesOwnDecoder() {
        return model != null;
    }

    @Override
    public List<NameSpan> tag(List<String> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        return model != null ? tagWithOwnDecoder(words) : tagWithCoreNlp(words);
    }

    /** Tags with {@link ConllCrfFeatures} and {@link CrfChainDecoder}: CoreNLP's model, our code. */
    List<NameSpan> tagWithOwnDecoder(List<String> words) {
        int n = words.size();
        int[][] node = new int[n][];
        int[][] edge = new int[n][];
        new ConllCrfFeatures(model).compute(words, node, edge);
        CrfChainDecoder.Result decoded = CrfChainDecoder.decode(model, node, edge);
        String[] answers = new String[n];
        for (int i = 0; i < n; i++) {
            answers[i] = model.labels[decoded.labels()[i]];
        }
        return runs(answers, decoded.probabilities());
    }

    /** Tags with CoreNLP's own feature extraction and inference. */
    List<NameSpan> tagWithCoreNlp(List<String> words) {
        List<CoreLabel> input = new ArrayList<>(words.size());
        for (String w : words) {
            CoreLabel label = new CoreLabel();
            label.setWord(w);
            label.setValue(w);
            label.setOriginalText(w);
            input.add(label);
        }
        // classifySentence, not classify: only it runs the feature preprocessing the model was
        // trained with (word shapes and more); classify() alone loses half the recall.
        List<CoreLabel> sentence = classifier.classifySentence(input);
        String[] answers = new String[sentence.size()];
        double[] probabilities = new double[sentence.size()];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = sentence.get(i).get(CoreAnnotations.AnswerAnnotation.class);
            Double p = sentence.get(i).get(CoreAnnotations.AnswerProbAnnotation.class);
            probabilities[i] = p == null ? 1.0 : p;
        }
        return runs(answers, probabilities);
    }

    /** A name per maximal run of one label; its confidence is the run's lowest probability. */
    private static List<NameSpan> runs(String[] answers, double[] probabilities) {
        List<NameSpan> out = new ArrayList<>();
        int i = 0;
        while (i < answers.length) {
            NameLabel label = toLabel(answers[i]);
            if (label == null) {
                i++;
                continue;
            }
            int start = i;
            double confidence = 1.0;
            String answer = answers[i];
            while (i < answers.length && answer.equals(answers[i])) {
                confidence = Math.min(confidence, probabilities[i]);
                i++;
            }
            out.add(new NameSpan(start, i, label, Math.max(0.0, Math.min(1.0, confidence))));
        }
        return out;
    }

    /** Maps a CoreNLP answer label to ours; null for O and labels we do not use. */
    static NameLabel toLabel(String answer) {
        if (answer == null) {
            return null;
        }
        String bare = answer.startsWith("B-") || answer.startsWith("I-") ? answer.substring(2) : answer;
        return switch (bare) {
            case "PERSON", "PER" -> NameLabel.PER;
            case "LOCATION", "LOC" -> NameLabel.LOC;
            case "ORGANIZATION", "ORG" -> NameLabel.ORG;
            case "MISC" -> NameLabel.MISC;
            default -> null;
        };
    }
}
