package org.newsextract.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

import org.newsextract.Token;

/**
 * An immutable list of {@link Token}s stored as two int arrays over the document text, so that
 * a document of millions of tokens costs 8 bytes a token rather than an object each.
 * {@link Token} values are made on access.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {
    private final String text;
    private final int[] starts;
    private final int[] ends;

    /**
     * @param text   the document text
     * @param starts token start offsets (copied)
     * @param ends   token end offsets (copied), same length
     * @throws IllegalArgumentException if the arrays differ in length or an offset is outside the text
     */
    public TokenList(String text, int[] starts, int[] ends) {
        if (starts.length != ends.length) {
            throw new IllegalArgumentException("starts and ends differ in length");
        }
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] < 0 || ends[i] <= starts[i] || ends[i] > text.length()) {
                throw new IllegalArgumentException("token " + i + " has invalid offsets [" + starts[i] + ", "
                        + ends[i] + ") for a text of length " + text.length());
            }
        }
        this.text = text;
        this.starts = starts.clone();
        this.ends = ends.clone();
    }

    @Override
    public Token get(int index) {
        return new Token(starts[index], ends[index], text.substring(starts[index], ends[index]));
    }

    /** Returns the start offset of token {@code index} without making a {@link Token}. */
    public int start(int index) {
        return starts[index];
    }

    /** Returns the end offset of token {@code index} without making a {@link Token}. */
    public int end(int index) {
        return ends[index];
    }

    @Override
    public int size() {
        return starts.length;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends);
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof TokenList other) {
            return text.equals(other.text) && Arrays.equals(starts, other.starts) && Arrays.equals(ends, other.ends);
        }
        return super.equals(o);
    }
}
