package org.newsextract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsextract.quotes.QuoteSpeakers.speakerOf;

import org.junit.jupiter.api.Test;

/**
 * Speaker patterns added after reading the PolNeAR dev and train errors, one test per pattern,
 * on short texts written for the tests (the CRF loads once per JVM).
 */
class SpeakerPatternsTest {

    @Test
    void cuesAddedFromTrain() {
        assertEquals("the president", speakerOf("“Nothing prepares you for the office,” the president will say.", "prepares"));
        assertEquals("the letter", speakerOf("“We regret the delay,” the letter read.", "regret"));
        assertEquals("Carla Diaz", speakerOf("“That is simply false,” Carla Diaz shot back.", "false"));
    }

    @Test
    void parenthesisBeforeAnApposition() {
        assertEquals("Jim Jordan", speakerOf("“They would just go get them,” Rep. Jim Jordan (R-Ohio), "
                + "an oversight panel member, said in an interview.", "go get them"));
    }

    @Test
    void nounPhraseWithANumberOrAPlaceAfterTheCue() {
        assertEquals("the 46-year-old", speakerOf("“Donald is an amazing leader,” said the 46-year-old.", "leader"));
        assertEquals("the Florida senator", speakerOf("“It is a difficult issue,” said the Florida senator.", "difficult"));
    }

    @Test
    void quotationAfterAReportingSentenceOfTheSameParagraph() {
        String text = "The city has not acted yet, Mayor Ellen Park said. “We are waiting for the state budget.”\n\n"
                + "The river rose overnight. “Nobody expected this.”";
        assertEquals("Ellen Park", speakerOf(text, "waiting"));
        assertEquals("-", speakerOf(text, "Nobody"));
    }

    @Test
    void numberBeforeATitle() {
        assertEquals("Terry Strada", speakerOf("“They are 100 percent wrong,” said 9/11 widow Terry Strada.", "wrong"));
    }

    @Test
    void twoAppositionsBetweenTheSpeakerAndTheCue() {
        assertEquals("Scott Pruitt", speakerOf("“It is an invasion of the state domain,” Scott Pruitt, the attorney general "
                + "of Oklahoma, one of the states suing the agency, said on Monday.", "invasion"));
    }
}
