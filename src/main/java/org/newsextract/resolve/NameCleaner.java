package org.newsextract.resolve;

import java.util.ArrayList;
import java.util.List;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule (order: package-info.java): what is not an entity mention, or not part of one.
 * <ul>
 *   <li>MISC names (events, works, nationalities the tagger recognised) are dropped: they have
 *       served the earlier rules and are no person, place or organization;</li>
 *   <li>for people, leading titles and roles are trimmed, longest match first and repeatedly
 *       ("President Bashar al-Assad" keeps "Bashar al-Assad"; see {@code models/titles.txt});</li>
 *   <li>pronouns ("he", "their"), nationalities and demonyms ("Syrian", "Palestinians") and
 *       names without a letter are dropped.</li>
 * </ul>
 */
final class NameCleaner {
    private static final int LONGEST_TITLE = 3;

    private final Lexicon lexicon;

    NameCleaner(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<NameSpan> clean(TokenizedText doc, List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan span : spans) {
            if (span.label() == NameLabel.MISC) {
                continue;
            }
            int start = span.label() == NameLabel.PER ? afterTitles(doc, span.start(), span.end()) : span.start();
            if (isNotAName(doc, start, span.end())) {
                continue;
            }
            out.add(new NameSpan(start, span.end(), span.label(), span.confidence()));
        }
        return out;
    }

    /** Returns the first token after any leading titles, leaving at least one token. */
    int afterTitles(TokenizedText doc, int start, int end) {
        boolean stripped = true;
        while (stripped && end - start > 1) {
            stripped = false;
            for (int n = Math.min(LONGEST_TITLE, end - start - 1); n >= 1; n--) {
                if (lexicon.isTitle(Names.display(doc, start, start + n))) {
                    start += n;
                    stripped = true;
                    break;
                }
            }
        }
        return start;
    }

    boolean isNotAName(TokenizedText doc, int start, int end) {
        String text = Names.display(doc, start, end);
        if (end - start == 1 && lexicon.isPronoun(text)) {
            return true;
        }
        if (lexicon.isNationality(text)) {
            return true;
        }
        for (int i = start; i < end; i++) {
            if (doc.word(i).codePoints().anyMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }
}
