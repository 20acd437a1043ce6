package org.newsextract.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule: the head word of a name says what it names, and a person's name has no such head.
 *
 * <p>Taggers trained on news read "Fort Lee", "Clarence Dock" or "Herman Miller Inc" as people:
 * "Lee", "Clarence" and "Miller" are first names and surnames. But English names of places and
 * organizations carry their kind in a head word ("Street", "River", "Inc", "University") or a
 * leading word ("Fort", "Mount", "Lake"), which no person's name has. A name of two words or more
 * that a tagger called a person becomes a place or an organization when its last (or first) word
 * is such a head ({@link Lexicon#nameHead}, {@code models/name-heads.tsv}); a building or site
 * ("... Airport", "... Hotel") becomes a place, as CoNLL-2003's guidelines and GUM annotate sites.
 * A name the tagger called an organization becomes a place only for the head of a street, road
 * or natural feature ("Collins Ave", "Lincoln Reservoir"): teams, councils and papers are named
 * after towns and counties ("Notts County", "Port Vale", "Fort Worth Star-Telegram"), and
 * companies run hotels and hospitals. A place becomes an organization for an organization's head
 * ("... Academy") unless the whole name is a known place ("Russian Federation").
 * Every other mention of the same name follows (the type vote groups them later).
 */
final class NameHeads {
    private final Lexicon lexicon;

    NameHeads(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(TokenizedText doc, TokenLabels labels) {
        Map<String, NameLabel> decided = new HashMap<>();
        List<NameSpan> spans = labels.spans();
        for (NameSpan s : spans) {
            if (s.length() < 2 || s.label() == NameLabel.MISC) {
                continue;
            }
            NameLabel head = headLabel(doc, s.start(), s.end());
            if (s.label() == NameLabel.LOC && (head != NameLabel.ORG
                    || lexicon.placeKind(Names.display(doc, s.start(), s.end())) != null)) {
                continue; // a place keeps its label but for an organization's head ("Russian Federation" is a country)
            }
            if (s.label() == NameLabel.ORG && lexicon.nameHead(doc.word(s.end() - 1), false) != Lexicon.NameHead.FEATURE) {
                continue; // teams and papers are named for places ("Notts County", "Fort Worth Star-Telegram")
            }
            if (head != null && head != s.label()) {
                decided.put(Names.key(doc, s.start(), s.end()), head);
            }
        }
        if (decided.isEmpty()) {
            return;
        }
        for (NameSpan s : spans) {
            NameLabel to = s.label() != NameLabel.MISC ? decided.get(Names.key(doc, s.start(), s.end())) : null;
            if (to != null && to != s.label()) {
                labels.relabel(s.start(), s.end(), to);
            }
        }
    }

    /** Returns the label the name's head word gives it, or null when it has no head word. */
    NameLabel headLabel(TokenizedText doc, int start, int end) {
        String last = doc.word(end - 1);
        Lexicon.NameHead h = Names.isCapitalized(last) ? lexicon.nameHead(last, false) : null;
        if (h == null) {
            String first = doc.word(start);
            h = Names.isCapitalized(first) ? lexicon.nameHead(first, true) : null;
        }
        if (h == null) {
            return null;
        }
        return h == Lexicon.NameHead.ORG ? NameLabel.ORG : NameLabel.LOC;
    }
}
