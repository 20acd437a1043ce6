package org.newsextract.resolve;

import java.util.Locale;
import java.util.Set;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule: the parts of a news page that are not its sentences (datelines, photo credits, bylines,
 * page furniture) get the entities their conventions say, not what a tagger reads into them.
 *
 * <ul>
 *   <li><b>Datelines</b>: a sentence that opens with words in capitals and then an agency in
 *       parentheses or a dash ("BERLIN (Reuters) -", "LOS ANGELES/NEW YORK (Reuters) -"; without an
 *       agency only places the lexicons know and a sentence in lower case after the dash:
 *       "WASHINGTON -- The...", not "PRESS DIGEST - Indonesian newspapers"): each run of capitals is a place, the agency an organization. Taggers
 *       call "DUBAI" an organization: capitals look like acronyms.</li>
 *   <li><b>Photo credits</b>: a run of up to {@link #MAX_CREDIT_WORDS} capitalized words on
 *       either side of "/" or "via" that contains an agency ({@code models/news-agencies.txt}):
 *       "REUTERS/Kai Pfaffenbach/File Photo", "Olivier Hoslet/Pool via REUTERS". Each part is one
 *       name: an agency or pool, a one-word part ("ANI", "Kyodo") or one that ends like an outlet's
 *       name ("USA Today", "Reno Gazette Journal", "Reuters TV") is an organization, "File Photo"
 *       and the like nothing, any other part the photographer: a person.</li>
 *   <li><b>Bylines and credits</b>: the names after "By", "Reporting by", "Editing by", "Writing
 *       by" are people, and a person's name does not swallow the month after it ("By Nakul Iyer
 *       Dec 7") or the "Editing" of the next credit ("Dave Sherwood Editing by").</li>
 *   <li><b>Sign-offs</b>: a line that is only a dash and an outlet's name of up to
 *       {@link #MAX_CREDIT_WORDS} capitalized words, the last an outlet word or an agency, closes a
 *       wire story with its source ("-- Field Level Media"): an organization.</li>
 *   <li><b>Page furniture</b>: a name made only of words such as "Slideshow" or "Close"
 *       ({@code models/page-furniture.txt}) is no name.</li>
 * </ul>
 */
final class NewsStructure {
    /** The most words one part of a photo credit has ("Reno Gazette Journal", "Mohamed Abd El Ghany"). */
    static final int MAX_CREDIT_WORDS = 4;
    /** The most runs of capitals a dateline names ("LOS ANGELES/NEW YORK"). */
    private static final int MAX_DATELINE_PLACES = 3;

    private static final Set<String> CREDIT_VERBS = Set.of("reporting", "editing", "writing", "compiled",
            "additional", "produced", "photos", "edited", "reported", "written");
    /** Last words of media outlets' names in credits ("Reno Gazette Journal", "USA Today", "Reuters TV"). */
    private static final Set<String> MEDIA_WORDS = Set.of("tv", "today", "journal", "times", "news", "post", "press",
            "images", "media", "agency", "herald", "gazette", "tribune", "pool", "handout", "photos");
    private static final Set<String> DASHES = Set.of("-", "--", "---", "–", "—");

    private final Lexicon lexicon;

    NewsStructure(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(TokenizedText doc, TokenLabels labels) {
        for (int s = 0; s < doc.sentenceCount(); s++) {
            dateline(doc, s, labels);
            credits(doc, s, labels);
            bylines(doc, s, labels);
            signOff(doc, s, labels);
        }
        furniture(doc, labels);
    }

    // ---- datelines

    private void dateline(TokenizedText doc, int sentence, TokenLabels labels) {
        int from = doc.sentenceStart(sentence);
        int end = doc.sentenceEnd(sentence);
        int t = from;
        int[][] places = new int[MAX_DATELINE_PLACES][];
        int count = 0;
        while (t < end && count < MAX_DATELINE_PLACES) {
            int runStart = t;
            while (t < end && isCapitalsWord(doc.word(t))) {
                t++;
            }
            if (t == runStart) {
                return;
            }
            places[count++] = new int[]{runStart, t};
            if (t < end && (doc.word(t).equals("/") || doc.word(t).equals(","))) {
                t++;
            } else {
                break;
            }
        }
        if (count == 0 || t >= end) {
            return;
        }
        int agency = -1;
        if (doc.word(t).equals("(") && t + 2 < end && isAgency(doc.word(t + 1)) && doc.word(t + 2).equals(")")) {
            agency = t + 1;
            t += 3;
        }
        if (agency < 0 && (t >= end || !DASHES.contains(doc.word(t)) || !hasLowerCaseWord(doc, t + 1, end)
                || !allKnownPlaces(doc, places, count))) {
            return; // "SOCCER - JAPAN GET LUCKY WIN", "PRESS DIGEST - Indonesian newspapers": no datelines
        }
        for (int k = 0; k < count; k++) {
            labels.set(places[k][0], places[k][1], NameLabel.LOC, 1.0);
        }
        if (agency >= 0) {
            labels.set(agency, agency + 1, NameLabel.ORG, 1.0);
        }
    }

    private boolean allKnownPlaces(TokenizedText doc, int[][] places, int count) {
        for (int k = 0; k < count; k++) {
            if (lexicon.placeKind(doc.span(places[k][0], places[k][1])) == null) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLowerCaseWord(TokenizedText doc, int from, int to) {
        for (int t = from; t < to; t++) {
            String w = doc.word(t);
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** A word of a dateline: capitals only (with dots, hyphens or an apostrophe), two letters or more. */
    private static boolean isCapitalsWord(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.' && c != '-' && c != '\'') {
                return false;
            }
        }
        return letters >= 2;
    }

    private boolean isAgency(String word) {
        return lexicon.isNewsAgency(word);
    }

    // ---- sign-offs

    private void signOff(TokenizedText doc, int sentence, TokenLabels labels) {
        int from = doc.sentenceStart(sentence);
        int end = doc.sentenceEnd(sentence);
        int words = end - from - 1;
        if (words < 1 || words > MAX_CREDIT_WORDS || !DASHES.contains(doc.word(from))) {
            return;
        }
        for (int t = from + 1; t < end; t++) {
            if (!Names.isCapitalized(doc.word(t))) {
                return;
            }
        }
        String last = doc.word(end - 1);
        if (MEDIA_WORDS.contains(last.toLowerCase(Locale.ROOT)) || isAgency(last)) {
            labels.set(from + 1, end, NameLabel.ORG, 1.0);
        }
    }

    // ---- photo credits

    private void credits(TokenizedText doc, int sentence, TokenLabels labels) {
        int from = doc.sentenceStart(sentence);
        int end = doc.sentenceEnd(sentence);
        for (int t = from; t < end; t++) {
            if (!isCreditSeparator(doc.word(t))) {
                continue;
            }
            // the credit around this separator: separators and short runs of capitalized words
            int left = t;
            int right = t + 1;
            while (true) {
                int run = capitalizedRunLeft(doc, from, left);
                if (run == left) {
                    break;
                }
                left = run;
                if (left - 1 >= from && isCreditSeparator(doc.word(left - 1))) {
                    left--;
                } else {
                    break;
                }
            }
            while (true) {
                int run = capitalizedRunRight(doc, end, right);
                if (run == right) {
                    break;
                }
                right = run;
                if (right < end && isCreditSeparator(doc.word(right))) {
                    right++;
                } else {
                    break;
                }
            }
            if (containsAgency(doc, left, right) && hasSlash(doc, left, right)) {
                labelCredit(doc, left, right, labels);
                t = right - 1;
            }
        }
    }

    private static boolean isCreditSeparator(String w) {
        return w.equals("/") || w.equals("via");
    }

    private int capitalizedRunLeft(TokenizedText doc, int from, int at) {
        int t = at;
        while (t - 1 >= from && at - (t - 1) <= MAX_CREDIT_WORDS && isCreditWord(doc.word(t - 1))) {
            t--;
        }
        return t;
    }

    private int capitalizedRunRight(TokenizedText doc, int end, int at) {
        int t = at;
        while (t < end && t + 1 - at <= MAX_CREDIT_WORDS && isCreditWord(doc.word(t))) {
            t++;
        }
        return t;
    }

    /** A word of a credit part: capitalized, or a name particle ("lo", "bin", "de"). */
    private boolean isCreditWord(String w) {
        return Names.isCapitalized(w) && !w.equals("/") || lexicon.isParticle(w);
    }

    private boolean containsAgency(TokenizedText doc, int from, int to) {
        for (int t = from; t < to; t++) {
            if (isAgency(doc.word(t))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSlash(TokenizedText doc, int from, int to) {
        for (int t = from; t < to; t++) {
            if (doc.word(t).equals("/")) {
                return true;
            }
        }
        return false;
    }

    private void labelCredit(TokenizedText doc, int from, int to, TokenLabels labels) {
        int t = from;
        while (t < to) {
            if (isCreditSeparator(doc.word(t))) {
                t++;
                continue;
            }
            int partEnd = t;
            while (partEnd < to && !isCreditSeparator(doc.word(partEnd))) {
                partEnd++;
            }
            labelCreditPart(doc, t, partEnd, labels);
            t = partEnd;
        }
    }

    private void labelCreditPart(TokenizedText doc, int from, int to, TokenLabels labels) {
        if (isFurniture(doc, from, to)) {
            labels.clear(from, to);
            return;
        }
        boolean outlet = isAgency(doc.word(from)) || to - from == 1
                || MEDIA_WORDS.contains(doc.word(to - 1).toLowerCase(Locale.ROOT));
        labels.set(from, to, outlet ? NameLabel.ORG : NameLabel.PER, 1.0);
    }

    private static boolean anyLabel(TokenLabels labels, int from, int to, NameLabel l) {
        for (int t = from; t < to; t++) {
            if (labels.at(t) == l) {
                return true;
            }
        }
        return false;
    }

    // ---- bylines

    private void bylines(TokenizedText doc, int sentence, TokenLabels labels) {
        int from = doc.sentenceStart(sentence);
        int end = doc.sentenceEnd(sentence);
        for (int t = from; t < end; t++) {
            if (!doc.word(t).equalsIgnoreCase("by")) {
                continue;
            }
            boolean byline = t == from || t == from + 1 && doc.word(from).equals("(")
                    || t > from && CREDIT_VERBS.contains(doc.word(t - 1).toLowerCase(Locale.ROOT));
            if (!byline) {
                continue;
            }
            int name = t + 1;
            int stop = name;
            while (stop < end && stop - name < MAX_CREDIT_WORDS && (Names.isCapitalized(doc.word(stop))
                    || lexicon.isParticle(doc.word(stop)))
                    && !lexicon.isCalendarWord(doc.word(stop))
                    && !(CREDIT_VERBS.contains(doc.word(stop).toLowerCase(Locale.ROOT))
                    && stop + 1 < end && doc.word(stop + 1).equalsIgnoreCase("by"))) {
                stop++;
            }
            // an initial after the name ("Ramakrishnan M.")
            if (stop < end && stop > name && isInitial(doc.word(stop))) {
                stop++;
            }
            if (stop > name && (lexicon.isFunctionWord(doc.word(name)) || lexicon.isTitle(doc.word(name))
                    || containsAgency(doc, name, stop))) {
                continue; // "By The Associated Press", "By President ...", "By Reuters Staff"
            }
            if (stop - name >= 1 && (stop - name >= 2 || anyLabel(labels, name, stop, NameLabel.PER))) {
                labels.set(name, stop, NameLabel.PER, 1.0);
                if (stop < end && labels.at(stop) == NameLabel.PER) {
                    labels.clear(stop, stop + 1);
                }
            }
        }
    }

    private static boolean isInitial(String w) {
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    // ---- furniture

    private void furniture(TokenizedText doc, TokenLabels labels) {
        for (NameSpan s : labels.spans()) {
            if (isFurniture(doc, s.start(), s.end())) {
                labels.clear(s.start(), s.end());
            }
        }
    }

    private boolean isFurniture(TokenizedText doc, int from, int to) {
        return lexicon.isPageFurniture(doc.span(from, to));
    }
}
