package org.newsextract;

import java.util.Optional;

/**
 * One attribution of speech or thought that is not wholly inside quotation marks ("Clinton said
 * the plan would cut taxes", "according to officials, …", "…, the ministry said"): what is
 * reported, who reports it and the reporting word.
 *
 * <p>A sibling of {@link Quote} rather than a third {@link QuoteKind}: a quote is a span of the
 * text in quotation marks, found from its marks, while reported speech is a clause found from
 * its reporting verb; the two overlap when a reported clause holds a quoted fragment ("the
 * ministry confirmed that Assad “decided to leave …”"), and then the fragment is a {@link Quote}
 * and the clause is a {@code ReportedSpeech}.
 *
 * @param start   index in the input text of the reported content's first character (after a
 *                complementizer "that")
 * @param end     index one past its last character (a sentence's final full stop left out)
 * @param text    the reported content exactly as in the input
 * @param speaker who reports it, when a speaker can be found (same rules as for quotes: the
 *                mention may be a pronoun or a common noun phrase)
 * @param cue     the reporting word or phrase ("said", "according to"), when there is one
 * @param confidence the model's probability, in [0, 1], that this is an attribution whose content
 *                an annotator would mark about the same way (character Jaccard at least 0.5):
 *                a knob for precision (see docs/QUOTES.md, "Confidence", for the precision and
 *                recall at each cut-off on PolNeAR)
 */
public record ReportedSpeech(int start, int end, String text, Optional<Speaker> speaker, Optional<TextSpan> cue,
                             double confidence) {
    /**
     * Creates a reported speech.
     *
     * @param start   index in the input text of the reported content's first character (after a
     *                complementizer "that")
     * @param end     index one past its last character (a sentence's final full stop left out)
     * @param text    the reported content exactly as in the input
     * @param speaker who reports it, when a speaker can be found (same rules as for quotes: the
     *                mention may be a pronoun or a common noun phrase)
     * @param cue     the reporting word or phrase ("said", "according to"), when there is one
     * @param confidence the model's probability that this is an attribution with this content, in [0, 1]
     * @throws IllegalArgumentException if the offsets do not match the text, a field is null or the
     *                                  confidence is outside [0, 1]
     */
    public ReportedSpeech {
        Spans.check(start, end, text, "reported speech");
        if (speaker == null || cue == null) {
            throw new IllegalArgumentException("reported speech speaker and cue must not be null (use Optional.empty())");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("reported speech confidence must be in [0, 1], got " + confidence);
        }
    }

    @Override
    public String toString() {
        return "REPORTED " + text + speaker.map(s -> " — " + s.name()).orElse("")
                + String.format(java.util.Locale.ROOT, " (%.2f)", confidence);
    }
}
