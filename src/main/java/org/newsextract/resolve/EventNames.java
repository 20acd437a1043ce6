package org.newsextract.resolve;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule: names of events, prizes, laws and agreements are not people, places or organizations.
 *
 * <p>A tagger that knows only PER, LOC and ORG (or is unsure between them and MISC) reads the
 * name inside "Battle of Gettysburg" as a place and "Rimington Trophy" or "Internal Market Bill"
 * as an organization. A capitalized event noun ({@link Lexicon#eventNoun}, {@code
 * models/event-nouns.txt}) that ends a capitalized phrase makes the whole phrase one MISC name
 * ("Overland Campaign", "Firefly Music Festival", "Withdrawal Agreement"); one of the nouns marked
 * for it, followed by "of" and a capitalized phrase, does the same ("Battle of Gettysburg",
 * "Treaty of Versailles"). MISC names are not output, so none of their words becomes an entity
 * mention; the same words elsewhere keep their own labels ("Gettysburg, Pennsylvania").
 *
 * <p>So is a name that a short lexicon of today's news lists as neither person, place nor
 * organization ({@link Lexicon#isMiscName}, {@code models/misc-names.txt}: "Brexit", "Obamacare",
 * "Covid-19", "New Year").
 */
final class EventNames {
    /** The most words of a capitalized phrase before its event noun ("MTV Europe Music Award"). */
    static final int MAX_PHRASE_WORDS = 4;

    private final Lexicon lexicon;

    EventNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(TokenizedText doc, TokenLabels labels) {
        for (NameSpan n : labels.spans()) {
            if (n.label() != NameLabel.MISC && lexicon.isMiscName(doc.span(n.start(), n.end()))) {
                labels.relabel(n.start(), n.end(), NameLabel.MISC);
            }
        }
        for (int s = 0; s < doc.sentenceCount(); s++) {
            int from = doc.sentenceStart(s);
            int end = doc.sentenceEnd(s);
            for (int t = from; t < end; t++) {
                String w = doc.word(t);
                Lexicon.EventNoun noun = Names.isCapitalized(w) ? lexicon.eventNoun(w) : null;
                if (noun == null) {
                    continue;
                }
                boolean nextCapitalized = t + 1 < end && Names.isCapitalized(doc.word(t + 1));
                if (noun.beforeOf() && t + 2 < end && doc.word(t + 1).equals("of")
                        && Names.isCapitalized(doc.word(t + 2))) {
                    int stop = t + 2;
                    while (stop < end && stop - (t + 2) < MAX_PHRASE_WORDS && Names.isCapitalized(doc.word(stop))) {
                        stop++;
                    }
                    labels.set(t, stop, NameLabel.MISC, 1.0);
                    t = stop - 1;
                    continue;
                }
                if (nextCapitalized || t == from) {
                    continue; // "War Office", or a sentence that starts with the noun
                }
                int start = t;
                while (start - 1 >= from && t - (start - 1) <= MAX_PHRASE_WORDS && Names.isCapitalized(doc.word(start - 1))
                        && !(start - 1 == from && labels.at(start - 1) == null)) {
                    start--;
                }
                if (start < t) {
                    labels.set(start, t + 1, NameLabel.MISC, 1.0);
                }
            }
        }
    }
}
