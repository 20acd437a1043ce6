package org.newsextract.quotes;

import java.util.Optional;

/**
 * A quotation found in the text, quotation marks included, with its speaker and cue: what the
 * API's {@code Quote} is made from.
 *
 * @param start   index of the opening quotation mark
 * @param end     index one past the closing mark (or the end of the paragraph for an unclosed quote)
 * @param text    the quotation exactly as in the text
 * @param kind    direct or partial
 * @param speaker who said it, when found
 * @param cue     the reporting word, when there is one
 */
public record FoundQuote(int start, int end, String text, QuoteKind kind, Optional<SpeakerRef> speaker,
                         Optional<TextRange> cue) {
}
