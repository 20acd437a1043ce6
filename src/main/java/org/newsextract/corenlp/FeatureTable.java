package org.newsextract.corenlp;

import java.util.List;

/**
 * An immutable map from feature names to their indices in a CRF's weight matrix, looked up by
 * the characters of a {@link CharSequence} so that a feature name assembled in a reused
 * {@link StringBuilder} never becomes a {@link String}. CoreNLP builds a new string per feature
 * and hashes it in a {@code HashMap}; with about 100 features per token that allocation was
 * 73% of the tagger's time in a JFR profile and the reason it did not scale across cores.
 *
 * <p>Open addressing with linear probing over a power-of-two table, load at most one half. Each
 * slot is two adjacent longs (hash and length; offset of the name's characters and the index),
 * and all names' characters sit in one array, so a lookup reads about two cache lines where a
 * {@code HashMap<String, Integer>} reads five or six objects. Names are compared character by
 * character: a lookup never confuses two names. Thread-safe: never modified after construction.
 */
final class FeatureTable {
    private final long[] slots;
    private final char[] chars;
    private final int mask;
    private final int maxLength;

    /**
     * @param names feature names; a name's index in the list is its value
     * @throws IllegalArgumentException if a name occurs twice
     */
    FeatureTable(List<String> names) {
        int capacity = Integer.highestOneBit(Math.max(4, names.size() * 2 - 1)) << 1;
        slots = new long[capacity * 2];
        mask = capacity - 1;
        long total = 0;
        for (String name : names) {
            total += name.length();
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("feature names too long in total: " + total + " characters");
        }
        chars = new char[(int) total];
        int longest = 0;
        for (String name : names) {
            longest = Math.max(longest, name.length());
        }
        maxLength = longest;
        int offset = 0;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int n = name.length();
            if (indexOf(name) >= 0) {
                throw new IllegalArgumentException("feature '" + name + "' occurs twice");
            }
            name.getChars(0, n, chars, offset);
            int h = hash(name, n);
            int slot = mix(h) & mask;
            while (slots[2 * slot + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = ((long) h << 32) | (n & 0xFFFFFFFFL);
            slots[2 * slot + 1] = ((long) offset << 32) | ((i + 1) & 0xFFFFFFFFL);
            offset += n;
        }
    }

    /** Returns the index of the feature named by {@code name}'s characters, or -1 if the model has none. */
    int indexOf(CharSequence name) {
        int n = name.length();
        if (n > maxLength) {
            return -1;
        }
        int h = hash(name, n);
        int slot = mix(h) & mask;
        while (true) {
            long where = slots[2 * slot + 1];
            if (where == 0) {
                return -1;
            }
            long key = slots[2 * slot];
            if ((int) (key >>> 32) == h && (int) key == n && sameChars((int) (where >>> 32), name, n)) {
                return (int) where - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Returns the length of the longest feature name: no longer name can be found. */
    int maxLength() {
        return maxLength;
    }

    private boolean sameChars(int offset, CharSequence name, int n) {
        for (int i = 0; i < n; i++) {
            if (chars[offset + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@link String#hashCode()}'s function, over any character sequence. */
    private static int hash(CharSequence s, int n) {
        int h = 0;
        for (int i = 0; i < n; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    /** Spreads the hash, whose low bits cluster for names that differ only at the end. */
    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
