package org.newsextract.corenlp;

import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;

/**
 * The CRF's known lowercase words as CoreNLP's {@code WordShapeClassifier} asks about one word,
 * made independent of the JVM's default locale.
 *
 * <p>{@code WordShapeClassifier.wordShape(word, WORDSHAPEDAN2USELC, known)} asks
 * {@code known.contains(word.toLowerCase())} with the default locale: under Turkish
 * ({@code -Duser.language=tr}) "Immigration" lowercases to "ımmigration" (dotless ı), is not
 * found, gets another shape, and "Immigration and Customs Enforcement" splits in two (42 of 84
 * PolNeAR dev documents changed). This view answers {@code contains} for the word it was made
 * for, lowercased in {@link Locale#ROOT}, whatever string the classifier passes, so the shape is
 * the one the model was trained with on every machine.
 */
final class RootLowercaseWords extends AbstractCollection<String> {
    private final Collection<String> words;
    private final String word;

    /**
     * @param words the model's known lowercase words
     * @param word  the word the next {@code wordShape} call is about
     */
    RootLowercaseWords(Collection<String> words, String word) {
        this.words = words;
        this.word = word;
    }

    @Override
    public boolean contains(Object ignoredDefaultLocaleLowercase) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }

    @Override
    public int size() {
        return words.size();
    }
}
