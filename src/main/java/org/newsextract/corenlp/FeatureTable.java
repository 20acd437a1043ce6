package org.newsextract.corenlp;

import java.util.List;

/**
 * An immutable map from feature names to their indices in a CRF's weight matrix, looked up by
 * the characters of a {@link CharSequence} so that a feature name assembled in a reused
 * {@link StringBuilder} never becomes a {@link String}. CoreNLP builds a new string per feature
 * and hashes it in a {@code HashMap}; with about 100 features per token that allocation was
 * three quarters of the tagger's time and the reason it did not scale across cores.
 *
 * <p>Open addressing with linear probing over a power-of-two table, load at most one half. The
 * hash is {@link String#hashCode()}'s, so a lookup by a {@code String} and by a builder holding
 * the same characters agree. Thread-safe: never modified after construction.
 */
final class FeatureTable {
    private final String[] keys;
    private final int[] hashes;
    private final int[] values;
    private final int mask;

    /**
     * @param names feature names; a name's index in the list is its value
     * @throws IllegalArgumentException if a name occurs twice
     */
    FeatureTable(List<String> names) {
        int capacity = Integer.highestOneBit(Math.max(4, names.size() * 2 - 1)) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int h = name.hashCode();
            int slot = mix(h) & mask;
            while (keys[slot] != null) {
                if (keys[slot].equals(name)) {
                    throw new IllegalArgumentException("feature '" + name + "' occurs twice");
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = name;
            hashes[slot] = h;
            values[slot] = i;
        }
    }

    /** Returns the number of features. */
    int size() {
        int n = 0;
        for (String k : keys) {
            if (k != null) {
                n++;
            }
        }
        return n;
    }

    /** Returns the index of the feature named by {@code name}'s characters, or -1 if the model has none. */
    int indexOf(CharSequence name) {
        int n = name.length();
        int h = 0;
        for (int i = 0; i < n; i++) {
            h = 31 * h + name.charAt(i);
        }
        int slot = mix(h) & mask;
        while (true) {
            String key = keys[slot];
            if (key == null) {
                return -1;
            }
            if (hashes[slot] == h && key.length() == n && sameChars(key, name, n)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    private static boolean sameChars(String key, CharSequence name, int n) {
        for (int i = 0; i < n; i++) {
            if (key.charAt(i) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Spreads String's hash, whose low bits cluster for names that differ only at the end. */
    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
