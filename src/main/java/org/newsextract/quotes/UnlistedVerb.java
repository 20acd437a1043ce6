package org.newsextract.quotes;

import org.newsextract.nlp.NameLabel;

/**
 * Rule: right after a quotation that ends with a comma, question mark or exclamation mark
 * inside its marks, a name or pronoun and a past-tense verb that ends the clause, or the verb
 * and then the name, is an attribution even when the verb is not in the cue list:
 * {@code “…,” Kelly charged.}, {@code “…?” Hannity pressed.}, {@code “…!” beamed Donald
 * Hartley of Madison}. The quotation's own clause mark says that the sentence goes on with its
 * attribution; the verb must be a lower-case word in -ed followed by the end of the clause (a
 * punctuation mark, a preposition or a time word), so "“…,” Trump supporters rallied against"
 * is not read as one. The name may come at the end of a phrase opened by an article, and the
 * phrase may be a common noun phrase ({@code “…,” an angry Hollande retaliated},
 * {@code “…!” the crowd cried out}; not before a preposition, "“…,” a website linked to"), and
 * "out" and "aloud" end the clause too ({@code he wondered aloud}). After "they" or "we" the verb
 * may be in the present tense ({@code “…,” they conclude.}), and so may it after a name, "he",
 * "she" or an article's phrase when a comma or full stop closes it ({@code “…,” Bozell answers.},
 * {@code “…,” the document states, …}: news uses the present for documents and for scenes told
 * in the present, and "states", "promises" are not listed cues because they are also nouns), and up to
 * {@link TrailingAttribution#MAX_TITLE} title words may stand between an inverted verb and the
 * name ({@code “…,” mused radio co-host Ann Lee}); "and" ends the clause too ({@code “…,” Lee
 * snapped and the room went quiet}). Used by
 * {@link TrailingAttribution} when no listed cue follows.
 */
final class UnlistedVerb {
    /** Auxiliaries that end an article's phrase ("a doctor had typed" is no speaker and verb). */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("had", "has", "have", "was", "were",
            "is", "are", "would", "will", "could", "should", "did", "does");

    private UnlistedVerb() {
    }

    /**
     * Returns the attribution of the quotation ending before token {@code after}, whose first
     * following word is {@code t}, or null.
     */
    static Attribution apply(QuoteDocument d, int after, int t) {
        if (!endsWithClauseMark(d, after - 1) || t + 1 >= d.size()) {
            return null;
        }
        if (d.entityOf(t) >= 0 && d.mentionFrom(t) == t && d.typeAt(t) != NameLabel.LOC
                || SpeakerPhrases.SUBJECT_PRONOUNS.contains(d.lower(t)) && !d.lower(t).equals("it")) {
            int verb = d.entityOf(t) >= 0 ? d.mentionTo(t) : t + 1;
            boolean plural = PLURAL_PRONOUNS.contains(d.lower(t)) && isPresentVerb(d, verb);
            boolean singular = !PLURAL_PRONOUNS.contains(d.lower(t)) && isPresentSingularVerb(d, verb);
            if ((isPastVerb(d, verb) || plural || singular) && endsClause(d, verb + 1)) {
                Candidate speaker = d.entityOf(t) >= 0
                        ? new Candidate(t, d.mentionTo(t), Candidate.Kind.ENTITY, d.entityOf(t))
                        : new Candidate(t, t + 1, Candidate.Kind.PRONOUN, -1);
                return new Attribution(speaker, verb, verb + 1, "after: unlisted verb", true);
            }
            return null;
        }
        if (TrailingAttribution.isArticle(d, t)) {
            return articlePhrase(d, t);
        }
        Attribution inverted = invertedArticlePhrase(d, after, t);
        if (inverted != null) {
            return inverted;
        }
        if (!isPastVerb(d, t)) {
            return null;
        }
        int e = t + 1;
        while (e < d.size() && e - t <= TrailingAttribution.MAX_TITLE && d.entityOf(e) < 0
                && !d.quoted(e) && !d.isPunctuation(e) && !d.isFunctionWord(d.word(e))) {
            e++; // “…,” mused Blaze co-host Stu Burguiere: title words before the name
        }
        if (e < d.size() && d.entityOf(e) >= 0 && d.typeAt(e) == NameLabel.PER) {
            return new Attribution(new Candidate(d.mentionFrom(e), d.mentionTo(e), Candidate.Kind.ENTITY,
                    d.entityOf(e)), t, t + 1, "after: unlisted verb", true);
        }
        return null;
    }

    /**
     * Returns the attribution of an inverted unlisted verb and a common noun phrase opened by an
     * article after a quotation that opens its sentence ({@code “Choke!” blared the front page of
     * the Herald.}, {@code “If a protester starts shouting, do not touch him,” begins a scripted
     * message}): the verb is a lower-case past tense or present tense in -s right after the
     * quotation, and the phrase ({@link SpeakerPhrases#after}) its speaker. Only for a quotation
     * that opens its sentence: after a fragment in the reporter's sentence a verb and an article
     * go on with that sentence ({@code He called it “a disaster,” signed the bill and left}).
     * Null otherwise.
     */
    private static Attribution invertedArticlePhrase(QuoteDocument d, int after, int t) {
        if (t + 2 >= d.size() || !(isPastVerb(d, t) || isPresentVerb(d, t) && hasPresentEnding(d.word(t)))
                || !TrailingAttribution.isArticle(d, t + 1) || !TrailingAttribution.opensSentence(d, after - 1)) {
            return null;
        }
        Candidate phrase = new SpeakerPhrases(d).after(t + 1, Math.min(d.size(), t + 1 + SpeakerPhrases.MAX_NOMINAL));
        if (phrase == null || phrase.start() != t + 1 || phrase.kind() != Candidate.Kind.NOMINAL) {
            return null;
        }
        return new Attribution(phrase, t, t + 1, "after: unlisted verb", true);
    }

    /**
     * Returns the attribution of a phrase opened by an article at {@code t} and a past-tense verb
     * that ends the clause ({@code “…!” the crowd cried out}, {@code “…,” an angry Hollande
     * retaliated}): at most {@link SpeakerPhrases#MAX_NOMINAL} lower-case words, the last of
     * which may be a person's or organization's name (then the name is the speaker), or hyphened
     * ("a voice-over"); a prepositional phrase may follow the phrase before the verb ({@code “…,” a
     * voice-over in the ad states}, {@code a welcome message on the website reads}: the phrase
     * before the preposition is the speaker, the rest its modifier, as for a listed cue in
     * {@link TrailingAttribution}); null if the words after the article are not such a phrase and verb.
     */
    private static Attribution articlePhrase(QuoteDocument d, int t) {
        int k = t + 1;
        while (k < d.size() && k - t < SpeakerPhrases.MAX_NOMINAL && !d.isFunctionWord(d.word(k))
                && continuesPhrase(d, k, k > t + 1)) {
            k++;
        }
        if (k < d.size() && d.entityOf(k) >= 0 && d.mentionFrom(k) == k && d.typeAt(k) != NameLabel.LOC) {
            int verb = d.mentionTo(k);
            if (isPastVerb(d, verb) && endsClause(d, verb + 1)) {
                return new Attribution(new Candidate(k, verb, Candidate.Kind.ENTITY, d.entityOf(k)), verb, verb + 1,
                        "after: unlisted verb", true);
            }
            return null;
        }
        int head = k;
        if (k > t + 1 && k < d.size() && MODIFIER_PREPOSITIONS.contains(d.lower(k))) {
            // “…,” a voice-over in the ad states: the prepositional phrase modifies the speaker phrase
            int v = k + 1;
            while (v < d.size() && v - k <= SpeakerPhrases.MAX_NOMINAL
                    && (v == k + 1 && TrailingAttribution.isArticle(d, v) || !d.isFunctionWord(d.word(v)))
                    && continuesPhrase(d, v, true)) {
                v++;
            }
            if (v > k + 1 && (isPastVerb(d, v) || isPresentSingularVerb(d, v)) && endsClause(d, v + 1)
                    && !(v + 1 < d.size() && SpeakerPhrases.isPreposition(d.lower(v + 1)))) {
                return new Attribution(new Candidate(t, head, Candidate.Kind.NOMINAL, -1), v, v + 1,
                        "after: unlisted verb", true);
            }
            return null;
        }
        if (k == t + 1 || !isPastVerb(d, k) && !isPresentSingularVerb(d, k) || !endsClause(d, k + 1) || k + 1 < d.size()
                && SpeakerPhrases.isPreposition(d.lower(k + 1))) {
            return null; // "“…,” a website linked to …": a participle phrase, not a speaker and verb
        }
        return new Attribution(new Candidate(t, k, Candidate.Kind.NOMINAL, -1), k, k + 1, "after: unlisted verb", true);
    }

    /**
     * True if token {@code k} may go on with an article's phrase before its verb: an unquoted,
     * lower-case word that is no name, past-tense verb, listed cue or auxiliary, and (with
     * {@code presentEnds}) no present-tense verb that closes the clause ("a voice-over in the ad
     * states,"). Function words are the callers' to judge.
     */
    private static boolean continuesPhrase(QuoteDocument d, int k, boolean presentEnds) {
        return d.entityOf(k) < 0 && !d.quoted(k) && isLowerCaseWord(d.word(k)) && !isPastVerb(d, k)
                && d.cueLength(k) == 0 && !AUXILIARIES.contains(d.lower(k))
                && !(presentEnds && isPresentSingularVerb(d, k) && endsClause(d, k + 1));
    }

    /** True if the word is lower-case letters, a hyphen allowed inside ("voice-over", "co-host"). */
    private static boolean isLowerCaseWord(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && Character.isLowerCase(w.charAt(w.length() - 1))
                && w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-');
    }

    /**
     * Prepositions whose phrase may modify the speaker phrase between it and its verb ({@code “…,”
     * a voice-over in the ad states}, {@code a welcome message on the website reads}).
     */
    static final java.util.Set<String> MODIFIER_PREPOSITIONS = java.util.Set.of("in", "on", "for", "at", "from", "of");

    /** True if the quotation's last token before its closing mark ({@code last}) is , ? or !. */
    static boolean endsWithClauseMark(QuoteDocument d, int last) {
        return d.quotationEndsWith(last, w -> w.equals(",") || w.equals("?") || w.equals("!"));
    }

    /**
     * True if the token is a lower-case word that can be the present tense of a plural
     * pronoun's verb ({@code “…,” they conclude.}): no function word, auxiliary or -ing form.
     */
    private static boolean isPresentVerb(QuoteDocument d, int k) {
        if (k >= d.size() || d.quoted(k) || d.entityOf(k) >= 0) {
            return false;
        }
        String w = d.word(k);
        return w.length() >= MIN_VERB && w.chars().allMatch(Character::isLowerCase) && !d.isFunctionWord(w)
                && !AUXILIARIES.contains(w) && !w.endsWith("ing") && !w.endsWith("ly");
    }

    /**
     * True if the token can be the present tense of a singular speaker's verb ({@code “…,” the
     * document states.}, {@code “…,” Bozell answers.}, {@code “…,” he promises,}): a lower-case
     * word of at least {@link #MIN_VERB} letters in -s (not -ss, -us or -is: "boss", "bonus",
     * "crisis"), no function word or auxiliary, followed by a mark of {@link #CLAUSE_MARKS} or
     * the paragraph's end.
     */
    private static boolean isPresentSingularVerb(QuoteDocument d, int k) {
        if (!isPresentVerb(d, k)) {
            return false;
        }
        if (!hasPresentEnding(d.word(k))) {
            return false;
        }
        // the verb closes the clause with a mark of its own: "the growers’ association" is a possessive noun
        int next = k + 1;
        return next >= d.size() || d.paragraphOf(next) != d.paragraphOf(k) || CLAUSE_MARKS.contains(d.word(next));
    }

    /** True if the word ends as a present-tense verb after a singular subject: in -s, not -ss, -us or -is. */
    private static boolean hasPresentEnding(String w) {
        return w.endsWith(PRESENT_ENDING) && NOT_VERB_ENDINGS.stream().noneMatch(w::endsWith);
    }

    /** The marks that may close a present-tense attribution ("the document states, …", "Bozell answers."). */
    private static final java.util.Set<String> CLAUSE_MARKS = java.util.Set.of(",", ".", ";", "!", "?");

    /** The ending of a present-tense verb after a singular subject ("states", "answers"). */
    private static final String PRESENT_ENDING = "s";
    /** Endings in -s that mostly close nouns, not verbs ("boss", "bonus", "crisis"). */
    private static final java.util.List<String> NOT_VERB_ENDINGS = java.util.List.of("ss", "us", "is");

    /** Pronouns whose present-tense verb has no -s ("they conclude", "we argue"). */
    private static final java.util.Set<String> PLURAL_PRONOUNS = java.util.Set.of("they", "we");
    /** The fewest letters of a verb read as an attribution's ("they conclude", not "they do"). */
    private static final int MIN_VERB = 4;

    private static boolean isPastVerb(QuoteDocument d, int k) {
        if (k >= d.size() || d.quoted(k) || d.entityOf(k) >= 0) {
            return false;
        }
        String w = d.word(k);
        return w.length() >= 5 && w.endsWith("ed") && w.chars().allMatch(Character::isLowerCase)
                && !d.isFunctionWord(w);
    }

    private static boolean endsClause(QuoteDocument d, int k) {
        if (k >= d.size() || d.paragraphOf(k) != d.paragraphOf(k - 1)) {
            return true;
        }
        String w = d.lower(k);
        return d.isPunctuation(k) || SpeakerPhrases.isPreposition(w) || w.equals("again") || w.equals("back")
                || w.equals("out") || w.equals("aloud") || w.equals("and")
                || w.equals("monday") || w.equals("tuesday") || w.equals("wednesday") || w.equals("thursday")
                || w.equals("friday") || w.equals("saturday") || w.equals("sunday");
    }
}
