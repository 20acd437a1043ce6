package org.newsextract.resolve;

import org.newsextract.nlp.NameLabel;
import org.newsextract.text.TokenizedText;

/**
 * Rule: an untagged capitalized name that the text defines as a place or an organization is one:
 * "Aisby is a village in ...", "CALOI is a major Brazilian manufacturer", "Distance Records is a
 * French dance music record label".
 *
 * <p>Encyclopedias and travel guides open with such a definition of what they are about, and the
 * taggers often see no name in it (an unknown word before "is"). A run of up to
 * {@link #MAX_WORDS} capitalized words that the tagger left untagged, not written all in
 * capitals, followed by "is" or "was", an article or a possessive name, at most
 * {@link ContextCues#MAX_MODIFIERS} modifiers and a place or organization noun that ends the
 * noun phrase ({@link ContextCues}'s definitions, {@code models/kind-nouns.tsv},
 * {@code models/organization-nouns.txt}) becomes a place or an organization; {@link Propagation}
 * then finds it where it recurs. Leading function words, pronouns and calendar words are left out
 * ("It", "The", "Today"). {@link ContextCues} retypes the names the tagger did find; this rule adds
 * the ones it missed. Measured on the tagger's output before the rule was written: on wikigold 6
 * such names, all gold names of the type the definition gives; none on CoNLL-2003 dev or CoNLL++.
 */
final class DefinedNames {
    /** The most words of a name the rule takes. */
    static final int MAX_WORDS = 6;

    private final Lexicon lexicon;
    private final ContextCues cues;

    DefinedNames(Lexicon lexicon, ContextCues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    void apply(TokenizedText doc, TokenLabels labels) {
        labels.forEachUntaggedCapitalizedRun((start, end, sentenceEnd) -> mark(doc, labels, start, end));
    }

    private void mark(TokenizedText doc, TokenLabels labels, int start, int end) {
        if (start > doc.sentenceStart(doc.sentenceOf(start)) && Names.hasLetterOrDigit(doc.word(start - 1))
                && !lexicon.isFunctionWord(doc.word(start - 1))) {
            return; // the run continues a phrase before it ("the Aisby is ..."): not a subject
        }
        while (start < end && (lexicon.isFunctionWord(doc.word(start)) || lexicon.isPronoun(doc.word(start))
                || lexicon.isCalendarWord(doc.word(start)))) {
            start++;
        }
        if (start == end || end - start > MAX_WORDS || Names.isAllCaps(doc, start, end)) {
            return;
        }
        ContextCues.Kind kind = cues.definition(doc, start, end, false);
        if (kind != null) {
            labels.set(start, end, kind == ContextCues.Kind.PLACE ? NameLabel.LOC : NameLabel.ORG, 1.0);
        }
    }
}
