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
 *
 * <p>Nor is an acronym the text defines as the abbreviation of common words, lower case: "global
 * sea surface salinity (SSS)", "an initial public offering (IPO)": every mention of it is a term,
 * not an organization.
 */
final class CommonNouns {
    private final Lexicon lexicon;

    CommonNouns(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(TokenizedText doc, TokenLabels labels) {
        java.util.Set<String> terms = termAcronyms(doc, labels);
        for (NameSpan n : labels.spans()) {
            if (n.length() == 1 && n.label() != NameLabel.MISC && (lexicon.isGenericNoun(doc.word(n.start()))
                    || terms.contains(doc.word(n.start())))) {
                labels.clear(n.start(), n.end());
            }
        }
    }

    /** The most letters of an acronym of common words ("sea surface salinity (SSS)"). */
    static final int MAX_TERM_LETTERS = 6;

    /**
     * Acronyms the text defines as abbreviations of lower-case words: "sea surface salinity
     * (SSS)", "an initial public offering (IPO)". Their letters are the initials of the words
     * right before the parenthesis ("of", "and", "for", "the" may stand between them unmatched).
     */
    private java.util.Set<String> termAcronyms(TokenizedText doc, TokenLabels labels) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 1; i + 2 < doc.tokenCount(); i++) {
            if (!doc.word(i).equals("(") || !doc.word(i + 2).equals(")")) {
                continue;
            }
            String acronym = doc.word(i + 1);
            String letters = acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym;
            if (letters.length() < 2 || letters.length() > MAX_TERM_LETTERS || !Names.isAllCaps(letters)
                    || !letters.chars().allMatch(Character::isLetter)) {
                continue;
            }
            int first = doc.sentenceStart(doc.sentenceOf(i));
            int k = letters.length() - 1;
            int t = i - 1;
            while (k >= 0 && t >= first) {
                String w = doc.word(t);
                if (!Character.isLowerCase(w.codePointAt(0)) || labels.at(t) != null) {
                    break;
                }
                if (Character.toLowerCase(letters.charAt(k)) == w.charAt(0)) {
                    k--;
                } else if (!lexicon.isFunctionWord(w)) {
                    break;
                }
                t--;
            }
            if (k < 0) {
                out.add(acronym);
            }
        }
        return out;
    }
}
