package org.newsextract.quotes;

/**
 * A stretch of the document text: a reporting cue, or the words that name a speaker.
 *
 * @param start index of the first character in the text
 * @param end   index one past the last character
 * @param text  the covered text, exactly as in the document
 */
public record TextRange(int start, int end, String text) {
}
