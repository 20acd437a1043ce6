package org.newsextract.corenlp;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.nlp.NameTagger;

/**
 * A CoreNLP CRF name tagger over a sequence of tokens (a sentence, or several: the CoNLL model
 * is more accurate given whole documents, see {@link org.newsextract.pipeline.Pipeline}). The classifier (an immutable model after
 * loading) is shared; each call builds its own token objects, so the tagger is thread-safe.
 *
 * <p>A name is a maximal run of tokens with the same label (the models use IO encoding); its
 * confidence is the lowest per-token marginal probability of that label in the run.
 */
public final class CoreNlpNameTagger implements NameTagger {
    private final CRFClassifier<CoreLabel> classifier;

    /** @param classifier a loaded CRF classifier, see {@link CoreNlpModels} */
    public CoreNlpNameTagger(CRFClassifier<CoreLabel> classifier) {
        this.classifier = classifier;
    }

    @Override
    public List<NameSpan> tag(List<String> words) {
        if (words.isEmpty()) {
            return List.of();
        }
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
        List<NameSpan> out = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            NameLabel label = toLabel(sentence.get(i).get(CoreAnnotations.AnswerAnnotation.class));
            if (label == null) {
                i++;
                continue;
            }
            int start = i;
            double confidence = 1.0;
            String answer = sentence.get(i).get(CoreAnnotations.AnswerAnnotation.class);
            while (i < sentence.size() && answer.equals(sentence.get(i).get(CoreAnnotations.AnswerAnnotation.class))) {
                Double p = sentence.get(i).get(CoreAnnotations.AnswerProbAnnotation.class);
                if (p != null) {
                    confidence = Math.min(confidence, p);
                }
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
