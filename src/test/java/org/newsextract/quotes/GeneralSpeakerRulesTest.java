package org.newsextract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsextract.quotes.QuoteSpeakers.quoteWith;
import static org.newsextract.quotes.QuoteSpeakers.speakerOf;

import org.junit.jupiter.api.Test;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;
import org.newsextract.Quote;

/**
 * The general speaker rules of issue 11, part 3 (found by reading PolNeAR train errors, checked
 * on train and dev), one test per rule, on short texts written for the tests.
 */
class GeneralSpeakerRulesTest {
    private static final NewsExtractor EXTRACTOR = QuoteSpeakers.EXTRACTOR;

    @Test
    void aFragmentEndingTheReportersSentenceIsNotAttributedByTheNextSentence() {
        String text = "Mayor Ellen Park called the decision “arbitrary and unfair.” Governor Tom Reyes said the city "
                + "would appeal.";
        assertEquals("Ellen Park", speakerOf(text, "arbitrary"));
        assertEquals("Tom Reyes", speakerOf("“We will appeal.” Governor Tom Reyes said on Monday.", "appeal"));
    }

    @Test
    void aTrailingAttributionReportedBySomeoneElseIsTheReportersQuotation() {
        assertEquals("Daily Courier", speakerOf("“There is no basis for the ban,” Tom Reyes said in a letter, "
                + "according to the Daily Courier.", "basis"));
    }

    @Test
    void aTitledNameAfterAQuotationThatEndsItsSentence() {
        assertEquals("Tom Reyes", speakerOf("“We will not back down!” Sen. Tom Reyes said as the vote began.", "back down"));
    }

    @Test
    void adverbsAndTimeWordsBetweenTheSpeakerAndTheCue() {
        assertEquals("Tom Reyes", speakerOf("Tom Reyes jokingly said he was “the last man standing” in the race.", "last man"));
        assertEquals("The ministry", speakerOf("The ministry two weeks ago said that it had “no plans to intervene.”",
                "no plans"));
        assertEquals("Ellen Park", speakerOf("Ellen Park on Wednesday said the plan was “dead on arrival.”", "dead"));
    }

    @Test
    void aParticipleAfterAnObjectSharesTheSentenceSubject() {
        assertEquals("Ellen Park", speakerOf("Ellen Park released a statement saying the ruling was “a victory for "
                + "every family in this city.”", "victory"));
        assertEquals("Tom Reyes", speakerOf("Voters cheered, with Tom Reyes saying the vote was “long overdue.”",
                "overdue"));
    }

    @Test
    void aRelativePronounIsTheMentionAndItsAntecedentTheEntity() {
        Quote q = quoteWith("The host praised Glenn Beck, who said there were “too many disturbing things "
                + "to dismiss.”", "disturbing");
        assertEquals("who", q.speaker().orElseThrow().mention().text());
        assertEquals("Glenn Beck", q.speaker().orElseThrow().name());
    }

    @Test
    void theMainClauseCueWinsOverARelativeClauseCue() {
        Quote q = quoteWith("Senator Lindsey Graham, who says the allies must send troops, tweeted on "
                + "Sunday night that the president's plan “will not destroy the group and he knows it.”", "destroy");
        assertEquals("tweeted", q.cue().orElseThrow().text());
        assertEquals("Lindsey Graham", q.speaker().orElseThrow().name());
    }

    @Test
    void theNameAnOfPhraseHangsOnAndAPossessorBeforeTheName() {
        assertEquals("Morgan", speakerOf("“It was the least bad outcome,” Mr. Morgan of the Sierra Club said.", "least bad"));
        assertEquals("Nachman Shai", speakerOf("“Values should come first,” the Labor Party’s Nachman Shai told reporters.",
                "Values"));
    }

    @Test
    void aVerbOutsideTheCueListAfterAQuotationEndingWithAComma() {
        assertEquals("Tom Reyes", speakerOf("“You have called voters lazy and stupid,” Tom Reyes charged in the debate.",
                "lazy"));
        assertEquals("Ellen Park", speakerOf("“Can we let some people stay?” Ellen Park pressed.", "stay"));
    }

    @Test
    void aFragmentAfterTheSameSentencesAttributionIsKept() {
        Quote q = quoteWith("“The way I see it,” Ellen Park explained, “nobody questioned his service.”",
                "nobody");
        assertEquals("Ellen Park", q.speaker().orElseThrow().mention().text());
    }

    @Test
    void aPronounInAWhatClauseStandsForTheSentenceSubject() {
        assertEquals("Ellen Park", speakerOf("Mayor Ellen Park condemned what she called a “reckless and dangerous” plan.",
                "reckless"));
    }

    @Test
    void aCoordinatedClauseWithItsOwnSubjectAndCue() {
        String text = "Tom Reyes said on Sunday that the mayor had shown disrespect to his family, and he accused "
                + "Ellen Park of running a campaign “of hatred and division.”";
        Quote q = quoteWith(text, "hatred");
        assertEquals("he", q.speaker().orElseThrow().mention().text());
        assertEquals("accused", q.cue().orElseThrow().text());
    }

    @Test
    void aTitleCaseNameGivenWithACueIsKeptButATitleOfAWorkIsNot() {
        Extraction x = EXTRACTOR.extract("Tom Reyes called the former pageant winner “Miss Piggy” during the debate. "
                + "Ellen Park told CBS’s “Face the Nation” that the vote was close.");
        assertEquals(1, x.quotes().stream().filter(q -> q.text().contains("Miss Piggy")).count());
        assertEquals(0, x.quotes().stream().filter(q -> q.text().contains("Face the Nation")).count());
    }

    @Test
    void aDatelinesAgencyIsNotTheSentenceSubject() {
        assertEquals("Democratic National Committee", speakerOf("PHILADELPHIA, July 25 (UPI) — The Democratic National "
                + "Committee released a statement on Monday, offering “a deep and sincere apology” to the senator.",
                "apology"));
    }

    @Test
    void aQuoteOnlyParagraphAfterAParagraphEndingWithAReport() {
        String text = "The talks went on for hours.\n\nMayor Ellen Park said the wall itself was not negotiable.\n\n"
                + "“Building it? Not negotiable.”\n\nThe river rose overnight.\n\n“Nobody expected this.”";
        assertEquals("Ellen Park", speakerOf(text, "Building"));
        assertEquals("-", speakerOf(text, "Nobody"));
    }

    @Test
    void aNounPhraseAfterAPrepositionOfTimeOrPlaceIsNotTheSpeaker() {
        assertEquals("Tom Reyes", speakerOf("Tom Reyes at the time called the plan “a gift to the banks.”", "gift"));
        assertEquals("who", speakerOf("The crowd cheered Ellen Park, who has in the past described the tax as "
                + "“theft by another name.”", "theft"));
        assertEquals("Tom Reyes", speakerOf("Tom Reyes in his opening speech called the deal “a disaster.”", "disaster"));
    }

    @Test
    void aParticipleAfterAQuotationSharesTheSubjectOfTheClauseBeforeIt() {
        assertEquals("Ellen Park", speakerOf("Ellen Park described the vote as “fantastic,” telling reporters in Dover "
                + "that the result was clear.", "fantastic"));
        assertEquals("Tom Reyes", speakerOf("“We will appeal,” said Tom Reyes on Monday.", "appeal"));
    }

    @Test
    void aSentenceOpeningWithACommonNounPhraseHasItAsSubject() {
        assertEquals("The city spokesman", speakerOf("The city spokesman declined to discuss the plans of Tom Reyes, "
                + "adding: “We do not comment on rumours.”", "rumours"));
        assertEquals("Ellen Park", speakerOf("A month later Ellen Park returned to the hall, saying: “We are back.”",
                "back"));
    }

    @Test
    void anArticleBeforeANamedSpeakerAfterAQuotation() {
        assertEquals("White House", speakerOf("“The two leaders agreed to meet again in the spring,” the White House "
                + "said.", "spring"));
        assertEquals("Washington Post", speakerOf("The mayor described the fee as “a tax by another name,” the "
                + "Washington Post reported on Friday.", "tax by"));
    }

    @Test
    void aNameInAppositionToATitleAfterAQuotation() {
        assertEquals("Tom Reyes", speakerOf("“We expect a decision by the end of the month,” the mayor’s press secretary, "
                + "Tom Reyes, said on Monday.", "decision"));
        assertEquals("Ellen Park", speakerOf("“The plan has no future,” the city council president, Ellen Park, wrote.",
                "no future"));
    }

    @Test
    void aNameOpeningWithAFunctionWordInTheTitleAfterAQuotation() {
        assertEquals("Ellen Park", speakerOf("“The budget is a fiction,” New Mexico state senator Ellen Park said.",
                "fiction"));
        assertEquals("Tom Reyes", speakerOf("“We are ready,” New Hampshire coach Tom Reyes told reporters.", "ready"));
    }

    @Test
    void aParticipleTakesTheSpeakerOfTheReportingVerbItHangsOn() {
        assertEquals("Tom Reyes", speakerOf("Ellen Park and the governor will meet again in June, Tom Reyes said, adding, "
                + "“Nobody here is in a hurry.”", "hurry"));
        assertEquals("Tom Reyes", speakerOf("In a radio interview with Ellen Park, Tom Reyes said the talks had stalled, "
                + "noting that the unions were “not in the mood for compromise.”", "compromise"));
    }

    @Test
    void aSentenceFinalAttributionFollowedByAnAppositionOrAPrepositionalPhrase() {
        assertEquals("Ellen Park", speakerOf("Farmers expect “a long and difficult winter” across the valley, said Ellen "
                + "Park, the head of the growers’ association.", "difficult winter"));
        assertEquals("Tom Reyes", speakerOf("The council heard the plan. “The numbers do not add up” for the county, "
                + "Tom Reyes said in a radio interview on Sunday.", "numbers"));
    }

    @Test
    void aPartitiveOrAYearInTheSpeakerPhraseAfterAnInvertedCue() {
        assertEquals("one of the farmers", speakerOf("The meeting ran late. “We were never consulted,” said one of the "
                + "farmers.", "consulted"));
        assertEquals("a 2012 campaign volunteer", speakerOf("The hall was empty. “Nobody came this time,” said a 2012 "
                + "campaign volunteer.", "Nobody"));
    }

    @Test
    void aQuotationReportedInARelativeClauseAfterAnEarlierQuotationsAttribution() {
        Quote q = quoteWith("“Sales are up this year,” said Tom Reyes, who noted that prices across the county "
                + "had “nearly doubled” since May.", "doubled");
        assertEquals("who", q.speaker().orElseThrow().mention().text());
        assertEquals("Tom Reyes", q.speaker().orElseThrow().name());
        assertEquals("noted", q.cue().orElseThrow().text());
    }

    @Test
    void aNamingParticipleAfterAnObjectIsNotItsSpeakersCue() {
        assertEquals("Tom Reyes", speakerOf("Tom Reyes spent the summer writing a cookbook called “salt and smoke” with "
                + "his sister.", "salt and smoke"));
        assertEquals("the spokesman", speakerOf("The mayor met the press, and the spokesman called the plan “a mistake.”",
                "mistake"));
    }

    @Test
    void aSentenceOpeningWithAccordingToIsThatSourcesReport() {
        assertEquals("Daily Courier", speakerOf("According to the Daily Courier, Tom Reyes said the budget was “dead on "
                + "arrival.”", "dead on"));
    }

    @Test
    void aSubordinateClauseAfterAFragmentIsNotItsAttribution() {
        assertEquals("Tom Reyes", speakerOf("Tom Reyes said the vote was “a done deal” until Ellen Park said she "
                + "would oppose it.", "done deal"));
        assertEquals("Ellen Park", speakerOf("Ellen Park said the plan would be “very hard to pass” if he said no.",
                "very hard"));
    }

    @Test
    void anUnlistedVerbAfterAnArticlesPhraseOrFollowedByAloud() {
        assertEquals("the crowd", speakerOf("Tom Reyes raised the fee again. “Not again!” the crowd groaned.", "Not again"));
        assertEquals("Ellen Park", speakerOf("The vote was close. “We can still win this,” an angry Ellen Park murmured.",
                "still win"));
        assertEquals("he", speakerOf("Tom Reyes looked at the map. “Maybe the river is the border,” he mused aloud.",
                "river"));
    }

    @Test
    void aRelativeClauseBetweenCommasBeforeTheCueIsNotTheSpeaker() {
        assertEquals("A union adviser", speakerOf("A union adviser, who spoke on the condition of anonymity to discuss the "
                + "talks, said the offer was “an insult to every worker.”", "insult"));
        assertEquals("Tom Reyes", speakerOf("Tom Reyes, meanwhile, who has no such support, said the endorsement was "
                + "“meaningless.”", "meaningless"));
    }

    @Test
    void aColonIntroductionOpenedByACommonNounPhrase() {
        assertEquals("The county report", speakerOf("The county report offered one conclusion: “The money is gone.”", "money"));
    }

    @Test
    void aPassiveCueWithByHasItsAgentAsSpeaker() {
        assertEquals("Ellen Park", speakerOf("Tom Reyes was asked by Ellen Park, the host of the debate, “Will you raise "
                + "taxes next year?”", "raise"));
    }

    @Test
    void aReportInTheSentenceRightBeforeWinsOverAnEarlierQuotationsSpeaker() {
        String text = "“We are ready,” said Tom Reyes, the team captain. Coach Ellen Park said the team had trained all "
                + "winter. “Nobody worked harder than these players.”";
        assertEquals("Ellen Park", speakerOf(text, "Nobody"));
        assertEquals("Tom Reyes", speakerOf("“We are ready,” said Tom Reyes, the team captain. “Nobody worked harder.”",
                "Nobody"));
    }

    @Test
    void aQuoteOnlyParagraphGoesOnWithTheReportThatEndsTheParagraphBefore() {
        String text = "“We are ready,” said Tom Reyes, the team captain. Coach Ellen Park said the team had trained all "
                + "winter.\n\n“Nobody worked harder than these players.”";
        assertEquals("Ellen Park", speakerOf(text, "Nobody"));
    }

    @Test
    void aCoordinatedCueTakesThePronounSubjectOfItsOwnClause() {
        assertEquals("he", speakerOf("When Ellen Park asked Tom Reyes about the tax, he smiled and said, “We will see.”",
                "We will see"));
    }

    @Test
    void aNameAndAnUnlistedVerbBeforeACommaIntroduceTheQuotation() {
        assertEquals("Ellen Park", speakerOf("The council met for three hours. Ellen Park quipped, “We should have "
                + "brought dinner.”", "dinner"));
        assertEquals("he", speakerOf("Tom Reyes waved to the crowd, and he jokes, “The parking is free tonight.”",
                "parking"));
    }

    @Test
    void aNameRightBeforeAColonSignsTheQuotationThatFollows() {
        assertEquals("Ellen Park", speakerOf("Turnout fell in the county again.\n\nMore from Ellen Park: “Young voters "
                + "stayed home this time.”", "Young voters"));
    }

    @Test
    void aPronounOpeningAnEarlierCuesComplementLeavesTheQuotationToTheOuterSpeaker() {
        assertEquals("Tom Reyes", speakerOf("Tom Reyes said he believes that “the new stadium is a gift to "
                + "the whole valley.”", "gift"));
        assertEquals("Ellen Park", speakerOf("Ellen Park told reporters that she thinks the budget is “simply "
                + "not serious.”", "not serious"));
        assertEquals("Tom Reyes", speakerOf("Tom Reyes wrote in a letter to the council on Friday that he thinks "
                + "“the budget is simply not serious.”", "not serious"));
    }

    @Test
    void aCommonNounPhraseOpeningATrailingAttributionKeepsItsPrepositionalPhraseAsAModifier() {
        assertEquals("a spokesman", speakerOf("The clerk's office stayed closed. “The ballots were counted twice,” a "
                + "spokesman for the county clerk said.", "counted twice"));
    }

    @Test
    void aParticipleAfterACommaAndAQuotationOrAnAdverbHangsOnTheClausesCue() {
        assertEquals("Ellen Park", speakerOf("In an AP interview on Friday, Ellen Park said the vote would be "
                + "“close,” adding, “Every single ballot matters.”", "Every single"));
        assertEquals("Tom Reyes", speakerOf("Tom Reyes worked the room, showing off his big crowds and commanding "
                + "presence, alternately shouting “Four more years” and “Thank you.”", "Four more"));
    }

    @Test
    void aCoordinatedCueTakesTheNameThatOpensItsOwnClause() {
        assertEquals("Tom Reyes", speakerOf("In a letter to the Daily Courier, Tom Reyes defended the budget and said "
                + "the cuts were “painful but fair.”", "painful"));
    }

    @Test
    void aContinuedQuotationTakesTheSpeakersNearestMentionInTheSentenceBefore() {
        assertEquals("Reyes", speakerOf("“Schools come first,” says Tom Reyes, 41, of Dayton. Reyes works at a "
                + "hardware store. “I paid off my loans last year.”", "paid off"));
    }

    @Test
    void aSecondHandReportNeedsNoCommaBeforeAccordingTo() {
        assertEquals("Daily Courier", speakerOf("“We will not sign it,” Tom Reyes said in a statement according to the "
                + "Daily Courier.", "not sign"));
    }

    @Test
    void aQuotationEndingAnOpeningSubordinateClauseIsThatClausesReport() {
        assertEquals("Tom Reyes", speakerOf("Although Tom Reyes admitted that the two men had “met once or twice,” he "
                + "claimed they were never partners.", "met once"));
        assertEquals("he", speakerOf("When asked about the vote, “I don't know,” he said.", "know"));
    }

    @Test
    void aSentenceAdverbBetweenCommasIsNotTheSpeaker() {
        assertEquals("The city council", speakerOf("The city council, however, said the plan was “far too costly.”",
                "costly"));
        assertEquals("Tom Reyes", speakerOf("Tom Reyes, for his part, said he would “wait and see.”", "wait"));
    }

    @Test
    void aShareOfRespondentsSpeaksThroughThePollTheSentenceNames() {
        assertEquals("a county poll", speakerOf("In a county poll released Monday, 61 percent of voters said the "
                + "schools were “badly underfunded.”", "underfunded"));
    }

    @Test
    void aPluralPronounAndAPresentTenseVerbAfterAQuotationAttributeIt() {
        assertEquals("they", speakerOf("The two auditors wrote a long report. “The county spent far more than it "
                + "planned,” they conclude.", "county spent"));
    }

    @Test
    void titleWordsOrAnAndMayStandAroundAnUnlistedVerbAfterAQuotation() {
        assertEquals("Tom Reyes", speakerOf("The show ran long. “Nobody expected a tie tonight,” mused radio co-host "
                + "Tom Reyes.", "tie tonight"));
        assertEquals("Ellen Park", speakerOf("The hearing was tense. “Go back to your seat,” Ellen Park barked and a "
                + "guard escorted the man out.", "your seat"));
    }

    @Test
    void aDashSignatureOpeningTheNextParagraphSignsAQuoteOnlyParagraph() {
        String text = "The candidates met on Tuesday night.\n\n“Our schools need more teachers, not more tests.”\n\n"
                + "- Ellen Park.\n\nThe claim is mostly true, though the numbers are old.\n\n“Nobody will pay more.”\n\n"
                + "-Governor Tom Reyes, speaking after the debate.";
        assertEquals("Ellen Park", speakerOf(text, "more teachers"));
        assertEquals("Tom Reyes", speakerOf(text, "pay more"));
    }

    @Test
    void theMainClauseAfterAFrontedClauseHasTheCueAndTheSpeaker() {
        assertEquals("he", speakerOf("Ever since Tom Reyes announced his candidacy last year, he has said the same thing "
                + "at every stop: “This is about all of us.”", "all of us"));
        assertEquals("Ellen Park", speakerOf("While Tom Reyes praised the budget, Ellen Park called it “a costly mess.”",
                "costly"));
        assertEquals("Tom Reyes", speakerOf("When Ellen Park asked about the budget, Tom Reyes replied: “Ask the council.”",
                "council"));
    }

    @Test
    void aQuotationInsideAReportingRelativeClauseIsTheRelativePronouns() {
        Quote q = quoteWith("The crowd booed Governor Tom Reyes, who once called the plan “a disaster for "
                + "every family.”", "disaster");
        assertEquals("who", q.speaker().orElseThrow().mention().text());
        assertEquals("Tom Reyes", q.speaker().orElseThrow().name());
        assertEquals("Ellen Park", speakerOf("Ellen Park, who says the council must act, told reporters that the plan "
                + "was “a disaster for every family.”", "disaster"));
    }

    @Test
    void aQuoteOnlyParagraphAfterAParagraphAboutAPersonIsThatPersons() {
        String text = "The council voted on the budget last night.\n\nTom Reyes is upbeat about the vote, because he "
                + "sees the party as united.\n\n“We will win in November, and we will win big.”";
        assertEquals("Tom Reyes", speakerOf(text, "win big"));
    }

    @Test
    void aFragmentInALaterClauseIsThatClausesPronouns() {
        assertEquals("she", speakerOf("Ellen Park won loud applause as she kept talking about the “power of all of us” "
                + "in her speech.", "power of"));
        assertEquals("Tom Reyes", speakerOf("Tom Reyes likened the new tax to a “slow poison” for small firms.",
                "slow poison"));
    }

    @Test
    void theSentenceSubjectGivesWayToALaterClausesPronounBeforeTheCue() {
        assertEquals("he", speakerOf("Retired Col. Tom Reyes started the argument when he brought up the budget and "
                + "later said, “It is not just the council's money.”", "council's money"));
    }

    @Test
    void aParticiplePhraseBetweenCommasAfterTheSpeakerIsNoSpeaker() {
        assertEquals("A city official", speakerOf("A city official, speaking on condition of anonymity to discuss the "
                + "mayor's schedule, said Wednesday, “The meeting will happen next week.”", "meeting will"));
    }

    @Test
    void aCueInsideAnAdverbialClauseSetOffByCommasIsNotTheSentences() {
        assertEquals("Ellen Park", speakerOf("Later in the evening, after the council meeting concluded, Ellen Park stated "
                + "that the new budget was “not good enough.”", "not good"));
    }

    @Test
    void aCueRightBeforeTheQuotationWinsOverOneAfterIt() {
        assertEquals("Ellen Park", speakerOf("Ellen Park said: “We will appeal this ruling in every court,” she "
                + "wrote on Twitter.", "appeal this"));
    }

    @Test
    void aDirectQuotationInsideASentenceWithNoCueIsTheSentenceSubjects() {
        assertEquals("Ellen Park", speakerOf("On Tuesday night, Mayor Ellen Park released a memo titled “Where the City "
                + "Stands Today.”", "City Stands"));
        assertEquals("Tom Reyes", speakerOf("Tom Reyes forwarded an email with the subject line “Budget numbers for "
                + "Friday.” to the whole council.", "Budget numbers"));
    }

    @Test
    void aFragmentInsideAWhoClauseIsTheRelativePronouns() {
        Quote q = quoteWith("Tom Reyes, who has long styled himself the “people's mayor” in every campaign, lost "
                + "the vote on Friday.", "people's");
        assertEquals("who", q.speaker().orElseThrow().mention().text());
        assertEquals("Tom Reyes", q.speaker().orElseThrow().name());
    }

    @Test
    void aVerbPhraseOrTheObjectOfToBeforeTheCueIsNoSpeaker() {
        assertEquals("A council aide", speakerOf("A council aide who asked for anonymity to discuss budget talks said on "
                + "Monday, “The numbers do not add up.”", "numbers do not"));
        assertEquals("Tom Reyes", speakerOf("Tom Reyes spoke openly about being described as a “lost cause” in his "
                + "first campaign.", "lost cause"));
    }

    @Test
    void aPossessiveRelationBeforeANameAfterAQuotation() {
        assertEquals("Tom Reyes", speakerOf("The family gathered on Sunday. “She never missed a single game,” her brother "
                + "Tom Reyes said.", "single game"));
        assertEquals("Ellen Park", speakerOf("“He worked two jobs for years,” his wife, Ellen Park, told the paper.",
                "two jobs"));
    }

    @Test
    void aDirectQuotationInsideASentenceTakesAnOpeningCommonNounPhraseAsSubject() {
        assertEquals("The campaign ad", speakerOf("The campaign ad ended with the words “We will not stop until every "
                + "child in this city can read.”", "not stop"));
    }

    @Test
    void anAsideAfterTheRelativePronounOfAReportingWhoClause() {
        Quote q = quoteWith("The plan drew fire from Ellen Park, who, in a long letter to the council on Friday, called "
                + "it “a gift to developers.”", "gift to");
        assertEquals("who", q.speaker().orElseThrow().mention().text());
        assertEquals("Ellen Park", q.speaker().orElseThrow().name());
    }

    @Test
    void aDirectQuotationOpeningItsSentenceWithNoAttributionTakesThePreviousSentencesSubject() {
        assertEquals("Ellen Park", speakerOf("The council met for three hours on the budget. Ellen Park agreed. “The "
                + "numbers do not add up, and everyone in this room knows it.”", "numbers do not"));
    }

    @Test
    void aNameAndCueOpeningAComplementAfterAQuotationSentenceIsANewReport() {
        String text = "“Rates will rise this year,” said Ellen Park, an economist at the bank. “The board has made up its "
                + "mind.” Park added that the board would meet again in May.";
        assertEquals("Ellen Park", speakerOf(text, "made up its mind"));
        assertEquals("Park", speakerOf("“The board has made up its mind.” Park added.", "made up its mind"));
    }

    @Test
    void aPresentTenseVerbAfterAQuotationEndingWithAComma() {
        assertEquals("he", speakerOf("Tom Reyes spoke last. “They will call me within a day,” he promises.", "call me"));
        assertEquals("the handbook", speakerOf("The company has no paid leave. “Family leave,” the handbook states, "
                + "begins after one year.", "Family leave"));
    }

    @Test
    void aPrepositionalPhraseInsideAnArticlesPhraseBeforeAnUnlistedVerb() {
        assertEquals("a voice-over", speakerOf("The new ad ran on Tuesday. “She will stand up to the gun lobby,” "
                + "a voice-over in the ad states.", "gun lobby"));
        assertEquals("a welcome message", speakerOf("Tom Reyes set up a website. “Hello, neighbors!” a welcome message "
                + "on the website reads.", "neighbors"));
    }

    @Test
    void aWhatClausePronounStandsForACommonNounPhraseOpeningTheSentence() {
        assertEquals("The mayor", speakerOf("The mayor denounced what she called the “reckless and cruel” budget "
                + "of the council.", "reckless"));
    }

    @Test
    void aCapitalizedWordBeforeACueAfterAQuotationIsASurnameThatIsAlsoAWord() {
        assertEquals("From", speakerOf("“The party of big government,” From said.", "party of"));
        assertEquals("Read", speakerOf("Pfizer chief executive Ian Read spoke on Monday. “We have assessed the risk "
                + "carefully,” Read said.", "assessed"));
        assertEquals("Will", speakerOf("The columnist George Will urged voters to reconsider. “The eruption of war "
                + "calls for seriousness,” Will wrote.", "eruption"));
    }

    @Test
    void anInvertedUnlistedVerbAndAnArticlesPhraseAfterAQuotationOpeningItsSentence() {
        assertEquals("a scripted message", speakerOf("The rallies follow a routine. “If a protester starts shouting, do "
                + "not touch him,” begins a scripted message before every rally.", "protester"));
        assertEquals("the front page", speakerOf("The coverage was merciless. “Choke!” blared the front page of the "
                + "Herald.", "Choke"));
        assertEquals("He", speakerOf("He called it “a disaster,” signed the bill and left.", "disaster"));
    }

    @Test
    void aTrailingCommonNounPhraseWithAnOnPhraseBeforeAName() {
        assertEquals("the pitch", speakerOf("The publisher is raising money online. “Publish the book that nobody wants "
                + "you to read,” the pitch on Kickstarter says.", "Publish"));
    }

    @Test
    void aSentenceFinalAccordingToMakesALeadingAttributionSecondHand() {
        assertEquals("Daily Courier", speakerOf("Tom Reyes said he was “happy to see” the result, according to the Daily "
                + "Courier.", "happy to see"));
        assertEquals("Tom Reyes", speakerOf("Tom Reyes called the vote “a disaster.” According to the Daily Courier, "
                + "the council will meet again.", "disaster"));
    }

    @Test
    void aSentenceFinalMediaReportMakesAnAttributionInsideTheSentenceSecondHand() {
        assertEquals("Daily Courier", speakerOf("Tom Reyes called the plan “a gift to developers” at the meeting, the "
                + "Daily Courier reported.", "gift to"));
        assertEquals("Daily Courier", speakerOf("Tom Reyes welcomed the vote, saying the council was “doing the right "
                + "thing,” suggesting he would stay on, the Daily Courier reported.", "right thing"));
    }

    @Test
    void aPrepositionOrClauseOpenerIsNeverASpeakerPhrase() {
        String text = "The veto was overridden on Wednesday.\n\nGovernor Ellen Park, D-Ohio, despite admitting that she "
                + "had her concerns about “lawyers trying to get rich,” the families “deserve their day in court” and "
                + "she does believe the council is right.";
        assertEquals("Ellen Park", speakerOf(text, "lawyers trying"));
        assertEquals("Ellen Park", speakerOf(text, "day in court"));
        assertEquals("he", speakerOf("When Tom Reyes announced his run, he referred to his rivals as “cowards” and "
                + "“frauds” while calling for a recount.", "frauds"));
    }
}
