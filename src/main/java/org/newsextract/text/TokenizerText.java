package org.newsextract.text;

import java.text.Normalizer;

/**
 * What a tokenizer is handed and what a tagger sees, made safe without moving any offset: the
 * document text itself is never changed, so every token, mention and quote keeps its offsets
 * into the exact input.
 *
 * <ul>
 *   <li>{@link #forTokenizer} replaces each unpaired surrogate (a broken UTF-16 character, as the
 *       JSON escape {@code "\ud800"} gives) with U+FFFD, one {@code char} for one, so that it is
 *       a token of its own instead of making CoreNLP's lexer drop the whole paragraph.</li>
 *   <li>{@link #word} gives a token's word in Unicode NFC, so that a name written with combining
 *       accents ("Jose" + U+0301) looks to a tagger like the precomposed "José" it was trained
 *       on; the token's surface (and the name's text) stay as written.</li>
 * </ul>
 */
public final class TokenizerText {
    private TokenizerText() {
    }

    /** Returns the text with unpaired surrogates replaced by U+FFFD: the same length, the same offsets. */
    public static String forTokenizer(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (paired) {
                    i++;
                    continue;
                }
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = '\uFFFD';
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * Returns a token's word, the form taggers see: typographic marks folded
     * ({@link TokenizedText#normalizeWord}), unpaired surrogates replaced by U+FFFD, and
     * composed to NFC. Text that is already so (nearly all of it) is returned as it is.
     */
    public static String word(String surface) {
        boolean plain = true;
        for (int i = 0; i < surface.length() && plain; i++) {
            plain = surface.charAt(i) < '\u0300'; // below the combining marks: NFC already, no surrogates
        }
        if (plain) {
            return surface;
        }
        String w = TokenizedText.normalizeWord(forTokenizer(surface));
        return Normalizer.isNormalized(w, Normalizer.Form.NFC) ? w : Normalizer.normalize(w, Normalizer.Form.NFC);
    }
}
