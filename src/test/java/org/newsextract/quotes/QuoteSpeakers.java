package org.newsextract.quotes;

import org.newsextract.Extraction;
import org.newsextract.Fixtures;
import org.newsextract.NewsExtractor;
import org.newsextract.Quote;

/** The speaker tests' one way of asking who said a quotation (the extractor loads once per JVM). */
final class QuoteSpeakers {
    static final NewsExtractor EXTRACTOR = Fixtures.extractor();

    private QuoteSpeakers() {
    }

    /** Returns the speaker mention's text of the quote whose text contains {@code words}, or "-". */
    static String speakerOf(String text, String words) {
        return quoteWith(text, words).speaker().map(s -> s.mention().text()).orElse("-");
    }

    /** Returns the first quote of the text's extraction whose text contains {@code words}; fails the test if none. */
    static Quote quoteWith(String text, String words) {
        Extraction x = EXTRACTOR.extract(text);
        return x.quotes().stream().filter(k -> k.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + x.quotes()));
    }
}
