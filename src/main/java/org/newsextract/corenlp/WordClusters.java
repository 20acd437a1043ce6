package org.newsextract.corenlp;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable word-to-cluster map held in a few flat arrays: all words' characters in one
 * {@code char[]}, sorted, found by binary search; a short per word for its cluster. CoreNLP
 * keeps its 533,629 distsim words in a {@code HashMap} (about 60 MB of objects, and most of
 * its model's loading time); this takes about 10 MB and reads from a file in tens of
 * milliseconds. Lookups are slower than a hash map's, which does not matter: the decoder caches
 * each word's features ({@link ConllCrfModel#words}). Thread-safe.
 */
final class WordClusters extends AbstractMap<String, String> {
    private final char[] chars;
    /** Word {@code i}'s characters are {@code chars[start[i]]} up to {@code chars[start[i + 1]]}. */
    private final int[] start;
    private final short[] cluster;
    private final String[] clusterNames;

    /**
     * @param chars        the words' characters, in {@link String#compareTo} order, one after another
     * @param start        where each word starts in {@code chars}, and one more entry: the end
     * @param cluster      each word's index into {@code clusterNames}
     * @param clusterNames the clusters' names
     * @throws IllegalArgumentException if the words are not strictly sorted or the arrays disagree
     */
    WordClusters(char[] chars, int[] start, short[] cluster, String[] clusterNames) {
        int n = cluster.length;
        if (start.length != n + 1 || start[0] != 0 || start[n] != chars.length) {
            throw new IllegalArgumentException("inconsistent word table");
        }
        this.chars = chars;
        this.start = start;
        this.cluster = cluster;
        this.clusterNames = clusterNames;
        for (int i = 0; i < n; i++) {
            if (start[i + 1] < start[i] || (cluster[i] & 0xFFFF) >= clusterNames.length
                    || i > 0 && compare(i - 1, chars, start[i], start[i + 1] - start[i]) >= 0) {
                throw new IllegalArgumentException("word " + i + " is out of order or has no cluster");
            }
        }
    }

    @Override
    public String get(Object key) {
        if (!(key instanceof String word)) {
            return null;
        }
        int lo = 0;
        int hi = cluster.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, word);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return clusterNames[cluster[mid] & 0xFFFF];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return cluster.length;
    }

    /** Compares word {@code i} with {@code word} as {@link String#compareTo} would. */
    private int compare(int i, String word) {
        int from = start[i];
        int length = start[i + 1] - from;
        int n = Math.min(length, word.length());
        for (int k = 0; k < n; k++) {
            int d = chars[from + k] - word.charAt(k);
            if (d != 0) {
                return d;
            }
        }
        return length - word.length();
    }

    private int compare(int i, char[] other, int otherFrom, int otherLength) {
        int from = start[i];
        int length = start[i + 1] - from;
        int n = Math.min(length, otherLength);
        for (int k = 0; k < n; k++) {
            int d = chars[from + k] - other[otherFrom + k];
            if (d != 0) {
                return d;
            }
        }
        return length - otherLength;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return cluster.length;
            }

            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < cluster.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (i >= cluster.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, String> e = new SimpleImmutableEntry<>(
                                new String(chars, start[i], start[i + 1] - start[i]), clusterNames[cluster[i] & 0xFFFF]);
                        i++;
                        return e;
                    }
                };
            }
        };
    }
}
