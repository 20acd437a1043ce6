package org.newsextract;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * An immutable list of {@link Token}s stored as two int arrays over the document text, so that
 * a document of millions of tokens costs 8 bytes a token rather than an object each.
 * {@link Token} values are made on access.
 */
final class TokenList extends AbstractList<Token> implements RandomAccess {
    private final String text;
    private final int[] starts;
    private final int[] ends;

    /**
     * @param text   the document text
     * @param starts token start offsets (kept, not copied: the caller hands them over)
     * @param ends   token end offsets (kept, not copied), same length
     * @throws IllegalArgumentException if the arrays differ in length or an offset is outside the text
     */
    TokenList(String text, int[] starts, int[] ends) {
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
        this.starts = starts;
        this.ends = ends;
    }

    @Override
    public Token get(int index) {
        return new Token(starts[index], ends[index], text.substring(starts[index], ends[index]));
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
