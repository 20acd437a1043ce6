package org.newsextract.resolve;

import java.util.List;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule: a known place the tagger called an organization without conviction is the place.
 *
 * <p>The CoNLL-2003 model learned from Reuters' sports pages that towns are clubs ("Leeds",
 * "Aberdeen", "Randers", "Cleveland" are teams there), so in other text it calls the towns
 * themselves organizations, with a low probability the 3-class model pulls down: "born in
 * Randers" (0.58), "Cleveland is the urban center" (0.63). A name tagged as an organization whose
 * whole text is a known city, country, state or region ({@link Lexicon#placeKind}), written in
 * mixed case, becomes a place when its confidence is below {@link #MAX_CONFIDENCE}, unless the
 * document calls some known place an organization with more confidence than that, or before a
 * possessive ("Karlsruhe's 4-0 win"): such a document names teams or councils after their towns
 * (a results table, "Leicestershire beat Somerset"), and there the tagger's reading stands for
 * every name.
 */
final class UncertainPlaces {
    /** Organizations tagged with at least this confidence stay organizations. */
    static final double MAX_CONFIDENCE = 0.7;

    private static final java.util.Set<String> SAID = java.util.Set.of("said", "says", "say", "reported", "announced");

    private final Lexicon lexicon;

    UncertainPlaces(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(TokenizedText doc, List<NameSpan> spans, TokenLabels labels) {
        for (NameSpan s : spans) {
            if (s.label() == NameLabel.ORG && (s.confidence() >= MAX_CONFIDENCE || possessive(doc, s))
                    && isPlaceName(doc, s) || s.label() == NameLabel.ORG && Names.beforeNumber(doc, s) && isPlaceName(doc, s)) {
                return; // the document names teams (or councils) after towns: the tagger's reading stands
            }
        }
        for (NameSpan s : spans) {
            if (s.label() == NameLabel.ORG && isPlaceName(doc, s) && !beforeSaid(doc, s)) {
                labels.relabel(s.start(), s.end(), NameLabel.LOC);
            }
        }
    }

    /** True for a name in mixed case whose whole text is a known place. */
    private boolean isPlaceName(TokenizedText doc, NameSpan s) {
        return !Names.isAllCaps(doc, s.start(), s.end()) && lexicon.placeKind(Names.display(doc, s.start(), s.end())) != null;
    }

    /** A speaker is no place: "Commerce said". */
    private static boolean beforeSaid(TokenizedText doc, NameSpan s) {
        return s.end() < doc.sentenceEnd(doc.sentenceOf(s.start()))
                && SAID.contains(doc.word(s.end()).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean possessive(TokenizedText doc, NameSpan s) {
        if (s.end() >= doc.sentenceEnd(doc.sentenceOf(s.start()))) {
            return false;
        }
        String next = doc.word(s.end());
        return next.equals("'s") || next.equals("\u2019s") || next.equals("'");
    }
}
