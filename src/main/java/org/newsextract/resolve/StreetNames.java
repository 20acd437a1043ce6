package org.newsextract.resolve;

import org.newsextract.nlp.NameLabel;
import org.newsextract.text.TokenizedText;

/**
 * Rule: a capitalized phrase that ends in the head word of a street, road or natural feature is
 * a place, tagged or not.
 *
 * <p>The taggers leave many street and road names untagged ("Main Street", "Telegraph Avenue",
 * "Cimarron Turnpike"): news mentions few of them, while travel guides, biographies and local news
 * are full of them. An untagged run of two or more capitalized words in mixed case whose last
 * word is such a head ({@link Lexicon.NameHead#FEATURE}, {@code models/name-heads.tsv}: "Street",
 * "Avenue", "Road", "River", "Creek", ...) becomes a place. A leading function word or calendar
 * word is left out ("The", "On", "Monday"); a run written all in capitals (a headline) is left
 * alone, and so is a run whose other words are all heads too ("Street Road"). When the tagger
 * found the head word alone ("Wall" untagged, "Street" a place), the run takes it in. {@link NameHeads}
 * retypes the names the tagger did find; this rule adds the ones it missed.
 */
final class StreetNames {
    /** The shortest run, in words, that is taken for a name: one head word alone is a common noun. */
    static final int MIN_WORDS = 2;

    private final Lexicon lexicon;

    StreetNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(TokenizedText doc, TokenLabels labels) {
        labels.forEachUntaggedCapitalizedRun((start, runEnd, end) -> {
            int t = runEnd;
            if (t < end && labels.at(t) != null && (t + 1 == end || labels.at(t + 1) == null)
                    && lexicon.nameHead(doc.word(t), false) == Lexicon.NameHead.FEATURE) {
                t++; // the tagger found the head alone: "Wall" + "Street"
            }
            mark(doc, labels, start, t);
        });
    }

    private void mark(TokenizedText doc, TokenLabels labels, int start, int end) {
        while (start < end && (lexicon.isFunctionWord(doc.word(start)) || lexicon.isCalendarWord(doc.word(start)))) {
            start++;
        }
        if (end - start < MIN_WORDS || lexicon.nameHead(doc.word(end - 1), false) != Lexicon.NameHead.FEATURE) {
            return;
        }
        boolean allCaps = true;
        boolean otherWord = false;
        for (int t = start; t < end; t++) {
            allCaps &= Names.isAllCaps(doc.word(t));
            otherWord |= t < end - 1 && lexicon.nameHead(doc.word(t), false) == null;
        }
        if (!allCaps && otherWord) {
            labels.set(start, end, NameLabel.LOC, 1.0);
        }
    }
}
