package org.newsextract;

import java.util.Optional;

/**
 * One quotation in the text, quotation marks included, with its speaker and reporting cue.
 *
 * @param start   index of the opening quotation mark in the input text
 * @param end     index one past the closing mark (or the end of the paragraph for an unclosed quote)
 * @param text    the quotation exactly as in the input
 * @param kind    direct (whole clause) or partial (fragment)
 * @param speaker who said it, when a speaker can be found
 * @param cue     the reporting word ("said", "according to"), when there is one
 */
public record Quote(int start, int end, String text, QuoteKind kind, Optional<Speaker> speaker,
                    Optional<TextSpan> cue) {
    /**
     * Creates a quote.
     *
     * @param start   index of the opening quotation mark in the input text
     * @param end     index one past the closing mark (or the end of the paragraph for an unclosed quote)
     * @param text    the quotation exactly as in the input
     * @param kind    direct (whole clause) or partial (fragment)
     * @param speaker who said it, when a speaker can be found
     * @param cue     the reporting word ("said", "according to"), when there is one
     * @throws IllegalArgumentException if the offsets do not match the text or a field is null
     */
    public Quote {
        Spans.check(start, end, text, "quote");
        if (kind == null || speaker == null || cue == null) {
            throw new IllegalArgumentException("quote kind, speaker and cue must not be null (use Optional.empty())");
        }
    }

    @Override
    public String toString() {
        return kind + " " + text + speaker.map(s -> " — " + s.name()).orElse("");
    }

}
