package org.newsextract.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsextract.nlp.NameSpan;
import org.newsextract.nlp.PlaceKind;
import org.newsextract.text.TokenizedText;

/**
 * Rule (order: package-info.java): what kind of place a place is.
 *
 * <ol>
 *   <li>The text, when it says: "the city of Homs", "the capital Damascus", "Gaza city" → CITY
 *       (but "the capital of Syria" says nothing of Syria);
 *       "the province of Idlib", "Idlib province" → STATE_OR_PROVINCE; "the region of X",
 *       "X region" → REGION; "the country of X" → COUNTRY; "upstate New York" →
 *       STATE_OR_PROVINCE; a place that ends its sentence's names, when the next sentence opens
 *       with "The town" (city, village): "Rebels took Hama. The town is significant ..." → CITY;
 *       the text saying what the place is, by a copula or an apposition right after the name:
 *       "Qardaha is a small town in ...", "Qardaha, a coastal town near ..." → CITY (likewise
 *       country, province, region), when the kind word ends the noun phrase ("Idlib, a state
 *       senator ..." says nothing).</li>
 *   <li>Otherwise the lexicons, name by name (the fullest first): {@code models/places.tsv},
 *       then CoreNLP's gazetteer (country, then state or province, then city).</li>
 *   <li>Otherwise OTHER.</li>
 * </ol>
 */
final class PlaceKinds {
    private static final Set<String> CITY_WORDS = Set.of("city", "town", "village", "capital", "suburb");
    private static final Set<String> STATE_WORDS = Set.of("province", "state", "governorate", "county");
    private static final Set<String> REGION_WORDS = Set.of("region", "area");
    /** Words before a state's name that name a part of it ("upstate New York"). */
    private static final Set<String> STATE_PARTS = Set.of("upstate", "downstate");
    /** Nouns that, opening the next sentence after "The", say the place just named is a town. */
    private static final Set<String> TOWN_WORDS = Set.of("town", "city", "village");

    /** Verbs of "X is a town ...". */
    private static final Set<String> COPULAS = Set.of("is", "was", "remains");
    /** At most this many words ("small", "Syrian", "coastal") between the article and the kind word. */
    static final int MAX_KIND_MODIFIERS = 3;
    /** Words that may follow the kind word and end its noun phrase: "a town in Syria", "a town, ...". */
    private static final Set<String> PHRASE_ENDS = Set.of("in", "of", "on", "near", "north", "south", "east",
            "west", "with", "where", "that", "which", "along", "outside", "about", ",", ".", ";", ":", "—", "–", ")");

    private final Lexicon lexicon;

    PlaceKinds(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    PlaceKind kindOf(TokenizedText doc, String name, List<String> aliases, List<NameSpan> mentions) {
        for (NameSpan m : mentions) {
            PlaceKind fromText = fromContext(doc, m);
            if (fromText != null) {
                return fromText;
            }
        }
        PlaceKind known = lexicon.placeKind(name);
        if (known != null) {
            return known;
        }
        for (String alias : aliases) {
            known = lexicon.placeKind(alias);
            if (known != null) {
                return known;
            }
        }
        return PlaceKind.OTHER;
    }

    PlaceKind fromContext(TokenizedText doc, NameSpan m) {
        int sentenceStart = doc.sentenceStart(doc.sentenceOf(m.start()));
        int sentenceEnd = doc.sentenceEnd(doc.sentenceOf(m.start()));
        String before = m.start() - 1 >= sentenceStart ? lower(doc, m.start() - 1) : "";
        String twoBefore = m.start() - 2 >= sentenceStart ? lower(doc, m.start() - 2) : "";
        String after = m.end() < sentenceEnd ? lower(doc, m.end()) : "";
        if (STATE_PARTS.contains(before)) {
            return PlaceKind.STATE_OR_PROVINCE; // "upstate New York" is the state
        }
        if (isLastPlaceBeforeTheTown(doc, m)) {
            return PlaceKind.CITY;
        }
        boolean cityOf = before.equals("of") && CITY_WORDS.contains(twoBefore) && !twoBefore.equals("capital");
        if (CITY_WORDS.contains(before) || cityOf || after.equals("city") || after.equals("town")) {
            return PlaceKind.CITY;
        }
        if (before.equals("of") && STATE_WORDS.contains(twoBefore) || after.equals("province")
                || after.equals("governorate")) {
            return PlaceKind.STATE_OR_PROVINCE;
        }
        if (before.equals("of") && REGION_WORDS.contains(twoBefore) || after.equals("region")) {
            return PlaceKind.REGION;
        }
        if (before.equals("of") && twoBefore.equals("country")) {
            return PlaceKind.COUNTRY;
        }
        return saidToBe(doc, m.end(), sentenceEnd);
    }

    /**
     * The kind the words after a name give it: "is a small town in", ", a coastal city near";
     * null when they say none.
     */
    private static PlaceKind saidToBe(TokenizedText doc, int t, int sentenceEnd) {
        if (t < sentenceEnd && (COPULAS.contains(lower(doc, t)) || doc.word(t).equals(","))) {
            t++;
        } else {
            return null;
        }
        if (t >= sentenceEnd || !(lower(doc, t).equals("a") || lower(doc, t).equals("an"))) {
            return null;
        }
        t++;
        for (int modifiers = 0; t < sentenceEnd && modifiers <= MAX_KIND_MODIFIERS; t++, modifiers++) {
            String w = lower(doc, t);
            PlaceKind kind = kindWord(w);
            if (kind != null && (t + 1 >= sentenceEnd || PHRASE_ENDS.contains(lower(doc, t + 1)))) {
                return kind;
            }
            if (!isWord(doc.word(t))) {
                return null;
            }
        }
        return null;
    }

    private static PlaceKind kindWord(String w) {
        if (TOWN_WORDS.contains(w) || w.equals("suburb")) {
            return PlaceKind.CITY;
        }
        if (STATE_WORDS.contains(w)) {
            return PlaceKind.STATE_OR_PROVINCE;
        }
        if (REGION_WORDS.contains(w)) {
            return PlaceKind.REGION;
        }
        return w.equals("country") || w.equals("nation") ? PlaceKind.COUNTRY : null;
    }

    private static boolean isWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /**
     * True if no capitalized word but a day or month follows the mention in its sentence and the next sentence
     * opens with "The town", "The city" or "The village" ("Rebels took Hama. The town is ...").
     */
    private boolean isLastPlaceBeforeTheTown(TokenizedText doc, NameSpan m) {
        int sentence = doc.sentenceOf(m.start());
        if (sentence + 1 >= doc.sentenceCount()) {
            return false;
        }
        for (int t = m.end(); t < doc.sentenceEnd(sentence); t++) {
            if (Names.isCapitalized(doc.word(t)) && !lexicon.isCalendarWord(doc.word(t))) {
                return false;
            }
        }
        int next = doc.sentenceStart(sentence + 1);
        return next + 1 < doc.sentenceEnd(sentence + 1) && lower(doc, next).equals("the")
                && TOWN_WORDS.contains(lower(doc, next + 1));
    }

    private static String lower(TokenizedText doc, int t) {
        return doc.word(t).toLowerCase(Locale.ROOT);
    }
}
