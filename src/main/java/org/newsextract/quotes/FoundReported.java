package org.newsextract.quotes;

import java.util.Optional;

/**
 * Reported speech found in the text: what the API's {@code ReportedSpeech} is made from.
 *
 * @param start   index of the reported content's first character
 * @param end     index one past its last character
 * @param text    the reported content exactly as in the text
 * @param speaker who reports it, when found
 * @param cue     the reporting word or phrase
 */
public record FoundReported(int start, int end, String text, Optional<SpeakerRef> speaker, Optional<TextRange> cue) {
}
