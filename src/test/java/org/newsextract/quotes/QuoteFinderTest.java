package org.newsextract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The typographic cases of quotation finding, on texts written for the tests. */
class QuoteFinderTest {

    private static List<String> quotes(String text) {
        return QuoteFinder.find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void straightAndCurlyDoubleQuotes() {
        assertEquals(List.of("\"We will win,\"", "“The vote is Tuesday.”"),
                quotes("\"We will win,\" she said. Later he added: “The vote is Tuesday.”"));
    }

    @Test
    void guillemets() {
        assertEquals(List.of("«Nous resterons»"), quotes("The minister said «Nous resterons» on Monday."));
    }

    @Test
    void nestedSingleQuotesStayInsideTheOuterQuote() {
        String text = "“He told me, ‘Don’t go,’ and I stayed,” she said. \"It was 'fine' then,\" he added.";
        assertEquals(List.of("“He told me, ‘Don’t go,’ and I stayed,”", "\"It was 'fine' then,\""), quotes(text));
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        String text = "Jones' car won't start in the '90s. We played rock 'n' roll. ‘We are ready,’ he said.";
        assertTrue(QuoteMarks.isApostrophe(text, text.indexOf("' car")));
        assertTrue(QuoteMarks.isApostrophe(text, text.indexOf("'t")));
        assertTrue(QuoteMarks.isApostrophe(text, text.indexOf("'90s")));
        assertTrue(QuoteMarks.isApostrophe(text, text.indexOf("'n'")));
        assertTrue(QuoteMarks.isApostrophe(text, text.indexOf("'n'") + 2));
        assertFalse(QuoteMarks.isApostrophe(text, text.indexOf("‘We")));
        // No double mark in the text: the single-mark style, with the apostrophes left out.
        assertEquals(List.of("‘We are ready,’"), quotes(text));
    }

    @Test
    void multiParagraphQuoteIsOneQuotation() {
        String text = "The senator said:\n“We will not give up. Not now.\n“We will fight on every front.”\nThen she left.";
        assertEquals(List.of("“We will not give up. Not now.\n“We will fight on every front.”"), quotes(text));
    }

    @Test
    void quoteSplitByAttributionGivesTwoQuotations() {
        assertEquals(List.of("“This is a disgusting day,”", "“Nobody should accept it.”"),
                quotes("“This is a disgusting day,” he said. “Nobody should accept it.”"));
    }

    @Test
    void unclosedQuoteEndsAtItsParagraph() {
        String text = "He said “we will never leave this place.\nThe next paragraph is the reporter's.\n"
                + "“Another quote,” she said.";
        assertEquals(List.of("“we will never leave this place.", "“Another quote,”"), quotes(text));
    }

    @Test
    void strayClosingMarkIsIgnored() {
        assertEquals(List.of("\"medical records\""), quotes("his systems\" including the only \"medical records\" he had."));
    }

    @Test
    void nothingIsLongerThanTheBound() {
        String text = "He said \"" + "word ".repeat(3_000) + "end";
        List<QuoteSpan> found = QuoteFinder.find(text);
        assertEquals(1, found.size());
        assertTrue(found.get(0).length() <= QuoteFinder.MAX_LENGTH, "length " + found.get(0).length());
        assertFalse(found.get(0).closed());
    }

    @Test
    void unbalancedMarksNeverThrow() {
        for (String text : List.of("\"", "“", "”", "\"\"\"", "a \" b “ c ” d \" e «", "\n\"\n\"\n", "''", "'")) {
            for (QuoteSpan q : QuoteFinder.find(text)) {
                assertTrue(q.start() >= 0 && q.end() <= text.length() && q.start() < q.end());
            }
        }
    }

    @Test
    void doubleMarksTypedAsTwoSingles() {
        assertEquals(List.of("''I have admiration for the mechanics''"),
                quotes("''I have admiration for the mechanics'' of the plans, Mr. Holtz-Eakin said."));
    }

    @Test
    void inchMarksAndMarkupAreNotQuotations() {
        assertEquals(List.of(), quotes("Trump is 6'3\" tall and weighs 236 pounds."));
        assertEquals(List.of("\"Great\""), quotes("<tweet id=\"778257\">He wrote \"Great\" again</tweet>"));
    }

    @Test
    void transcriptTurnIsNotAQuotation() {
        assertEquals(List.of(), quotes("\"WALLACE: Will she be there?\n\"PENCE: She will not be attending."));
    }
}
