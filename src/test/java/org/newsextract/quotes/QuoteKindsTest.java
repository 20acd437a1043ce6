package org.newsextract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Direct or partial, from a quotation's words and position. */
class QuoteKindsTest {

    private static QuoteKind kind(String text, String quote) {
        int start = text.indexOf(quote);
        return QuoteKinds.kindOf(text, start, start + quote.length());
    }

    @Test
    void lowerCaseStartIsPartial() {
        assertEquals(QuoteKind.PARTIAL, kind("He vowed to fight “terrorists and their supporters.”",
                "“terrorists and their supporters.”"));
    }

    @Test
    void wholeSentenceIsDirect() {
        assertEquals(QuoteKind.DIRECT, kind("She said, “We declare the city free.”", "“We declare the city free.”"));
    }

    @Test
    void shortTitleInsideASentenceIsPartialButShortSentenceIsDirect() {
        assertEquals(QuoteKind.PARTIAL, kind("She talked about the film “13th.”", "“13th.”"));
        assertEquals(QuoteKind.DIRECT, kind("“Here he is,” she said. “Donald’s here, babe.”", "“Donald’s here, babe.”"));
        assertEquals(QuoteKind.DIRECT, kind("He asked: “Why?”", "“Why?”"));
    }
}
