package org.newsextract.quotes;

/**
 * Rule: a quotation that opens a sentence with no attribution of its own, after a sentence of
 * the same paragraph that reports someone's words, continues that report: {@code … while Kerry
 * negotiates with Russia, Schiff said. “The other factor …”}. The speaker is found in the
 * previous sentence as {@link LeadingAttribution} finds it before a quotation (its main cue and
 * the phrase before it, or after an inverted cue). Across a paragraph only for a paragraph
 * that holds nothing but quotations, after a paragraph whose last sentence reports someone
 * ({@code Trump was quick to add that the wall was not negotiable.} then {@code “Building it?
 * Not negotiable.”}).
 */
final class PreviousSentence {
    /** The rule name of a continuation inside a paragraph, the one {@link #nearer} may revise. */
    static final String SAME_PARAGRAPH = "continuation: same paragraph";
    /** The rule name of a quote-only paragraph continuing the paragraph before. */
    static final String PREVIOUS_PARAGRAPH = "continuation: previous paragraph";
    /** The rule name of a quote-only paragraph given the subject of the paragraph before (no cue there). */
    static final String PARAGRAPH_SUBJECT = "previous paragraph's subject";

    private PreviousSentence() {
    }

    /**
     * Returns the report of the sentence right before the quotation starting at {@code first}
     * instead of {@code inherited}, the speaker an earlier quotation of the paragraph hands on,
     * when that sentence holds no quotation and reports someone itself: the report nearest the
     * quotation is the one it goes on with ({@code “…,” says Gloria Garcia. She says people
     * should be able to …. “It is their life …”}; {@code “Hi Americans! …” a welcome message on
     * the website reads. “If that happens …”}); so does a quote-only paragraph after a paragraph
     * whose last sentence is such a report. Otherwise returns {@code inherited}.
     */
    static Attribution nearer(QuoteDocument d, int first, Attribution inherited) {
        if (inherited == null || inherited.speaker() == null || !SAME_PARAGRAPH.equals(inherited.rule())
                && !PREVIOUS_PARAGRAPH.equals(inherited.rule())) {
            return inherited;
        }
        Attribution previous = apply(d, first);
        if (previous != null && PARAGRAPH_SUBJECT.equals(previous.rule())) {
            previous = null; // a bare subject, no report: the quotation that hands on its speaker wins
        }
        if (previous == null) {
            return sameSpeakerNearer(d, first, inherited);
        }
        if (previous.speaker().start() <= inherited.speaker().start()) {
            return inherited;
        }
        for (int k = d.sentenceStartOf(first - 1); k < first; k++) {
            if (d.quoted(k)) {
                return inherited; // the sentence before holds a quotation: its attribution is already handed on
            }
        }
        return previous;
    }

    /**
     * Returns {@code inherited} with its speaker's nearest mention: when the sentence right before
     * the quotation holds no quotation and its subject names the same speaker again (the same
     * entity, or the same pronoun), that mention ({@code “…,” says Ann Lee, 32. Lee works in
     * retail. “I'm a college graduate …”}: "Lee"). Otherwise returns {@code inherited}.
     */
    private static Attribution sameSpeakerNearer(QuoteDocument d, int first, Attribution inherited) {
        if (first == 0 || d.sentenceStartOf(first) != first) {
            return inherited;
        }
        int from = d.sentenceStartOf(first - 1);
        if (from <= inherited.speaker().end() || d.paragraphOf(from) != d.paragraphOf(first - 1)) {
            return inherited;
        }
        for (int k = from; k < first; k++) {
            if (d.quoted(k)) {
                return inherited;
            }
        }
        Candidate subject = new SpeakerPhrases(d).subject(from, first);
        Candidate old = inherited.speaker();
        boolean sameEntity = subject != null && subject.kind() == Candidate.Kind.ENTITY
                && old.kind() == Candidate.Kind.ENTITY && subject.entity() == old.entity();
        boolean samePronoun = subject != null && subject.kind() == Candidate.Kind.PRONOUN
                && old.kind() == Candidate.Kind.PRONOUN && d.lower(subject.start()).equals(d.lower(old.start()));
        if (!sameEntity && !samePronoun) {
            return inherited;
        }
        return new Attribution(subject, inherited.cueStart(), inherited.cueEnd(), inherited.rule(), false);
    }

    /** True if the paragraph of the quotation starting at {@code first} holds nothing but quotations and punctuation. */
    private static boolean quoteOnly(QuoteDocument d, int first) {
        int end = d.paragraphEnd(d.paragraphOf(first));
        for (int k = first; k < end; k++) {
            if (!d.quoted(k) && !d.isPunctuation(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the subject of the sentence that ends the paragraph before a quote-only paragraph
     * when that sentence has no cue, as its speaker ({@code Tom Reyes is upbeat about the vote,
     * because he sees the party as united.} then {@code “We will win in November.”}): the paragraph
     * before introduces the person whose words follow. Only a person's name or "he", "she",
     * "they"; null otherwise.
     */
    private static Attribution subjectBefore(QuoteDocument d, int floor, int first) {
        Candidate subject = new SpeakerPhrases(d).subject(floor, first);
        if (subject == null || subject.kind() == Candidate.Kind.ENTITY
                && d.typeAt(subject.start()) != org.newsextract.nlp.NameLabel.PER
                || subject.kind() == Candidate.Kind.PRONOUN && !SubjectFallback.PRONOUNS.contains(d.lower(subject.start()))) {
            return null;
        }
        return new Attribution(subject, -1, -1, PARAGRAPH_SUBJECT, false);
    }


    /**
     * Returns the attribution of the sentence before the quotation starting at token
     * {@code first}, or null when the quotation does not open a sentence inside its paragraph or
     * that sentence has no cue with a speaker.
     */
    static Attribution apply(QuoteDocument d, int first) {
        if (first <= 0 || first >= d.size()) {
            return null;
        }
        int paragraph = d.paragraphOf(first);
        if (d.paragraphStart(paragraph) == first && paragraph > 0 && quoteOnly(d, first)) {
            // A quote-only paragraph after a paragraph that ends by reporting someone.
            int last = first - 1;
            int floor = Math.max(d.sentenceStartOf(last), d.paragraphStart(paragraph - 1));
            Attribution a = d.quoted(last) ? null : LeadingAttribution.apply(d, first, floor);
            if (a == null || a.speaker() == null || a.cueStart() < 0) {
                return d.quoted(last) ? null : subjectBefore(d, floor, first);
            }
            return new Attribution(a.speaker(), a.cueStart(), a.cueEnd(), "previous paragraph's report", false);
        }
        if (d.sentenceStartOf(first) != first || d.paragraphStart(paragraph) >= first) {
            return null;
        }
        int floor = Math.max(d.sentenceStartOf(first - 1), d.paragraphStart(paragraph));
        Attribution a = LeadingAttribution.apply(d, first, floor);
        if (a == null || a.speaker() == null || a.cueStart() < 0) {
            return null;
        }
        return new Attribution(a.speaker(), a.cueStart(), a.cueEnd(), "previous sentence", false);
    }
}
