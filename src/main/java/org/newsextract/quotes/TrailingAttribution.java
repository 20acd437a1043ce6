package org.newsextract.quotes;

import java.util.Set;

/**
 * Rule: the attribution right after a quotation, the commonest news pattern:
 * {@code “…,” Graham said}, {@code “…,” said Rep. Elijah Cummings}, {@code “…?” he asked},
 * {@code “…,” Rep. X, the Y of Z, said}, {@code “…,” according to X}, and a signature after a
 * dash ({@code “…” ― Sonya Herridge}).
 *
 * <p>After the closing mark (and a comma or dash), either a cue comes first and the speaker
 * follows it ({@link SpeakerPhrases#after}), or a speaker phrase of at most
 * {@link #MAX_GAP} tokens ({@link #MAX_APPOSITION_GAP} with appositions) comes first and ends just
 * before a cue ({@link SpeakerPhrases#before}).
 * Nothing between the quotation and the cue may be another quotation or a sentence end, and a
 * quotation that ends its sentence ({@code “….”}) is followed by an attribution only when the
 * next word is lower case or a name ({@code “Why?” he asked}), not by a new sentence.
 */
final class TrailingAttribution {
    static final int MAX_GAP = 14;
    /**
     * The most tokens before the cue when the speaker is followed by appositions between commas
     * ("“…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said").
     */
    static final int MAX_APPOSITION_GAP = 24;
    /** The most words of a title between a quotation and the speaker's name. */
    static final int MAX_TITLE = 5;
    /**
     * Words that open a subordinate clause or list after a fragment ({@code “kind of riding the
     * fence” until Haley said}, {@code “no idea” if he would}): the clause's speaker is not the
     * fragment's.
     */
    static final Set<String> SUBORDINATORS = Set.of("if", "until", "while", "because", "when",
            "unless", "although", "though", "whether", "since", "including", "whereas", ";");
    /** Words that open a partitive speaker phrase after an inverted cue ("said one of the advisers"). */
    static final Set<String> PARTITIVES = Set.of("one", "some", "many", "several", "two",
            "three", "each", "most", "none");
    /** The digits of a year used as a modifier in a speaker phrase ("said a 2008 Clinton veteran"). */
    static final int YEAR_DIGITS = 4;

    private TrailingAttribution() {
    }

    /**
     * Returns the attribution after the quotation that ends before token {@code after}, or null.
     *
     * @param d      the document
     * @param after  the first token after the quotation's closing mark
     * @return the attribution, or null when the text after the quotation has none
     */
    static Attribution apply(QuoteDocument d, int after) {
        SpeakerPhrases phrases = new SpeakerPhrases(d);
        int t = after;
        int n = d.size();
        boolean dash = false;
        while (t < n && (d.word(t).equals(",") || isDash(d.word(t)))) {
            dash |= isDash(d.word(t));
            t++;
        }
        if (t < n && after > 0 && dash && d.paragraphOf(t) != d.paragraphOf(after - 1)) {
            return signatureParagraph(d, phrases, after, t);
        }
        if (t >= n || after == 0 || d.quoted(t) || d.paragraphOf(t) != d.paragraphOf(after - 1)) {
            return null;
        }
        if (endsSentence(d, after - 1) && !Character.isLowerCase(d.word(t).charAt(0)) && d.entityOf(t) < 0
                && !titleBeforeName(d, t)) {
            return null; // “….” She says …: a new sentence, not an attribution
        }
        int ceiling = Math.min(n, t + MAX_GAP);
        if (dash) {
            // “…” ― Sonya Herridge: a signature after a dash.
            Candidate signed = phrases.after(t, ceiling);
            if (signed != null && (signed.end() >= n || d.paragraphOf(signed.end()) != d.paragraphOf(t)
                    || d.isPunctuation(signed.end()))) {
                return new Attribution(signed, -1, -1, "after: dash signature", true);
            }
        }
        if (endsSentence(d, after - 1) && !opensSentence(d, after - 1)) {
            return null; // Sanders called it “arbitrary.” Josh Hendler warned …: the next sentence is another report
        }
        if (d.cueLength(t) > 0) {
            int cueEnd = t + d.cueLength(t);
            Candidate speaker = phrases.after(cueEnd, ceiling);
            if (speaker == null) {
                speaker = partitiveAfter(d, phrases, cueEnd, ceiling);
            }
            if (speaker == null && d.cueLength(t) == 1 && cueEnd < n && d.cueLength(cueEnd) > 0) {
                Candidate name = CapitalizedName.apply(d, after, t); // “…,” Read said.: the name is a cue word too
                if (name != null) {
                    return reportedBy(d, new Attribution(name, cueEnd, cueEnd + d.cueLength(cueEnd), "after: speaker cue",
                            true));
                }
            }
            return speaker == null ? null
                    : reportedBy(d, new Attribution(speaker, t, cueEnd, "after: cue speaker", true));
        }
        Attribution unlisted = UnlistedVerb.apply(d, after, t);
        if (unlisted != null) {
            return reportedBy(d, unlisted);
        }
        boolean apposition = false;
        for (int c = t + 1; c < Math.min(n, t + MAX_APPOSITION_GAP); c++) {
            if (d.quoted(c) || isBoundary(d, c) || d.paragraphOf(c) != d.paragraphOf(t)
                    || c >= t + MAX_GAP && !apposition) {
                return null;
            }
            apposition |= d.word(c).equals(",");
            if (d.cueLength(c) > 0) {
                if (endsSentence(d, after - 1) && NextSentenceReport.opensComplement(d, c)) {
                    return null; // “….” Greene added that the Fed …: a new report, not the quotation's attribution
                }
                Candidate speaker = phrases.before(c, t);
                if (speaker == null && c == t + 1) {
                    speaker = CapitalizedName.apply(d, after, t); // “…,” From said.: a surname that is also a word
                }
                if (speaker != null && !onlyTitleWordsBetween(d, t, speaker.start())) {
                    speaker = headBeforeOf(d, phrases, t, speaker);
                }
                if (speaker == null || !onlyTitleWordsBetween(d, t, speaker.start()) && !titleApposition(d, t, speaker)) {
                    return null;
                }
                return reportedBy(d, new Attribution(speaker, c, c + d.cueLength(c), "after: speaker cue", true));
            }
        }
        return null;
    }

    /**
     * Returns the signature of a quote-only paragraph given in the next paragraph, which opens
     * with a dash and holds nothing but a speaker phrase and what sets it off ({@code “…”} then
     * {@code – Tom Reyes.} or {@code -Tom Reyes, Springfield.}): the phrase after the dash. Null
     * when the quotation's paragraph holds more than quotations or the next paragraph does not
     * start with a dash and a name that ends at punctuation or at the paragraph's end (a
     * subheading set off by dashes, {@code – An immigrant himself –}, signs nothing).
     *
     * @param after the first token after the quotation's closing mark
     * @param t     the first token after the dash that opens the next paragraph
     */
    private static Attribution signatureParagraph(QuoteDocument d, SpeakerPhrases phrases, int after, int t) {
        int quoteParagraph = d.paragraphOf(after - 1);
        int next = d.paragraphOf(t);
        if (next != quoteParagraph + 1 || !isDash(d.word(d.paragraphStart(next))) || d.quoted(t)) {
            return null;
        }
        for (int k = d.paragraphStart(quoteParagraph); k < after; k++) {
            if (!d.quoted(k) && !d.isPunctuation(k)) {
                return null; // the paragraph says more than the quotation: the dash opens something else
            }
        }
        int end = d.paragraphEnd(next);
        Candidate signed = phrases.after(t, Math.min(end, t + MAX_GAP));
        if (signed == null || signed.kind() != Candidate.Kind.ENTITY
                || signed.end() < end && !d.isPunctuation(signed.end())) {
            return null;
        }
        return new Attribution(signed, -1, -1, "after: dash signature paragraph", true);
    }

    /**
     * Returns the speaker phrase after an inverted cue that {@link SpeakerPhrases#after} does not
     * read: a partitive ({@code “…,” said one of those advisers}, {@code said some of the
     * delegates}) or an article before a year ({@code “…,” said a 2008 Clinton veteran}); the
     * phrase runs from the partitive or article to the end of the noun phrase after it. Null if
     * there is none.
     */
    private static Candidate partitiveAfter(QuoteDocument d, SpeakerPhrases phrases, int t, int ceiling) {
        int k = t;
        if (k + 1 < ceiling && PARTITIVES.contains(d.lower(k)) && d.lower(k + 1).equals("of")) {
            k += 2;
        } else if (k + 1 < ceiling && isArticle(d, k) && isYear(d.word(k + 1))) {
            k += 2;
        } else {
            return null;
        }
        Candidate rest = phrases.after(k, ceiling);
        if (rest == null) {
            return null;
        }
        return rest.kind() == Candidate.Kind.NOMINAL ? new Candidate(t, rest.end(), Candidate.Kind.NOMINAL, -1) : rest;
    }

    private static boolean isYear(String w) {
        return w.length() == YEAR_DIGITS && w.chars().allMatch(Character::isDigit);
    }

    /**
     * Returns the attribution of a second-hand report: when the sentence goes on after the
     * attribution with "according to Y" ({@code “…,” Salceda said in a bill, according to the
     * Philippine Star}; also without the comma: {@code said in a statement according to The
     * Blaze}), the quotation is Y's report, and Y is its speaker; otherwise {@code a}.
     * At most {@link #MAX_GAP} tokens may lie between the attribution and "according to".
     */
    static Attribution reportedBy(QuoteDocument d, Attribution a) {
        int from = Math.max(a.cueEnd(), a.speaker().end());
        int end = Math.min(d.sentenceEndOf(from - 1), from + MAX_GAP);
        for (int t = from; t < end && !d.quoted(t) && d.paragraphOf(t) == d.paragraphOf(from - 1); t++) {
            if (isAccordingTo(d, t)) {
                Attribution outer = accordingTo(d, t, "after: according to");
                return outer == null ? a : outer;
            }
        }
        return a;
    }

    /** True if token {@code t} starts the cue "according to". */
    static boolean isAccordingTo(QuoteDocument d, int t) {
        return d.cueLength(t) > 1 && d.lower(t).equals("according");
    }

    /**
     * Returns the attribution to Y of the "according to Y" whose cue starts at token {@code t}
     * (Y: the speaker phrase within {@link #MAX_GAP} tokens after the cue), or null if none follows.
     *
     * @param rule the rule name the attribution carries
     */
    static Attribution accordingTo(QuoteDocument d, int t, String rule) {
        int len = d.cueLength(t);
        Candidate source = new SpeakerPhrases(d).after(t + len, Math.min(d.size(), t + len + MAX_GAP));
        return source == null ? null : new Attribution(source, t, t + len, rule, true);
    }

    /**
     * Returns the name a speaker's "of" phrase hangs on ({@code “…,” Mr. Morgan of the Sierra
     * Club said}: Mr. Morgan, not the Sierra Club), the common noun phrase with an article that
     * opens the attribution before any {@link #HEAD_PREPOSITIONS} phrase ({@code a spokesman for
     * committee Democrats said}), or {@code speaker} otherwise.
     */
    private static Candidate headBeforeOf(QuoteDocument d, SpeakerPhrases phrases, int floor, Candidate speaker) {
        int k = speaker.start() - 1;
        if (k > floor && (d.lower(k).equals("the") || d.lower(k).equals("a"))) {
            k--;
        }
        if (k <= floor || !HEAD_PREPOSITIONS.contains(d.lower(k))) {
            return speaker;
        }
        Candidate head = phrases.endingAt(k - 1, floor, false);
        if (head != null && head.kind() == Candidate.Kind.ENTITY && NAME_PREPOSITIONS.contains(d.lower(k))) {
            return head;
        }
        // “…,” a spokesman for committee Democrats said / a staffer in the room wondered: a common
        // noun phrase opening the attribution is the speaker, its prepositional phrase a modifier.
        return head != null && head.kind() == Candidate.Kind.NOMINAL && head.start() == floor
                && isArticle(d, floor) ? head : speaker;
    }

    /**
     * Prepositions after a common noun phrase that opens a trailing attribution ("a spokesman for X said";
     * "the pitch on Kickstarter says": a medium's name after "on" is no speaker either).
     */
    static final Set<String> HEAD_PREPOSITIONS = Set.of("for", "in", "with", "of", "from", "at", "on");
    /** Of those, the ones after which a name's phrase hangs on the name before ("Mr. Morgan of the Sierra Club"). */
    static final Set<String> NAME_PREPOSITIONS = Set.of("of", "from", "at");

    /**
     * True if the tokens {@code [from, to)} before a speaker are at most {@link #MAX_TITLE}
     * words of a title ("retired Air Force general", "Sen.", "9/11 widow"), with no function
     * word: after "“…,” and Microsoft said" the quotation is not Microsoft's.
     */
    private static boolean onlyTitleWordsBetween(QuoteDocument d, int from, int to) {
        if (to - from > MAX_TITLE) {
            return false;
        }
        for (int k = from; k < to; k++) {
            boolean possessor = k == from && (d.lower(k).equals("the") || d.lower(k).equals("a")) && possessive(d, to - 1)
                    || d.entityOf(k) >= 0 && possessive(d, to - 1) || possessive(d, k) && k == to - 1;
            if (possessor) {
                continue; // “…,” the Zionist Union Party's Nachman Shai told …
            }
            if (k == from && isArticle(d, k) && to - from > 0) {
                continue; // “…,” the White House said / the Florida governor's Y: the article opens the phrase
            }
            if (k == from && POSSESSIVE_DETERMINERS.contains(d.lower(k)) && to - from > 1) {
                continue; // “…,” his friend Tom Reyes said / her husband, Tom Reyes, said: a relation before the name
            }
            boolean functionWord = d.isFunctionWord(d.word(k)) && d.entityOf(k) < 0 // "New" of "New York" is a name's
                    || SUBORDINATORS.contains(d.lower(k)); // “…” until Haley said: a clause of the reporter's
            if (d.quoted(k) || d.cueLength(k) > 0 || d.word(k).equals(",") || functionWord) {
                return false;
            }
        }
        return true;
    }

    /**
     * True if the named speaker is an apposition between commas to a title that follows the
     * quotation ({@code “…,” the White House press secretary, Josh Earnest, said}): the tokens
     * from {@code from} to the comma before the name are title words, and a comma follows the name.
     */
    private static boolean titleApposition(QuoteDocument d, int from, Candidate speaker) {
        int comma = speaker.start() - 1;
        return speaker.kind() == Candidate.Kind.ENTITY && comma > from && d.word(comma).equals(",")
                && speaker.end() < d.size() && d.word(speaker.end()).equals(",")
                && onlyTitleWordsBetween(d, from, comma);
    }

    /**
     * True if the quotation whose last token is {@code last} opens its sentence: nothing but
     * punctuation and other quotations before it in the sentence and paragraph. Only such a
     * quotation that ends with its own full stop can be followed by its attribution
     * ({@code “We will win.” Trump said}); a fragment ending a sentence of the reporter's
     * ({@code Sanders called the suspension “arbitrary.”}) is attributed inside that sentence.
     */
    static boolean opensSentence(QuoteDocument d, int last) {
        int q = d.quoteOf(last);
        if (q < 0) {
            return true;
        }
        int first = d.tokenAt(d.quotes.get(q).start());
        int floor = Math.max(d.sentenceStartOf(first), d.paragraphStart(d.paragraphOf(first)));
        for (int k = floor; k < first; k++) {
            if (!d.quoted(k) && !d.isPunctuation(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True if token {@code t} starts up to {@link #MAX_TITLE} title words that run into a
     * person's or organization's name ("Mr. Trump", "US Senator Jeff Sessions"): after a
     * quotation that ends its sentence, such a name may still be its speaker, as a bare name may.
     */
    private static boolean titleBeforeName(QuoteDocument d, int t) {
        int k = t;
        while (k < d.size() && k - t < MAX_TITLE && d.entityOf(k) < 0 && (d.isTitle(d.word(k))
                || Character.isUpperCase(d.word(k).charAt(0)) && !d.isFunctionWord(d.word(k)) && k > t)) {
            k++;
        }
        return k > t && k < d.size() && d.entityOf(k) >= 0 && d.typeAt(k) != org.newsextract.nlp.NameLabel.LOC;
    }

    /**
     * Possessive determiners that may open the title words before a name after a quotation, a
     * relation of someone named before ({@code “…,” his friend Tom Reyes said}).
     */
    static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "their", "its", "our");

    /** True if token {@code k} is an article ("the", "a", "an"), which may open a speaker phrase after a quotation. */
    static boolean isArticle(QuoteDocument d, int k) {
        String w = d.lower(k);
        return w.equals("the") || w.equals("a") || w.equals("an");
    }

    private static boolean possessive(QuoteDocument d, int k) {
        return k >= 0 && (d.word(k).equals("'s") || d.word(k).equals("’s"));
    }

    /** True if the token is a dash ("--", "-", or a dash character), as before a signature or an aside. */
    static boolean isDash(String w) {
        return w.equals("--") || w.equals("-") || w.equals("\u2015") || w.equals("\u2014") || w.equals("\u2013");
    }

    /** True if the quotation ending with token {@code last} (its closing mark) ends with . ? or !. */
    private static boolean endsSentence(QuoteDocument d, int last) {
        return d.quotationEndsWith(last, w -> w.equals(".") || w.equals("?") || w.equals("!") || w.endsWith("."));
    }

    /** True if token {@code c} ends a sentence: not the full stop of an abbreviation inside brackets ("(D-Mo.)"). */
    private static boolean isBoundary(QuoteDocument d, int c) {
        String w = d.word(c);
        if (w.equals(".") && c + 1 < d.size() && d.word(c + 1).equals(")")) {
            return false;
        }
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals(";") || w.equals(":");
    }
}
