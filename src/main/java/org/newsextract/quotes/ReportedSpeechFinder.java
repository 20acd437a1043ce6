package org.newsextract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Rules for reported speech: attributions whose content is the reporter's words, not (wholly) a
 * quotation. From tokens, sentences, entity mentions and the cue list alone, no parser. For each
 * cue of reported speech outside quotations ({@code reported-speech-verbs.txt} and the quote
 * cues), in its sentence:
 * <ol>
 *   <li><b>according to</b>: "according to X, CONTENT" (the cue opens its clause: the content
 *       follows the comma after X) or "CONTENT, according to X" (the content is the sentence
 *       before it);</li>
 *   <li><b>asked</b>: "Asked about X, SPEAKER said …", "When asked whether X, …" (the cue opens
 *       its clause): the question up to the comma is the content, the main clause's subject the
 *       speaker;</li>
 *   <li><b>speaker</b>: the phrase before the cue ({@link SpeakerPhrases#before}: "X said",
 *       "X, the Y of Z, said", "X, who said"), the sentence subject for a participle or a
 *       coordinated verb ("…, adding that", "and said"), the phrase after an inverted cue
 *       (", said X."), "by X" after a passive cue, or none for a passive without it ("it is
 *       expected that");</li>
 *   <li><b>content after the cue</b> ("X said (that) CONTENT", "X told Y (that) CONTENT", "X
 *       said in a statement that CONTENT"): from after the cue (its object skipped for
 *       {@link #TELL_VERBS}, a complementizer "that" skipped, and a short prepositional phrase
 *       before "that" skipped) to the end of the clause ({@link #clauseEnd});</li>
 *   <li><b>content before the cue</b> ("CONTENT, X said.", "CONTENT, said X in a statement.",
 *       "The plan, he said, would …"): when nothing but a prepositional phrase follows the
 *       attribution, or a comma, and a comma or a quotation precedes it: the sentence before the
 *       attribution, and for a parenthetical attribution the clause after it too.</li>
 * </ol>
 * An attribution whose content lies at least {@link #DIRECT_SHARE} inside quotation marks is a
 * direct quote and is left to the quote rules (the same share PolNeAR's types use). Stateless
 * apart from the document.
 */
final class ReportedSpeechFinder {
    /** Share of the content's letters and digits inside quotation marks from which it is a direct quote. */
    static final double DIRECT_SHARE = 0.95;
    /** The most tokens between a cue and the "that" that opens its content ("said on Monday in a statement that"). */
    static final int MAX_THAT_GAP = 10;
    /** The most tokens of a prepositional phrase after a trailing attribution (", he said in a statement on Monday."). */
    static final int MAX_TAIL = 12;
    /** The most tokens of a tell-verb's object ("told the Associated Press"). */
    static final int MAX_OBJECT = 5;
    /** The most tokens between the comma and the cue of a trailing attribution inside a content ("…, he said."). */
    static final int MAX_TRAILING_SPEAKER = 8;

    /**
     * The most tokens before a parenthetical attribution for the clause after it to be part of the
     * content ("The plan, he said, would cut taxes"); a longer part before it is a whole clause
     * ("X is an insult, lawmakers said Friday, as they …").
     */
    static final int MAX_PARENTHETICAL_SUBJECT = 8;
    /** Words that open a clause of the reporter's own after an attribution (", as they bristle"). */
    private static final Set<String> SUBORDINATORS = Set.of("as", "while", "when", "because", "after", "before",
            "since", "although", "though", "but", "and", "so", "who", "which", "where", "if", "even");

    /** Verbs whose first object is the hearer, not the content: "told reporters that …". */
    static final Set<String> TELL_VERBS = Set.of("told", "tell", "tells", "telling", "informed", "informs",
            "informing", "reminded", "reminds", "reminding", "assured", "assures", "assuring", "warned", "warns",
            "warning", "urged", "urges", "urging", "asked", "asks", "asking", "convinced", "persuaded");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me", "you", "reporters",
            "journalists", "supporters", "voters", "lawmakers", "viewers", "listeners", "people", "everyone");
    private static final Set<String> NOUN_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "my", "your", "this", "these", "those", "such", "no", "any", "every", "each");
    /** Cue forms that news uses as often as plural nouns (see {@link #isAmbiguousPlural}). */
    static final Set<String> AMBIGUOUS_PLURALS = Set.of("calls", "tweets", "reports", "claims", "fears", "hopes",
            "notes", "shows", "charges", "objects", "counters", "projects", "forecasts", "estimates", "supports",
            "demands", "signals", "hints", "finds", "wants", "reads", "describes", "asks", "explains", "laments");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "is", "are", "been", "be", "being");
    private static final Set<String> CLAUSE_OPENERS = Set.of("but", "and", "so", "yet", "still", "however", "also",
            "now", "meanwhile", "indeed", ",", "--", "\u2014");

    /**
     * One reported speech as the rules found it, in token indices.
     *
     * @param contentStart first token of the content
     * @param contentEnd   one past its last token
     * @param speaker      the speaker phrase, or null
     * @param cueStart     first token of the cue
     * @param cueEnd       one past the cue's last token
     * @param rule         the name of the rule (for evaluation reports)
     */
    record Found(int contentStart, int contentEnd, Candidate speaker, int cueStart, int cueEnd, String rule) {
    }

    private final QuoteDocument d;
    private final SpeakerPhrases phrases;
    private final Predicate<String> learnedCue;

    /**
     * @param d          the document
     * @param learnedCue the learned one-word cues on top of the lists (lower-case words; see {@link ReportedModel})
     */
    ReportedSpeechFinder(QuoteDocument d, Predicate<String> learnedCue) {
        this.d = d;
        this.phrases = new SpeakerPhrases(d);
        this.learnedCue = learnedCue;
    }

    /** Returns the candidate reported speech of the document in the order of its cues (before any model decides). */
    List<Found> find() {
        List<Found> out = new ArrayList<>();
        int n = d.size();
        for (int t = 0; t < n; t++) {
            int len = d.reportedCueLength(t);
            if (len == 0 && !d.quoted(t) && learnedCue.test(d.lower(t))) {
                len = 1;
            }
            if (len == 0 || isNounUse(t)) {
                continue;
            }
            Found f = attribution(t, len);
            if (f != null && !isDirect(f)) {
                out.add(f);
            }
            t += len - 1;
        }
        return out;
    }

    /** The most content boundaries tried per candidate (the rules' own and alternatives at commas and sentence ends). */
    static final int MAX_VARIANTS = 10;
    /** The most commas inside a content the comma-count feature tells apart. */
    private static final int MAX_COMMA_FEATURE = 4;

    /**
     * Returns the candidate with the content boundaries the model chooses among: first the rules'
     * own, then, for a content after its cue, the content from the cue's subject on for a raising
     * or passive cue ({@link #SUBJECT_CUES}: "The plan appears to be dead", with no speaker), ends
     * at each later comma, semicolon, colon or dash of the sentence, the sentence end and the end
     * of the next sentence of the paragraph (never past a participle clause the rules ended it
     * at), and starts right after the cue (unless a complementizer "that" follows it: contents
     * never start with it) or after a "that" a few words on; for a content before its cue, starts
     * after each earlier comma and at the sentence start.
     *
     * @param f a candidate of {@link #find()}
     * @return f and its alternatives, at most {@link #MAX_VARIANTS}
     */
    List<Found> variants(Found f) {
        List<Found> out = new ArrayList<>();
        out.add(f);
        int c = f.cueStart();
        int paragraph = d.paragraphOf(c);
        int floor = Math.max(d.sentenceStartOf(c), d.paragraphStart(paragraph));
        int end = Math.min(d.sentenceEndOf(c), d.paragraphEnd(paragraph));
        int last = trimEnd(floor, end);
        if (f.contentStart() >= f.cueEnd()) {
            int start = f.contentStart();
            if (spansSubject(f)) {
                // "The plan appears to be dead", "Pigs are considered unclean": the subject is part of the
                // content, and the speaker is the writer's (none), not the subject
                int s = subjectStart(f, floor);
                if (s < c) {
                    out.add(new Found(s, f.contentEnd(), null, f.cueStart(), f.cueEnd(), f.rule()));
                }
            }
            boolean participleAfter = f.contentEnd() < last && opensParticipleClause(f.contentEnd(), last);
            int limit = participleAfter ? f.contentEnd() : last;
            for (int k = start + 1; k <= limit && out.size() < MAX_VARIANTS; k++) {
                if (k < limit && (d.quoted(k) || !isBoundary(d.word(k)))) {
                    continue;
                }
                addEnd(out, f, trimEnd(start, k));
            }
            if (!participleAfter && end < d.paragraphEnd(paragraph) && out.size() < MAX_VARIANTS) {
                int nextEnd = Math.min(d.sentenceEndOf(end), d.paragraphEnd(paragraph));
                addEnd(out, f, trimEnd(start, nextEnd));
            }
            // the content right after the cue, and after a "that" a few words on ("told him on Monday that")
            if (out.size() < MAX_VARIANTS && f.cueEnd() < start && !d.lower(f.cueEnd()).equals("that")) {
                addStart(out, f, f.cueEnd());
            }
            for (int k = f.cueEnd(); k < Math.min(f.contentEnd() - 1, f.cueEnd() + MAX_THAT_GAP); k++) {
                if (d.lower(k).equals("that") && !d.quoted(k) && k + 1 != start && out.size() < MAX_VARIANTS) {
                    addStart(out, f, k + 1);
                    break;
                }
            }
        } else if (f.contentEnd() <= c) {
            int contentEnd = f.contentEnd();
            for (int k = contentEnd - 2; k >= floor && out.size() < MAX_VARIANTS; k--) {
                if (!d.quoted(k) && isBoundary(d.word(k))) {
                    addStart(out, f, k + 1);
                }
            }
            if (out.size() < MAX_VARIANTS) {
                addStart(out, f, skipOpeners(floor, contentEnd));
            }
        }
        return out;
    }

    /**
     * Last words of cues whose subject belongs to the content, not to a speaker: raising verbs
     * and passive verbs of opinion ("X appears to be …", "X is expected to …", "X is considered Y").
     * The participles also give an active cue ("The Times reported that …") this variant; the
     * ranker does not choose it there (restricting them to the passive moved train out-of-fold
     * content F1 by 0.001 at the shipped setting, session 9).
     */
    private static final Set<String> SUBJECT_CUES = Set.of("seem", "seems", "seemed", "seeming", "appear",
            "appears", "appeared", "expected", "considered", "seen", "believed", "thought", "viewed", "regarded",
            "deemed", "likely", "unlikely", "projected", "predicted", "rumored", "alleged", "reported", "known");

    /** Words after "appear" that make it a raising verb ("appears to be"), not "appear in the photo". */
    private static final Set<String> APPEAR_COMPLEMENTS = Set.of("to", "like", "that", "as");

    /**
     * True if the content of an after-cue candidate may take in the cue's subject (see
     * {@link #SUBJECT_CUES}); "appear" only before a complement ({@link #APPEAR_COMPLEMENTS}).
     */
    private boolean spansSubject(Found f) {
        String last = d.lower(f.cueEnd() - 1);
        if (last.startsWith("appear")) {
            return f.cueEnd() < d.size() && APPEAR_COMPLEMENTS.contains(d.lower(f.cueEnd()));
        }
        return SUBJECT_CUES.contains(last) || f.rule().equals("after cue: passive");
    }

    /**
     * Returns the first token of the clause the cue of {@code f} is the verb of: back from the cue
     * (or from its speaker phrase, with the determiners and modifiers before it: "The new tax
     * plan") to the last comma, semicolon, colon or dash, quotation, "that" or other cue (openers
     * skipped).
     */
    private int subjectStart(Found f, int floor) {
        int c = f.cueStart();
        Candidate speaker = f.speaker();
        int k = speaker != null && speaker.start() < c && speaker.start() >= floor ? speaker.start() : c;
        while (k > floor && !d.quoted(k - 1) && !isBoundary(d.word(k - 1)) && !d.lower(k - 1).equals("that")
                && d.cueLength(k - 1) == 0 && d.reportedCueLength(k - 1) == 0) {
            k--;
        }
        return skipOpeners(k, c);
    }

    /**
     * True if a participle clause of the speaker's own opens at {@code t} (", issuing orders",
     * "while asserting"): the rules end the content there, and no variant goes past it.
     */
    private boolean opensParticipleClause(int t, int last) {
        int k = t < last && d.word(t).equals(",") ? t + 1 : t;
        if (k >= last) {
            return false;
        }
        String w = d.lower(k);
        return isParticiple(k) || (w.equals("while") || w.equals("as") || w.equals("whereas")) && k + 1 < last
                && isParticiple(k + 1);
    }

    /** True if a cue of the lists starts in {@code [from, to)} outside quotations. */
    private boolean hasCue(int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.reportedCueLength(k) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBoundary(String w) {
        return w.equals(",") || w.equals(";") || w.equals(":") || isDash(w);
    }

    private static void addEnd(List<Found> out, Found f, int e) {
        if (e <= f.contentStart()) {
            return;
        }
        for (Found v : out) {
            if (v.contentEnd() == e) {
                return;
            }
        }
        out.add(new Found(f.contentStart(), e, f.speaker(), f.cueStart(), f.cueEnd(), f.rule()));
    }

    private static void addStart(List<Found> out, Found f, int s) {
        if (s >= f.contentEnd()) {
            return;
        }
        for (Found v : out) {
            if (v.contentStart() == s) {
                return;
            }
        }
        out.add(new Found(s, f.contentEnd(), f.speaker(), f.cueStart(), f.cueEnd(), f.rule()));
    }

    /** Content lengths in tokens at which the length feature changes bucket. */
    private static final int[] LENGTH_BUCKETS = {1, 2, 3, 5, 8, 12, 20, 30, 50};

    /**
     * Returns the features the model of {@link ReportedModel} reads for a candidate: those of its
     * cue ({@link #cueFeatures}) and those of its content boundaries ({@link #boundaryFeatures}).
     *
     * @param f    a candidate of {@link #find()} or one of its {@link #variants}
     * @param base the candidate of {@link #find()} it is a variant of (or f itself)
     * @return its feature names
     */
    List<String> features(Found f, Found base) {
        List<String> out = cueFeatures(base);
        out.addAll(boundaryFeatures(f, base));
        return out;
    }

    /** Returns a candidate's cue words, lower-cased, joined by single spaces. */
    private String cueWords(Found f) {
        StringBuilder cue = new StringBuilder();
        for (int k = f.cueStart(); k < f.cueEnd(); k++) {
            cue.append(k > f.cueStart() ? " " : "").append(d.lower(k));
        }
        return cue.toString();
    }

    /**
     * Returns the features of a candidate's cue, the same for all its {@link #variants}: the cue's
     * words and whether it is in the lists, the words around it, the rule, the speaker's kind, and
     * where the cue stands in its sentence and paragraph.
     *
     * @param f a candidate of {@link #find()}
     * @return its feature names
     */
    List<String> cueFeatures(Found f) {
        List<String> out = new ArrayList<>();
        int c = f.cueStart();
        String cue = cueWords(f);
        String rule = f.rule();
        String speaker = f.speaker() == null ? "none" : f.speaker().kind().name();
        boolean listed = d.reportedCueLength(c) > 0;
        int floor = d.sentenceStartOf(c);
        out.add("cue=" + cue);
        out.add("listed=" + listed);
        out.add("rule=" + rule);
        out.add("spk=" + speaker);
        out.add("cue+rule=" + cue + "|" + rule);
        out.add("cue+spk=" + cue + "|" + speaker);
        out.add("rule+spk=" + rule + "|" + speaker);
        String suffix = cue.length() > 2 ? cue.substring(cue.length() - 2) : cue;
        out.add("suffix+rule=" + suffix + "|" + rule);
        String prev = c > floor ? d.lower(c - 1) : "<s>";
        String next = f.cueEnd() < d.size() && f.cueEnd() < d.sentenceEndOf(c) ? d.lower(f.cueEnd()) : "</s>";
        out.add("prev=" + prev);
        out.add("next=" + next);
        out.add("cue+next=" + cue + "|" + next);
        out.add("prev+cue=" + prev + "|" + cue);
        out.add("sentenceStart=" + (c == floor));
        out.add("headline=" + isHeadline(c));
        out.add("capitalCue=" + Character.isUpperCase(d.word(c).charAt(0)));
        out.add("paragraphStartsAtSentence=" + (d.paragraphStart(d.paragraphOf(c)) == floor));
        String head = speakerHead(f.speaker());
        out.add("spkHead=" + head);
        out.add("cue+spkHead=" + cue + "|" + head);
        out.add("rule+spkHead=" + rule + "|" + head);
        return out;
    }

    /**
     * True if the token lies in a headline: the document's first paragraph, one sentence long,
     * with more text after it. (Headlines state attributions tersely, "Poll: …", "Trump says …";
     * a text that is one sentence alone is not a headline.)
     */
    private boolean isHeadline(int t) {
        int paragraph = d.paragraphOf(t);
        int end = d.paragraphEnd(paragraph);
        return paragraph == 0 && end < d.size() && d.sentenceEndOf(d.paragraphStart(paragraph)) >= end;
    }

    /**
     * Returns what a speaker phrase is, as a feature value: the type of the entity it names
     * ("PERSON", "ORGANIZATION"), the pronoun itself, or the last word of a common noun phrase
     * ("officials", "poll"); "none" without a speaker.
     */
    private String speakerHead(Candidate s) {
        if (s == null) {
            return "none";
        }
        return switch (s.kind()) {
            case ENTITY -> s.entity() >= 0 ? d.entities.get(s.entity()).type().name() : "entity";
            case PRONOUN -> d.lower(s.start());
            case NOMINAL -> d.lower(s.end() - 1);
        };
    }

    /**
     * Returns the features of one content boundary of a candidate: which variant it is, the
     * content's length, commas and edge words, where it ends, what it crosses that the rules'
     * content did not, and combinations with the cue.
     *
     * @param f    a candidate of {@link #find()} or one of its {@link #variants}
     * @param base the candidate of {@link #find()} it is a variant of (or f itself)
     * @return its feature names
     */
    List<String> boundaryFeatures(Found f, Found base) {
        List<String> out = new ArrayList<>();
        int c = f.cueStart();
        String cue = cueWords(f);
        boolean listed = d.reportedCueLength(c) > 0;
        int floor = d.sentenceStartOf(c);
        int sentenceEnd = trimEnd(floor, d.sentenceEndOf(c));
        boolean own = f.contentStart() == base.contentStart() && f.contentEnd() == base.contentEnd();
        out.add("variant=" + own);
        int commas = 0;
        for (int k = f.contentStart(); k < f.contentEnd(); k++) {
            if (!d.quoted(k) && d.word(k).equals(",")) {
                commas++;
            }
        }
        out.add("commas=" + Math.min(commas, MAX_COMMA_FEATURE));
        out.add("variant+commas=" + own + "|" + Math.min(commas, MAX_COMMA_FEATURE));
        out.add("endWord=" + d.lower(f.contentEnd() - 1));
        int afterEnd = f.contentEnd() < d.size() && d.word(f.contentEnd()).equals(",") ? f.contentEnd() + 1 : -1;
        out.add("afterComma=" + (afterEnd >= 0 && afterEnd < d.size() ? d.lower(afterEnd) : "-"));
        out.add("crossesSentence=" + (d.sentenceStartOf(f.contentEnd() - 1) != d.sentenceStartOf(f.contentStart())));
        if (f.contentEnd() > base.contentEnd()) {
            // what the rules' clause end was, and whether the longer content takes in another cue ("while asserting")
            out.add("extendsOver=" + d.lower(base.contentEnd()));
            out.add("extendsOverCue=" + hasCue(base.contentEnd(), f.contentEnd()));
        } else if (f.contentEnd() < base.contentEnd()) {
            out.add("shortensBefore=" + d.lower(f.contentEnd()));
            out.add("shortensOverCue=" + hasCue(f.contentEnd(), base.contentEnd()));
        }
        if (f.contentStart() != base.contentStart()) {
            out.add("startMoved=" + (f.contentStart() < base.contentStart() ? "earlier" : "later"));
            out.add("startMovedOverCue=" + hasCue(Math.min(f.contentStart(), base.contentStart()),
                    Math.max(f.contentStart(), base.contentStart())));
        }
        int len = f.contentEnd() - f.contentStart();
        int bucket = 0;
        while (bucket < LENGTH_BUCKETS.length && len > LENGTH_BUCKETS[bucket]) {
            bucket++;
        }
        out.add("len=" + bucket);
        out.add("listed+len=" + listed + "|" + bucket);
        boolean before = f.contentEnd() <= c;
        out.add("side=" + (before ? "before" : "after"));
        out.add("first=" + d.lower(f.contentStart()));
        out.add("cue+first=" + cue + "|" + d.lower(f.contentStart()));
        out.add("second=" + (f.contentStart() + 1 < f.contentEnd() ? d.lower(f.contentStart() + 1) : "-"));
        String beforeContent = f.contentStart() > floor ? d.lower(f.contentStart() - 1) : "<s>";
        out.add("beforeContent=" + beforeContent);
        out.add("cue+beforeContent=" + cue + "|" + beforeContent);
        String afterContent = f.contentEnd() < sentenceEnd ? d.lower(f.contentEnd()) : "</s>";
        out.add("afterContent=" + afterContent);
        out.add("toSentenceEnd=" + (f.contentEnd() >= sentenceEnd));
        boolean quotedContent = false;
        for (int k = f.contentStart(); k < f.contentEnd(); k++) {
            if (d.quoted(k)) {
                quotedContent = true;
                break;
            }
        }
        out.add("quoted=" + quotedContent);
        return out;
    }



    /** Returns the attribution of the cue at {@code c} of {@code len} tokens, or null. */
    private Found attribution(int c, int len) {
        int paragraph = d.paragraphOf(c);
        int floor = Math.max(d.sentenceStartOf(c), d.paragraphStart(paragraph));
        int end = Math.min(d.sentenceEndOf(c), d.paragraphEnd(paragraph));
        if (len == 2 && d.lower(c).equals("according")) {
            return accordingTo(c, floor, end);
        }
        if (len == 1 && d.lower(c).equals("asked") && opensClause(c, floor, ASKED_OPENERS)) {
            return askedOpener(c, floor, end);
        }
        Candidate speaker;
        String rule;
        boolean inverted = false;
        int auxiliary = c - 1;
        while (auxiliary > floor && isAdverb(auxiliary)) {
            auxiliary--;
        }
        boolean passive = auxiliary >= floor && auxiliary < c && PASSIVE_AUXILIARIES.contains(d.lower(auxiliary))
                && d.lower(c).endsWith("ed") || d.lower(c).endsWith("wn") && auxiliary >= floor
                && PASSIVE_AUXILIARIES.contains(d.lower(auxiliary));
        if (passive) {
            int by = byIndex(c + len, end);
            speaker = by < 0 ? null : phrases.after(by + 1, end);
            rule = "passive";
            if (speaker != null) {
                // "The issue was first reported by The Washington Post": the subject is the content.
                int start = skipOpeners(floor, auxiliary);
                return auxiliary <= start ? null : new Found(start, auxiliary, speaker, c, c + len, "passive: by agent");
            }
        } else if (LeadingAttribution.sharesSubject(d, c)) {
            speaker = phrases.subject(floor, c);
            rule = "sentence subject";
        } else {
            int verbStart = verbGroupStart(c, floor);
            speaker = phrases.before(verbStart, floor);
            rule = "speaker cue";
            if (speaker == null) {
                Candidate after = phrases.after(c + len, Math.min(end, c + len + SpeakerPhrases.MAX_NOMINAL + 4));
                if (after != null && c > floor && (d.word(c - 1).equals(",") || d.quoted(c - 1))) {
                    speaker = after;
                    inverted = true;
                    rule = "cue speaker";
                }
            }
            if (speaker == null) {
                speaker = phrases.subject(floor, c);
                rule = "sentence subject";
            }
        }
        if (speaker == null && !passive) {
            return null;
        }
        if (isAmbiguousPlural(c, len) && !(c + 1 < end && d.lower(c + 1).equals("that"))
                && (speaker == null || speaker.kind() == Candidate.Kind.NOMINAL || speaker.end() != c)) {
            return null;
        }
        int after = inverted ? speaker.end() : c + len;
        boolean adjacentSpeaker = inverted || rule.equals("speaker cue");
        int leftEnd = inverted || speaker == null || speaker.start() > c ? c : speaker.start();
        while (leftEnd > floor && !d.quoted(leftEnd - 1) && leftEnd > c - SpeakerPhrases.MAX_NOMINAL - 4
                && (NOUN_DETERMINERS.contains(d.lower(leftEnd - 1)) || d.isTitle(d.word(leftEnd - 1)))) {
            leftEnd--; // "…, the White House said", "…, Mayor Karen Bass said"
        }
        int last = trimEnd(floor, end);
        boolean tailEmpty = after >= last;
        boolean tailComma = !tailEmpty && d.word(after).equals(",");
        boolean tailPrepositional = !tailEmpty && isPrepositionalTail(after, last);
        boolean afterQuote = leftEnd > floor && (d.quoted(leftEnd - 1)
                || leftEnd - 1 > floor && d.word(leftEnd - 1).equals(",") && d.quoted(leftEnd - 2));
        boolean tailOpensContent = !tailEmpty && (d.lower(after).equals("that") || d.word(after).equals(":"));
        if (adjacentSpeaker && (tailEmpty || tailComma || tailPrepositional || afterQuote && !tailOpensContent)
                && leftEnd > floor
                && (d.word(leftEnd - 1).equals(",") || d.quoted(leftEnd - 1))) {
            int leftLast = d.word(leftEnd - 1).equals(",") ? leftEnd - 1 : leftEnd;
            int start = skipOpeners(floor, leftLast);
            int contentEnd = tailComma && !afterQuote ? afterAside(start, leftLast, after, last) : leftLast;
            if (contentEnd <= start) {
                return null;
            }
            return new Found(start, contentEnd, speaker, c, c + len, "before cue: " + rule);
        }
        int start = after;
        if (TELL_VERBS.contains(d.lower(c)) && len == 1) {
            start = skipObject(start, last);
        }
        while (start < last && (d.word(start).equals(",") || d.word(start).equals(":")) && !d.quoted(start)) {
            start++;
        }
        if (start < last && d.lower(start).equals("that") && !d.quoted(start)) {
            start++;
        } else if (start < last && (SpeakerPhrases.isPreposition(d.lower(start)) || isTimeWord(start))) {
            for (int k = start + 1; k < Math.min(last, start + MAX_THAT_GAP); k++) {
                if (d.quoted(k) || d.reportedCueLength(k) > 0) {
                    break;
                }
                if (d.lower(k).equals("that")) {
                    start = k + 1;
                    break;
                }
            }
        }
        if (start < last && isParticiple(start) && d.reportedCueLength(start) > 0) {
            return null; // "said, adding that …": the participle has its own attribution
        }
        int contentEnd = clauseEnd(start, last);
        if (contentEnd <= start) {
            return null;
        }
        return new Found(start, contentEnd, speaker, c, c + len, "after cue: " + rule);
    }

    /**
     * Returns where the content of a parenthetical attribution ends ("The plan, he said, would cut
     * taxes"; "Residents of Chicago, according to a recent poll, remain worried"): when the words
     * before the aside, {@code [start, leftLast)}, are a short subject and the comma {@code comma}
     * closing the aside is followed by a main clause (no subordinator), the end of that clause,
     * the aside inside; else {@code leftLast}.
     */
    private int afterAside(int start, int leftLast, int comma, int last) {
        if (leftLast - start > MAX_PARENTHETICAL_SUBJECT || SUBORDINATORS.contains(d.lower(Math.min(comma + 1, last - 1)))) {
            return leftLast;
        }
        int right = clauseEnd(comma + 1, last);
        return right > comma + 1 ? right : leftLast;
    }

    /** "according to X, CONTENT" or "CONTENT, according to X". */
    private Found accordingTo(int c, int floor, int end) {
        Candidate speaker = phrases.after(c + 2, end);
        if (speaker == null) {
            return null;
        }
        int last = trimEnd(floor, end);
        if (opensClause(c, floor, Set.of())) {
            int comma = -1;
            for (int k = speaker.end(); k < last; k++) {
                if (d.word(k).equals(",") && !d.quoted(k)) {
                    comma = k;
                    break;
                }
            }
            if (comma < 0) {
                return null;
            }
            int contentEnd = clauseEnd(comma + 1, last);
            return contentEnd <= comma + 1 ? null : new Found(comma + 1, contentEnd, speaker, c, c + 2, "according to: before");
        }
        boolean medial = c > floor && d.word(c - 1).equals(",");
        int contentEnd = medial ? c - 1 : c;
        int start = skipOpeners(floor, contentEnd);
        if (medial && speaker.end() + 1 < last && d.word(speaker.end()).equals(",") && !d.quoted(speaker.end() + 1)) {
            // "Residents of Chicago, according to a recent poll, remain worried"
            contentEnd = afterAside(start, contentEnd, speaker.end(), last);
        }
        return contentEnd <= start ? null : new Found(start, contentEnd, speaker, c, c + 2, "according to: after");
    }

    /**
     * The most tokens from the comma after an opening "asked" to the cue of the main clause
     * ("Asked about it, the White House press secretary said"): a nominal phrase and its verb group.
     */
    static final int MAX_ASKED_SPEAKER = SpeakerPhrases.MAX_NOMINAL + 4;
    /**
     * Words besides {@link #CLAUSE_OPENERS} before a sentence-opening "asked" that leave it the
     * clause's opener ("When asked about …", "Later asked whether …").
     */
    private static final Set<String> ASKED_OPENERS = Set.of("when", "if", "once", "after", "later");

    /**
     * True if only {@link #CLAUSE_OPENERS} and words of {@code also} stand between the sentence
     * start and the cue at {@code c}, none of them quoted: the cue opens its clause.
     */
    private boolean opensClause(int c, int floor, Set<String> also) {
        for (int k = floor; k < c; k++) {
            if (d.quoted(k) || !CLAUSE_OPENERS.contains(d.lower(k)) && !also.contains(d.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Asked about X, SPEAKER said …", "Asked whether X, 75 percent of voters said …": the
     * question is the content (after "about"; a "whether"/"if" stays), up to the comma; the
     * speaker is the phrase before the main clause's cue, else its subject, else none.
     */
    private Found askedOpener(int c, int floor, int end) {
        int last = trimEnd(floor, end);
        int start = c + 1;
        if (start < last && (d.lower(start).equals("about") || d.lower(start).equals("for")) && !d.quoted(start)) {
            start++;
        }
        int comma = -1;
        for (int k = start; k < last; k++) {
            if (d.word(k).equals(",") && (!d.quoted(k) || k + 1 < last && !d.quoted(k + 1))) {
                // "Asked whether X “has the integrity …,” 75 percent said": a comma inside the closing quotation
                comma = k;
                break;
            }
        }
        if (comma < 0 || comma <= start) {
            return null;
        }
        Candidate speaker = null;
        for (int k = comma + 1; k < Math.min(last, comma + 1 + MAX_ASKED_SPEAKER); k++) {
            if (d.quoted(k) || d.word(k).equals(",")) {
                break;
            }
            if (d.cueLength(k) > 0 || d.reportedCueLength(k) > 0) {
                speaker = phrases.before(verbGroupStart(k, comma + 1), comma + 1);
                break;
            }
        }
        if (speaker == null) {
            speaker = phrases.subject(comma + 1, last);
        }
        return new Found(start, comma, speaker, c, c + 1, "asked opener");
    }

    /** The "by" of a passive cue's agent ("was told by X"), at most two tokens after it; -1 when there is none. */
    private int byIndex(int t, int end) {
        for (int k = t; k < Math.min(end, t + 3); k++) {
            if (d.lower(k).equals("by")) {
                return k;
            }
        }
        return -1;
    }

    /** Auxiliaries and negations of a verb group before a cue ("is not saying", "has already claimed"). */
    private static final Set<String> VERB_GROUP = Set.of("is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "do", "does", "did",
            "not", "n't", "never", "also", "already", "still", "just", "again", "now");

    /**
     * Returns the first token of the verb group that ends with the cue at {@code c}: auxiliaries,
     * negations and adverbs before it ("isn't saying", "is already claiming", "falsely suggesting",
     * "on Tuesday dismissed"), so that the speaker is the phrase before them.
     */
    private int verbGroupStart(int c, int floor) {
        int k = c;
        while (k > floor && !d.quoted(k - 1) && (VERB_GROUP.contains(d.lower(k - 1)) || isAdverb(k - 1)
                || isTimeWord(k - 1) && Character.isUpperCase(d.word(k - 1).charAt(0)))) {
            k--;
            if (k > floor && isTimeWord(k) && d.lower(k - 1).equals("on")) {
                k--; // "on Tuesday"
            }
        }
        return k;
    }

    /** Skips conjunctions and commas opening a clause ("But", "And"). */
    private int skipOpeners(int from, int to) {
        int start = from;
        while (start < to && CLAUSE_OPENERS.contains(d.lower(start)) && !d.quoted(start)) {
            start++;
        }
        return start;
    }

    private boolean isAdverb(int t) {
        String w = d.lower(t);
        return w.endsWith("ly") && w.length() > 3 || w.equals("first") || w.equals("also") || w.equals("not")
                || w.equals("widely") || w.equals("long") || w.equals("never") || w.equals("often");
    }

    /**
     * Returns one past the last token of the content that starts at {@code start}: the clause ends
     * at a semicolon, at a comma before a participle (", issuing orders"), before another
     * attribution of the sentence (", he said", ", according to"), or before "while"/"as" with a
     * participle ("while asserting that …"); at most {@code last}.
     */
    int clauseEnd(int start, int last) {
        for (int k = start; k < last; k++) {
            if (d.quoted(k)) {
                // "… left the country,” issuing orders": a comma inside the closing quotation.
                if (k > start && k + 1 < last && !d.quoted(k + 1) && d.word(k - 1).equals(",") && isParticiple(k + 1)) {
                    return k + 1;
                }
                continue;
            }
            String w = d.lower(k);
            if (w.equals(";")) {
                return trimEnd(start, k);
            }
            if ((w.equals("while") || w.equals("as") || w.equals("whereas")) && k > start && k + 1 < last
                    && isParticiple(k + 1)) {
                return trimEnd(start, k);
            }
            if ((w.equals("and") || w.equals("but")) && k > start + 1 && k + 1 < last && !d.quoted(k + 1)
                    && (d.reportedCueLength(k + 1) > 0 && !isNounUse(k + 1) || d.lower(k + 1).endsWith("ed")
                    && d.word(k - 1).equals(",") || opensAttribution(k + 1, last))) {
                // "said A and warned B", "said A, and Democrats accused B": an attribution of its own
                return trimEnd(start, k);
            }
            if (isDash(d.word(k)) && k > start && k + 1 < last && (d.lower(k + 1).equals("and")
                    || d.lower(k + 1).equals("but"))) {
                return trimEnd(start, k); // "said A — and he noted B"
            }
            if (w.equals(",") && k + 1 < last) {
                if (isParticiple(k + 1) || d.lower(k + 1).equals("according") && d.reportedCueLength(k + 1) == 2
                        || isTrailingAttribution(k + 1, last)) {
                    return trimEnd(start, k);
                }
            }
        }
        return last;
    }

    /** True if a speaker phrase and a cue start at {@code t} ("Democrats accused", "he noted"). */
    private boolean opensAttribution(int t, int last) {
        for (int k = t + 1; k < Math.min(last, t + SpeakerPhrases.MAX_NOMINAL); k++) {
            if (d.quoted(k) || d.word(k).equals(",")) {
                return false;
            }
            if (d.reportedCueLength(k) > 0) {
                Candidate s = phrases.before(k, t);
                return s != null && s.start() == t && s.kind() != Candidate.Kind.NOMINAL;
            }
        }
        return false;
    }

    private static boolean isDash(String w) {
        return w.equals("--") || w.equals("\u2014") || w.equals("\u2013") || w.equals("\u2015");
    }

    /** True if a trailing attribution ("he said", "said Smith", "the ministry said in a statement") starts at {@code t}. */
    private boolean isTrailingAttribution(int t, int last) {
        for (int k = t; k < Math.min(last, t + MAX_TRAILING_SPEAKER); k++) {
            if (d.quoted(k) || d.word(k).equals(",") && k > t) {
                return false;
            }
            if (d.cueLength(k) > 0) {
                int after = k + d.cueLength(k);
                if (k == t) {
                    Candidate s = phrases.after(after, last);
                    if (s == null) {
                        return false;
                    }
                    after = s.end();
                } else if (phrases.before(k, t) == null) {
                    return false;
                }
                return after >= last || d.word(after).equals(",") || isPrepositionalTail(after, last);
            }
        }
        return false;
    }

    /** True if {@code [t, last)} is a short phrase with no content of its own ("in a statement on Monday"). */
    private boolean isPrepositionalTail(int t, int last) {
        if (last - t > MAX_TAIL || !(SpeakerPhrases.isPreposition(d.lower(t)) || isTimeWord(t))
                || d.lower(t).equals("that") || d.lower(t).equals("whether") || d.lower(t).equals("if")) {
            return false;
        }
        for (int k = t; k < last; k++) {
            if (d.quoted(k) || d.lower(k).equals("that") || d.reportedCueLength(k) > 0 || d.word(k).equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** Skips the hearer after a tell-verb: a name, an object pronoun, or a short noun phrase. */
    private int skipObject(int t, int last) {
        if (t >= last || d.quoted(t)) {
            return t;
        }
        for (int k = t + 1; k < Math.min(last, t + MAX_OBJECT + 1); k++) {
            if (d.quoted(k) || d.word(k).equals(",") || d.reportedCueLength(k) > 0) {
                break;
            }
            if (d.lower(k).equals("that")) {
                return k; // "told police officials that …"
            }
        }
        if (d.entityOf(t) >= 0) {
            return d.mentionTo(t);
        }
        String w = d.lower(t);
        if (OBJECT_PRONOUNS.contains(w)) {
            return t + 1;
        }
        if (NOUN_DETERMINERS.contains(w)) {
            for (int k = t + 1; k < Math.min(last, t + MAX_OBJECT); k++) {
                if (d.lower(k).equals("that") || d.word(k).equals(",")) {
                    return k;
                }
            }
        }
        return t;
    }

    /** Returns one past the last token of {@code [from, end)} that is not closing punctuation. */
    private int trimEnd(int from, int end) {
        int e = end;
        while (e > from && !d.quoted(e - 1) && isClosingPunctuation(d.word(e - 1))) {
            e--;
        }
        return e;
    }

    private static boolean isClosingPunctuation(String w) {
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals(",") || w.equals(";") || w.equals(":")
                || w.equals("--") || w.equals("\u2014") || w.equals("-");
    }

    /** True if the token is a participle opening a clause of its own (",  issuing orders", "while asserting"). */
    private boolean isParticiple(int t) {
        String w = d.lower(t);
        return w.length() > 4 && w.endsWith("ing") && !d.quoted(t) && d.entityOf(t) < 0
                && !w.equals("including") && !w.equals("according") && Character.isLowerCase(d.word(t).charAt(0));
    }

    private boolean isTimeWord(int t) {
        return switch (d.lower(t)) {
            case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
                 "tonight", "last", "this", "earlier", "later", "recently", "repeatedly", "again", "publicly",
                 "privately" -> true;
            default -> false;
        };
    }

    /** True if the cue word is used as a noun or adjective ("the reported deal", "his warning"). */
    private boolean isNounUse(int t) {
        if (t == 0) {
            return false;
        }
        if (Character.isUpperCase(d.word(t).charAt(0)) && t != d.sentenceStartOf(t)) {
            return true; // a title or a headline in title case ("Voters Worried About …")
        }
        String prev = d.lower(t - 1);
        boolean possessive = (prev.equals("'s") || prev.equals("\u2019s")) && t >= 2
                && !SpeakerPhrases.SUBJECT_PRONOUNS.contains(d.lower(t - 2)) && !d.lower(t - 2).equals("that")
                && !d.lower(t - 2).equals("there") && !d.lower(t - 2).equals("who");
        return NOUN_DETERMINERS.contains(prev) || possessive;
    }

    /**
     * True if a cue is a verb form that is also a common plural noun ("calls", "reports",
     * "tweets"): it counts only with a name or pronoun right before it or "that" right after it.
     */
    private boolean isAmbiguousPlural(int c, int len) {
        return len == 1 && AMBIGUOUS_PLURALS.contains(d.lower(c));
    }

    /** True if the content lies at least {@link #DIRECT_SHARE} inside quotation marks (a direct quote). */
    private boolean isDirect(Found f) {
        int from = d.doc.start(f.contentStart());
        int to = d.doc.end(f.contentEnd() - 1);
        int letters = 0;
        int quoted = 0;
        int q = 0;
        List<QuoteSpan> quotes = d.quotes;
        for (int i = from; i < to; i++) {
            if (!Character.isLetterOrDigit(d.text.charAt(i))) {
                continue;
            }
            letters++;
            while (q < quotes.size() && quotes.get(q).end() <= i) {
                q++;
            }
            if (q < quotes.size() && quotes.get(q).start() <= i) {
                quoted++;
            }
        }
        return letters == 0 || quoted >= DIRECT_SHARE * letters;
    }
}
