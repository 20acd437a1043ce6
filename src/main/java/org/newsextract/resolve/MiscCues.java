package org.newsextract.resolve;

import java.util.HashSet;
import java.util.Set;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule: a common noun next to a name can say that it names a work, a language or a people, or
 * a storm or an operation (CoNLL's MISC), not a person, place or organization.
 *
 * <p>Titles of books, films and songs are capitalized phrases that taggers read as people or
 * organizations ("his book Hydrodynamica", "the film House of Wax"); names of languages and
 * peoples as people or places ("the Moriori language", "Jóola languages"). English usually says
 * what they are with a common noun ({@link Lexicon#miscCue}, {@code models/misc-cues.tsv}): a
 * lower-case work noun right before the name, a lower-case "language", "people" or "culture"
 * right after it, unless the name is a known place ("Hong Kong people" are people of a place). Such a name is MISC in all its mentions in the document (same words, any case).
 * A capitalized "Hurricane", "Typhoon", "Cyclone" or "Operation" followed by capitalized words
 * makes them one MISC name ("Cyclone Phailin", "Operation Market Garden").
 */
final class MiscCues {
    /** The most capitalized words after a prefix such as "Operation". */
    static final int MAX_PREFIX_WORDS = 4;

    private final Lexicon lexicon;

    MiscCues(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(TokenizedText doc, TokenLabels labels) {
        Set<String> misc = new HashSet<>();
        for (NameSpan n : labels.spans()) {
            if (n.label() == NameLabel.MISC) {
                continue;
            }
            int sentence = doc.sentenceOf(n.start());
            int before = n.start() - 1;
            int after = n.end();
            boolean cued = before >= doc.sentenceStart(sentence) && isLowerCase(doc.word(before))
                    && lexicon.miscCue(doc.word(before)) == Lexicon.MiscCue.BEFORE
                    || after < doc.sentenceEnd(sentence) && isLowerCase(doc.word(after))
                    && lexicon.miscCue(doc.word(after)) == Lexicon.MiscCue.AFTER
                    && lexicon.placeKind(Names.display(doc, n.start(), n.end())) == null;
            if (cued) {
                misc.add(Names.key(doc, n.start(), n.end()));
            }
        }
        if (!misc.isEmpty()) {
            for (NameSpan n : labels.spans()) {
                if (n.label() != NameLabel.MISC && misc.contains(Names.key(doc, n.start(), n.end()))) {
                    labels.relabel(n.start(), n.end(), NameLabel.MISC);
                }
            }
        }
        for (int s = 0; s < doc.sentenceCount(); s++) {
            int end = doc.sentenceEnd(s);
            for (int t = doc.sentenceStart(s); t + 1 < end; t++) {
                String w = doc.word(t);
                if (!Names.isCapitalized(w) || lexicon.miscCue(w) != Lexicon.MiscCue.PREFIX
                        || !Names.isCapitalized(doc.word(t + 1))) {
                    continue;
                }
                int stop = t + 1;
                while (stop < end && stop - (t + 1) < MAX_PREFIX_WORDS && Names.isCapitalized(doc.word(stop))) {
                    stop++;
                }
                labels.set(t, stop, NameLabel.MISC, 1.0);
                t = stop - 1;
            }
        }
    }

    private static boolean isLowerCase(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0));
    }
}
