package org.newsextract.opennlp;

import java.util.List;
import java.util.Locale;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The name finder's per-token features, in one generator that prepares each sentence once
 * (lower-cased words, OpenNLP token classes, word shapes) instead of once per window position
 * as a stack of OpenNLP's generic generators does; the model's speed depends on it.
 *
 * <p>Features of token {@code t} (each configurable in the descriptor, see {@link Factory}):
 * <ul>
 *   <li>{@code w[r]=} the lower-cased word and {@code c[r]=} its OpenNLP token class
 *       ({@link FeatureGeneratorUtil#tokenFeature(String)}) at each offset {@code r} of the window,
 *       and {@code wc=} word and class of the token itself;</li>
 *   <li>{@code pre=}/{@code suf=} prefixes and suffixes of the lower-cased word;</li>
 *   <li>{@code sh[r]=} the word shape ("Xx-Xx" for "al-Assad" is {@code x-Xx}: runs of upper
 *       case, lower case and digits collapsed) in a narrower window;</li>
 *   <li>{@code pw,w=}, {@code w,nw=}, {@code pc,c=}, {@code c,nc=} word and class bigrams;</li>
 *   <li>{@code S=begin} on a sentence's first token.</li>
 * </ul>
 *
 * <p>Not thread-safe (it caches the current sentence); OpenNLP makes one per name finder, and
 * the engine one name finder per thread.
 */
public final class NewsFeatureGenerator implements AdaptiveFeatureGenerator {
    private final int window;
    private final int affix;
    private final int shapeWindow;
    private final boolean bigrams;
    private final boolean sentenceBegin;

    private String[] sentence;
    private String[] lower;
    private String[] cls;
    private String[] shape;

    /**
     * @param window        words and classes this many tokens either side
     * @param affix         prefixes and suffixes up to this length (0: none)
     * @param shapeWindow   word shapes this many tokens either side (-1: none)
     * @param bigrams       word and class bigrams with each neighbour
     * @param sentenceBegin a feature for a sentence's first token
     */
    public NewsFeatureGenerator(int window, int affix, int shapeWindow, boolean bigrams, boolean sentenceBegin) {
        if (window < 0 || affix < 0 || shapeWindow < -1) {
            throw new IllegalArgumentException("window and affix must be at least 0, shapeWindow at least -1");
        }
        this.window = window;
        this.affix = affix;
        this.shapeWindow = shapeWindow;
        this.bigrams = bigrams;
        this.sentenceBegin = sentenceBegin;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        prepare(tokens);
        int n = tokens.length;
        for (int r = -window; r <= window; r++) {
            int i = index + r;
            if (i >= 0 && i < n) {
                features.add("w[" + r + "]=" + lower[i]);
                features.add("c[" + r + "]=" + cls[i]);
            }
        }
        String word = lower[index];
        features.add("wc=" + word + "," + cls[index]);
        int len = word.length();
        for (int k = 1; k <= affix && k <= len; k++) {
            features.add("pre=" + word.substring(0, k));
            features.add("suf=" + word.substring(len - k));
        }
        for (int r = -shapeWindow; r <= shapeWindow; r++) {
            int i = index + r;
            if (i >= 0 && i < n) {
                features.add("sh[" + r + "]=" + shape[i]);
            }
        }
        if (bigrams) {
            if (index > 0) {
                features.add("pw,w=" + lower[index - 1] + "," + word);
                features.add("pc,c=" + cls[index - 1] + "," + cls[index]);
            }
            if (index + 1 < n) {
                features.add("w,nw=" + word + "," + lower[index + 1]);
                features.add("c,nc=" + cls[index] + "," + cls[index + 1]);
            }
        }
        if (sentenceBegin && index == 0) {
            features.add("S=begin");
        }
    }

    private void prepare(String[] tokens) {
        if (tokens == sentence) {
            return;
        }
        int n = tokens.length;
        lower = new String[n];
        cls = new String[n];
        shape = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = tokens[i].toLowerCase(Locale.ROOT);
            cls[i] = FeatureGeneratorUtil.tokenFeature(tokens[i]);
            shape[i] = shapeWindow >= 0 ? shape(tokens[i]) : null;
        }
        sentence = tokens;
    }

    /**
     * Returns a word's shape: upper-case letters as X, lower-case as x, digits as d, other
     * characters as themselves, runs of the same kind collapsed ("McDonald's" → "XxXx'x").
     */
    static String shape(String word) {
        StringBuilder b = new StringBuilder(Math.min(word.length(), 12));
        char last = 0;
        for (int i = 0; i < word.length() && b.length() < 12; i++) {
            char c = word.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : Character.isLetter(c) ? 'x' : c;
            if (k != last) {
                b.append(k);
                last = k;
            }
        }
        return b.toString();
    }

    /**
     * Creates the generator from a feature descriptor element
     * {@code <generator class="org.newsextract.opennlp.NewsFeatureGenerator$Factory">} with
     * optional {@code <int name="window">} (default 2), {@code <int name="affix">} (4),
     * {@code <int name="shapeWindow">} (1), {@code <bool name="bigrams">} (true) and
     * {@code <bool name="sentenceBegin">} (true). Instantiated by OpenNLP by reflection.
     */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        /** Made by OpenNLP when it reads a descriptor. */
        public Factory() {
        }

        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            try {
                return new NewsFeatureGenerator(getInt("window", 2), getInt("affix", 4), getInt("shapeWindow", 1),
                        getBool("bigrams", true), getBool("sentenceBegin", true));
            } catch (IllegalArgumentException e) {
                throw new InvalidFormatException(e.getMessage());
            }
        }
    }
}
