package org.newsextract.resolve;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule: a capitalized common noun alone is a description, not a name.
 *
 * <p>Court records, reports and company news capitalize the bodies they keep referring to: "the
 * Court held", "the Group's revenue", "the Institute", "State media". Taggers take the capital for
 * a name and the noun for an organization. A name of one word that is a common noun for a kind
 * of organization ({@link Lexicon#isGenericNoun}, {@code models/generic-nouns.txt}) is no entity;
 * the same word inside a longer name ("Supreme Court", "Alibaba Group") is untouched. Nouns that
 * news uses alone as the name of one body ("Senate", "Congress", "Treasury") are not in the list.
 */
final class CommonNouns {
    private final Lexicon lexicon;

    CommonNouns(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(TokenizedText doc, TokenLabels labels) {
        for (NameSpan n : labels.spans()) {
            if (n.length() == 1 && n.label() != NameLabel.MISC && lexicon.isGenericNoun(doc.word(n.start()))) {
                labels.clear(n.start(), n.end());
            }
        }
    }
}
