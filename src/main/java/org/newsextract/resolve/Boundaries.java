package org.newsextract.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.nlp.PlaceKind;
import org.newsextract.text.TokenizedText;

/**
 * Rule (order: package-info.java): where a name begins and ends.
 * <ul>
 *   <li>Tokens without a letter or digit at either edge are not part of the name.</li>
 *   <li>A leading word ending in "-based", or a month or weekday starting a place or organization
 *       ("Sunday Hama"), is not part of the name; nor is a month or weekday ending a name
 *       before a day of the month ("By Nakul Iyer Dec 7 (Reuters)").</li>
 *   <li>Two names joined by "and"/"or" into one span are split when one of the two parts is a
 *       name elsewhere in the document ("Syria and Iran" when "Iran" is tagged alone elsewhere).</li>
 *   <li>A nationality right before a state body's name is part of it: "Russian" + "Foreign
 *       Ministry" is one organization, "Russian Foreign Ministry" ({@code models/state-bodies.txt}).
 *       CoNLL-2003 annotates such names as MISC + ORG; news readers mean one body. So does a
 *       country right before one: "U.S." + "Senate" is "U.S. Senate", as CoNLL-2003 and CoNLL++
 *       annotate it.</li>
 *   <li>A person's name that the tagger ended right before an untagged surname joined to its
 *       particle by a hyphen takes that surname in: "Bashar" + "al-Assad" is "Bashar al-Assad",
 *       "Hafez" + "al-Assad" "Hafez al-Assad" (the particles are the hyphenated ones of
 *       {@code models/name-particles.txt}). Such a word is only ever a part of a name.</li>
 * </ul>
 */
final class Boundaries {
    private final Lexicon lexicon;

    Boundaries(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<NameSpan> apply(TokenizedText doc, List<NameSpan> spans) {
        Set<String> names = new HashSet<>();
        for (NameSpan s : spans) {
            names.add(doc.span(s.start(), s.end()));
        }
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            NameSpan s = spans.get(i);
            int start = s.start();
            int end = s.end();
            while (start < end && !Names.hasLetterOrDigit(doc.word(start))) {
                start++;
            }
            while (end > start && !Names.hasLetterOrDigit(doc.word(end - 1))) {
                end--;
            }
            while (end - start >= 2 && (doc.word(start).toLowerCase(Locale.ROOT).endsWith("-based")
                    || s.label() != NameLabel.PER && s.label() != NameLabel.MISC && lexicon.isCalendarWord(doc.word(start)))) {
                start++;
            }
            while (end - start >= 2 && s.label() != NameLabel.MISC && lexicon.isCalendarWord(doc.word(end - 1))
                    && end < doc.sentenceEnd(doc.sentenceOf(start)) && isDayOfMonth(doc.word(end))) {
                end--; // "By Nakul Iyer Dec 7 (Reuters)": the dateline's date is no part of the byline's name
            }
            if (start >= end) {
                continue;
            }
            boolean nextTagged = i + 1 < spans.size() && spans.get(i + 1).start() <= end; // spans come in text order
            if (s.label() == NameLabel.PER && !nextTagged && isParticleSurname(doc, end, start)) {
                end++; // "Bashar" + "al-Assad"
            }
            int conjunction = splitPoint(doc, start, end, names);
            if (conjunction > 0) {
                out.add(new NameSpan(start, conjunction, s.label(), s.confidence()));
                out.add(new NameSpan(conjunction + 1, end, s.label(), s.confidence()));
            } else {
                out.add(new NameSpan(start, end, s.label(), s.confidence()));
            }
        }
        return joinNationalBodies(doc, out);
    }

    /**
     * True if token {@code t} continues the name begun at {@code nameStart} as a surname with a
     * hyphenated particle ("al-Assad", "bin-Talal"): same sentence, a listed prefix, then a capital.
     */
    private boolean isParticleSurname(TokenizedText doc, int t, int nameStart) {
        if (t >= doc.sentenceEnd(doc.sentenceOf(nameStart))) {
            return false;
        }
        String w = doc.word(t);
        int dash = w.indexOf('-');
        return dash > 0 && dash + 1 < w.length() && Character.isLowerCase(w.charAt(0))
                && Character.isUpperCase(w.charAt(dash + 1)) && lexicon.isParticle(w.substring(0, dash + 1));
    }

    private static boolean isDayOfMonth(String w) {
        if (w.isEmpty() || w.length() > 2 || !w.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int d = Integer.parseInt(w);
        return d >= 1 && d <= 31;
    }

    private List<NameSpan> joinNationalBodies(TokenizedText doc, List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            NameSpan s = spans.get(i);
            if (s.label() == NameLabel.ORG && namesStateBody(doc, s)) {
                NameSpan previous = out.isEmpty() ? null : out.get(out.size() - 1);
                int before = s.start() - 1;
                boolean sameSentence = before >= 0 && doc.sentenceOf(before) == doc.sentenceOf(s.start());
                if (previous != null && previous.end() == s.start() && (previous.length() == 1
                        && previous.label() != NameLabel.PER && lexicon.isNationality(doc.word(previous.start()))
                        || previous.label() == NameLabel.LOC && previous.length() <= 2 && lexicon.placeKind(
                        Names.display(doc, previous.start(), previous.end())) == PlaceKind.COUNTRY)) {
                    out.set(out.size() - 1, new NameSpan(previous.start(), s.end(), NameLabel.ORG,
                            Math.min(previous.confidence(), s.confidence())));
                    continue;
                }
                if (sameSentence && (previous == null || previous.end() <= before)
                        && Names.isCapitalized(doc.word(before)) && lexicon.isNationality(doc.word(before))) {
                    out.add(new NameSpan(before, s.end(), NameLabel.ORG, s.confidence()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private boolean namesStateBody(TokenizedText doc, NameSpan s) {
        for (int t = s.start(); t < s.end(); t++) {
            if (lexicon.isStateBody(doc.word(t))) {
                return true;
            }
        }
        return false;
    }

    private static int splitPoint(TokenizedText doc, int start, int end, Set<String> names) {
        for (int k = start + 1; k < end - 1; k++) {
            String w = doc.word(k);
            if ((w.equals("and") || w.equals("or")) && Names.isCapitalized(doc.word(start))
                    && Names.isCapitalized(doc.word(k + 1))
                    && (names.contains(doc.span(start, k)) || names.contains(doc.span(k + 1, end)))) {
                return k;
            }
        }
        return -1;
    }
}
