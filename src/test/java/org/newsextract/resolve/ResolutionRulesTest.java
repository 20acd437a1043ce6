package org.newsextract.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsextract.EntityType;
import org.newsextract.corenlp.CoreNlpTokenizer;
import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.nlp.PlaceKind;
import org.newsextract.text.TokenizedText;

/**
 * Each resolution rule on a small text with hand-made tagger output, so that the rule, not the
 * statistical model, is what is tested. The rule's own class documents it.
 */
class ResolutionRulesTest {
    private static final EntityResolver RESOLVER = new EntityResolver(Lexicon.get());
    private static final CoreNlpTokenizer TOKENIZER = new CoreNlpTokenizer();

    /**
     * A text and the names a tagger would have found: "LABEL:phrase" tags every occurrence of the
     * phrase's space-separated tokens, "LABEL:phrase#n" the n-th, "LABEL:phrase@0.8" with that confidence.
     */
    private static List<ResolvedEntity> resolve(String text, String... tagged) {
        TokenizedText doc = TOKENIZER.tokenize(text);
        List<NameSpan> spans = new ArrayList<>();
        for (String t : tagged) {
            String[] labelAndPhrase = t.split(":", 2);
            NameLabel label = NameLabel.valueOf(labelAndPhrase[0]);
            String phrase = labelAndPhrase[1];
            double confidence = 0.99;
            int at = phrase.lastIndexOf('@');
            if (at > 0) {
                confidence = Double.parseDouble(phrase.substring(at + 1));
                phrase = phrase.substring(0, at);
            }
            int nth = 0;
            int hash = phrase.lastIndexOf('#');
            if (hash > 0) {
                nth = Integer.parseInt(phrase.substring(hash + 1));
                phrase = phrase.substring(0, hash);
            }
            String[] words = phrase.split(" ");
            int seen = 0;
            for (int i = 0; i + words.length <= doc.tokenCount(); i++) {
                boolean match = true;
                for (int k = 0; k < words.length && match; k++) {
                    match = doc.surface(i + k).equals(words[k]);
                }
                if (match && (nth == 0 || ++seen == nth)) {
                    spans.add(new NameSpan(i, i + words.length, label, confidence));
                }
            }
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return RESOLVER.resolve(doc, spans);
    }

    private static Optional<ResolvedEntity> named(List<ResolvedEntity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static List<String> mentionTexts(String text, ResolvedEntity e) {
        TokenizedText doc = TOKENIZER.tokenize(text);
        return e.mentions().stream().map(m -> doc.span(m.start(), m.end())).toList();
    }

    @Test
    void bareSurnameJoinsTheMostProminentFullNameNotEveryNamesake() {
        String text = "Syrian President Bashar al-Assad fled Damascus. Bashar al-Assad had ruled since 2000.\n"
                + "He succeeded his father, Hafez al-Assad, in 2000.\nThe fighting went on for days.\n"
                + "Analysts said Assad would not return.";
        List<ResolvedEntity> people = resolve(text, "PER:Bashar al-Assad", "PER:Hafez al-Assad", "PER:Assad",
                "LOC:Damascus").stream().filter(e -> type(e) == EntityType.PERSON).toList();
        assertEquals(2, people.size(), people.toString());
        ResolvedEntity bashar = named(people, "Bashar al-Assad").orElseThrow();
        assertEquals(List.of("Assad", "Bashar al-Assad"), bashar.aliases());
        assertEquals(3, bashar.mentions().size());
        assertEquals(List.of("Hafez al-Assad"), named(people, "Hafez al-Assad").orElseThrow().aliases());
    }

    @Test
    void bareSurnameRightAfterAFullNameGoesToThatPerson() {
        String text = "Bashar al-Assad spoke on Sunday. Bashar al-Assad left on Monday.\n"
                + "Hafez al-Assad ruled Syria for 30 years. Assad died in 2000.";
        List<ResolvedEntity> all = resolve(text, "PER:Bashar al-Assad", "PER:Hafez al-Assad", "PER:Assad", "LOC:Syria");
        assertEquals(2, named(all, "Hafez al-Assad").orElseThrow().mentions().size());
        assertEquals(2, named(all, "Bashar al-Assad").orElseThrow().mentions().size());
    }

    @Test
    void givenNameTaggedAloneTakesInItsHyphenatedParticleSurname() {
        // A tagger that stops at "Khalid" and "Salman" (the OpenNLP model does so with "Bashar al-Assad")
        String text = "Prince Khalid bin-Talal met Nadia el-Masri in Cairo. Later bin-Talal left.";
        List<ResolvedEntity> all = resolve(text, "PER:Khalid", "PER:Nadia", "LOC:Cairo");
        assertEquals(List.of("Khalid bin-Talal"), mentionTexts(text, named(all, "Khalid bin-Talal").orElseThrow())
                .subList(0, 1), all.toString());
        assertTrue(named(all, "Nadia el-Masri").isPresent(), all.toString());
        assertTrue(named(all, "Khalid").isEmpty(), all.toString());
    }

    @Test
    void untaggedSurnameAfterAFullNameBecomesAPersonMention() {
        String text = "Angela Merkel met the press. Later Merkel left Berlin.";
        List<ResolvedEntity> all = resolve(text, "PER:Angela Merkel", "LOC:Berlin");
        ResolvedEntity merkel = named(all, "Angela Merkel").orElseThrow();
        assertEquals(List.of("Angela Merkel", "Merkel"), mentionTexts(text, merkel));
    }

    @Test
    void acronymInParenthesesBecomesAnAliasAndLaterMentionsJoin() {
        String text = "Hayat Tahrir al-Sham (HTS) declared victory. Later, HTS claimed the prison.";
        List<ResolvedEntity> all = resolve(text, "ORG:Hayat Tahrir al-Sham");
        assertEquals(1, all.size(), all.toString());
        ResolvedEntity hts = all.get(0);
        assertEquals(EntityType.ORGANIZATION, type(hts));
        assertEquals("Hayat Tahrir al-Sham", hts.name());
        assertEquals(List.of("HTS", "Hayat Tahrir al-Sham"), hts.aliases());
        assertEquals(3, hts.mentions().size());
    }

    @Test
    void acronymMentionsOutvoteAPersonLabelOnTheLongName() {
        String text = "The group Hayat Tahrir al-Sham (HTS) advanced. HTS took Hama. HTS said more.";
        List<ResolvedEntity> all = resolve(text, "PER:Hayat Tahrir al-Sham@0.99", "ORG:HTS@0.6", "LOC:Hama");
        ResolvedEntity hts = named(all, "Hayat Tahrir al-Sham").orElseThrow();
        assertEquals(EntityType.ORGANIZATION, type(hts));
        assertTrue(all.stream().noneMatch(e -> type(e) == EntityType.PERSON), all.toString());
    }

    @Test
    void aNameIsNotAPersonInOneSentenceAndAPlaceInTheNext() {
        String text = "Rebels declared victory in Hama on Sunday.\nHama central prison was opened.\n"
                + "The army could not keep control over Hama.";
        List<ResolvedEntity> all = resolve(text, "LOC:Hama#1@0.98", "PER:Hama#2@0.79", "PER:Hama#3@0.80");
        assertEquals(1, all.size(), all.toString());
        assertEquals(EntityType.PLACE, type(all.get(0)));
        assertEquals(3, all.get(0).mentions().size());
    }

    @Test
    void aOneWordPersonAfterAPrepositionOfPlaceIsAPlace() {
        String text = "Fighting broke out in Idlib. Idlib fell.";
        List<ResolvedEntity> all = resolve(text, "PER:Idlib");
        assertEquals(EntityType.PLACE, type(all.get(0)));
    }

    @Test
    void titlesAreNotPartOfNames() {
        String text = "President Bashar al-Assad fled.";
        List<ResolvedEntity> all = resolve(text, "PER:President Bashar al-Assad");
        assertEquals("Bashar al-Assad", all.get(0).name());
        assertEquals(List.of("Bashar al-Assad"), mentionTexts(text, all.get(0)));
    }

    @Test
    void pronounsNationalitiesAndDemonymsAreNotEntities() {
        String text = "He said Syrian troops and Russian advisers left. Palestinians were killed.";
        List<ResolvedEntity> all = resolve(text, "PER:He", "LOC:Syrian", "ORG:Russian", "ORG:Palestinians");
        assertEquals(List.of(), all);
    }

    @Test
    void aNationalityBeforeAStateBodyIsPartOfItsName() {
        String text = "The Russian Foreign Ministry confirmed it. The Foreign Ministry gave no details.";
        List<ResolvedEntity> all = resolve(text, "MISC:Russian", "ORG:Foreign Ministry");
        assertEquals(1, all.size(), all.toString());
        assertEquals("Russian Foreign Ministry", all.get(0).name());
        assertEquals(2, all.get(0).mentions().size(), "the later 'Foreign Ministry' is the same body");
    }

    @Test
    void aNameTaggedOnceIsTaggedWhereverItRecurs() {
        String text = "Troops left Aleppo on Monday. Residents of Aleppo celebrated.";
        List<ResolvedEntity> all = resolve(text, "LOC:Aleppo#1");
        assertEquals(2, all.get(0).mentions().size());
    }

    @Test
    void namesJoinedByAndAreSplitWhenOnePartIsANameElsewhere() {
        String text = "Syria and Iran signed a deal. Iran denied it.";
        List<ResolvedEntity> all = resolve(text, "LOC:Syria and Iran", "LOC:Iran#2");
        assertEquals(List.of("Syria", "Iran"), all.stream().map(ResolvedEntity::name).toList());
    }

    @Test
    void placeKindComesFromTheTextThenTheGazetteer() {
        String text = "Rebels took the strategic city of Homs, then marched on Syria and Qardaha and Idlib province.";
        List<ResolvedEntity> all = resolve(text, "LOC:Homs", "LOC:Syria", "LOC:Qardaha", "LOC:Idlib");
        assertEquals(PlaceKind.CITY, named(all, "Homs").orElseThrow().kind());
        assertEquals(PlaceKind.COUNTRY, named(all, "Syria").orElseThrow().kind());
        assertEquals(PlaceKind.OTHER, named(all, "Qardaha").orElseThrow().kind());
        assertEquals(PlaceKind.STATE_OR_PROVINCE, named(all, "Idlib").orElseThrow().kind());
    }

    @Test
    void placeKindFromWhatTheTextSaysThePlaceIs() {
        String text = "Qardaha is a small town in the hills. Fooland, a landlocked country, voted. "
                + "Barshire is a state senator's home. Quxton, a region of farms, and Zedburg are far.";
        List<ResolvedEntity> all = resolve(text, "LOC:Qardaha", "LOC:Fooland", "LOC:Barshire", "LOC:Quxton",
                "LOC:Zedburg");
        assertEquals(PlaceKind.CITY, named(all, "Qardaha").orElseThrow().kind());
        assertEquals(PlaceKind.COUNTRY, named(all, "Fooland").orElseThrow().kind());
        assertEquals(PlaceKind.OTHER, named(all, "Barshire").orElseThrow().kind(), "'state' is a modifier there");
        assertEquals(PlaceKind.REGION, named(all, "Quxton").orElseThrow().kind());
        assertEquals(PlaceKind.OTHER, named(all, "Zedburg").orElseThrow().kind());
    }

    @Test
    void placeSpellingsAreOnePlaceNamedByTheFullestName() {
        String text = "The United States warned Iran. U.S. officials said more.";
        List<ResolvedEntity> all = resolve(text, "LOC:United States", "LOC:U.S.", "LOC:Iran");
        ResolvedEntity us = named(all, "United States").orElseThrow();
        assertEquals(List.of("U.S.", "United States"), us.aliases());
        assertEquals(PlaceKind.COUNTRY, us.kind());
    }

    @Test
    void aDatelineInCapitalsGivesWayToTheMixedCaseName() {
        String text = "FLINT, Mich. - Residents of Flint protested on Monday.";
        List<ResolvedEntity> all = resolve(text, "LOC:FLINT", "LOC:Flint", "LOC:Mich.");
        ResolvedEntity flint = named(all, "Flint").orElseThrow();
        assertEquals(List.of("FLINT", "Flint"), flint.aliases());
        assertEquals(PlaceKind.STATE_OR_PROVINCE, named(all, "Mich.").orElseThrow().kind());
    }

    @Test
    void aOneWordPersonThatStartsALongerOrganizationNameIsThatOrganization() {
        String text = "Rotor Volgograd must play behind closed doors. The defeat ended Rotor's spell as leaders.";
        List<ResolvedEntity> all = resolve(text, "ORG:Rotor Volgograd", "PER:Rotor#2");
        assertTrue(all.stream().noneMatch(e -> type(e) == EntityType.PERSON), all.toString());
    }

    /** Returns the public type of a resolved entity's label (PER, LOC or ORG), as the tests name types. */
    private static EntityType type(ResolvedEntity e) {
        return switch (e.type()) {
            case PER -> EntityType.PERSON;
            case LOC -> EntityType.PLACE;
            case ORG -> EntityType.ORGANIZATION;
            case MISC -> throw new AssertionError("a MISC entity: " + e);
        };
    }

    private static List<String> namesOf(List<ResolvedEntity> all, EntityType type) {
        return all.stream().filter(e -> type(e) == type).map(ResolvedEntity::name).sorted().toList();
    }

    @Test
    void aDatelineIsAPlaceAndItsAgencyAnOrganization() {
        String text = "DUBAI (Reuters) - Saudi Arabia said on Monday it would raise output.";
        List<ResolvedEntity> all = resolve(text, "ORG:DUBAI", "LOC:Reuters", "LOC:Saudi Arabia");
        assertEquals(List.of("DUBAI", "Saudi Arabia"), namesOf(all, EntityType.PLACE));
        assertEquals(List.of("Reuters"), namesOf(all, EntityType.ORGANIZATION));
    }

    @Test
    void aDatelineOfTwoCitiesIsTwoPlaces() {
        String text = "LOS ANGELES/NEW YORK (Reuters) - Studios said on Friday they would delay films.";
        List<ResolvedEntity> all = resolve(text, "ORG:LOS ANGELES / NEW YORK");
        assertEquals(List.of("LOS ANGELES", "NEW YORK"), namesOf(all, EntityType.PLACE));
    }

    @Test
    void aKnownPlaceBeforeADashIsADatelineButAHeadlineInCapitalsIsNot() {
        List<ResolvedEntity> dateline = resolve("BERLIN -- German officials said on Monday they would act.",
                "ORG:BERLIN");
        assertEquals(List.of("BERLIN"), namesOf(dateline, EntityType.PLACE));
        List<ResolvedEntity> headline = resolve("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .",
                "LOC:JAPAN", "LOC:CHINA");
        assertEquals(List.of("CHINA", "JAPAN"), namesOf(headline, EntityType.PLACE));
        List<ResolvedEntity> section = resolve("PRESS DIGEST - Indonesian newspapers - Sept 2 .");
        assertTrue(section.isEmpty(), section.toString());
    }

    @Test
    void aPhotoCreditIsTheAgencyAndThePhotographerNotOneName() {
        String text = "A man walks past a store in Berlin, Germany, June 25, 2020. REUTERS/Kai Pfaffenbach/File Photo";
        List<ResolvedEntity> all = resolve(text, "LOC:Berlin", "LOC:Germany", "ORG:REUTERS / Kai Pfaffenbach / File Photo");
        assertEquals(List.of("Kai Pfaffenbach"), namesOf(all, EntityType.PERSON));
        assertEquals(List.of("REUTERS"), namesOf(all, EntityType.ORGANIZATION));
        assertEquals(List.of("Berlin", "Germany"), namesOf(all, EntityType.PLACE));
    }

    @Test
    void aPoolPhotoCreditNamesThePhotographerThePoolAndTheAgency() {
        String text = "Leaders meet in Brussels, Belgium December 10, 2020. Olivier Hoslet/Pool via REUTERS";
        List<ResolvedEntity> all = resolve(text, "LOC:Brussels", "LOC:Belgium", "ORG:Olivier Hoslet");
        assertEquals(List.of("Olivier Hoslet"), namesOf(all, EntityType.PERSON));
        assertEquals(List.of("Pool", "REUTERS"), namesOf(all, EntityType.ORGANIZATION));
    }

    @Test
    void aBylineIsAPersonWithoutTheDateAfterIt() {
        String text = "By Nakul Iyer\nDec 7 (Reuters) - Asian shares rose on Monday.";
        List<ResolvedEntity> byline = resolve("By Nakul Iyer Dec 7 (Reuters) - Asian shares rose on Monday.",
                "ORG:Nakul Iyer Dec");
        assertEquals(List.of("Nakul Iyer"), namesOf(byline, EntityType.PERSON));
        List<ResolvedEntity> credits = resolve("(Reporting by Dave Sherwood Editing by Chris Reese)",
                "PER:Dave Sherwood Editing", "ORG:Chris Reese");
        assertEquals(List.of("Chris Reese", "Dave Sherwood"), namesOf(credits, EntityType.PERSON));
        assertTrue(resolve(text, "PER:Nakul Iyer").stream().anyMatch(e -> e.name().equals("Nakul Iyer")));
    }

    @Test
    void aSignOffWithAnOutletsNameIsThatOrganization() {
        List<ResolvedEntity> all = resolve("The home side won 45-0 on Sunday.\n\n-- Field Level Media");
        assertEquals(List.of("Field Level Media"), namesOf(all, EntityType.ORGANIZATION));
        // a dash and a name that is no outlet's is left to the tagger
        assertTrue(resolve("The home side won 45-0 on Sunday.\n\n-- Gavin Jones").isEmpty());
    }

    @Test
    void pageFurnitureIsNoName() {
        List<ResolvedEntity> all = resolve("Slideshow (5 images)\nThe minister resigned.", "PER:Slideshow");
        assertTrue(all.isEmpty(), all.toString());
    }

    @Test
    void aOneWordPersonThatAnOrganizationNounIntroducesIsAnOrganization() {
        String text = "Gas producer Energean said on Monday it would sell assets. Energean shares rose 3%.";
        List<ResolvedEntity> all = resolve(text, "PER:Energean");
        assertEquals(List.of("Energean"), namesOf(all, EntityType.ORGANIZATION));
        assertEquals(2, named(all, "Energean").orElseThrow().mentions().size());
    }

    @Test
    void aNounThatNamesOnlyCompaniesMakesAFoundersNameTheCompany() {
        String text = "Fashion retailer Ted Baker cut 300 jobs on Tuesday. Ted Baker said sales fell.";
        List<ResolvedEntity> all = resolve(text, "PER:Ted Baker");
        assertEquals(List.of("Ted Baker"), namesOf(all, EntityType.ORGANIZATION));
        assertEquals(2, named(all, "Ted Baker").orElseThrow().mentions().size());
        // "producer" also introduces people: a first name keeps the person
        List<ResolvedEntity> producer = resolve("Record producer Mark Ronson said he was pleased.", "PER:Mark Ronson");
        assertEquals(List.of("Mark Ronson"), namesOf(producer, EntityType.PERSON));
    }

    @Test
    void aNameCoordinatedWithOneAnOrganizationNounIntroducesIsAnOrganization() {
        String text = "Drugmakers Pfizer and Moderna are seeking approval. Moderna said its trial ended.";
        List<ResolvedEntity> all = resolve(text, "ORG:Pfizer", "PER:Moderna");
        assertEquals(List.of("Moderna", "Pfizer"), namesOf(all, EntityType.ORGANIZATION));
        // without the noun, coordination alone proves nothing
        List<ResolvedEntity> plain = resolve("Pfizer and Moderna met on Monday.", "ORG:Pfizer", "PER:Moderna");
        assertEquals(List.of("Moderna"), namesOf(plain, EntityType.PERSON));
    }

    @Test
    void anOrganizationNamedWithoutItsHeadWordIsTheSameOrganization() {
        String text = "Apple Inc said sales rose. Apple shares fell. Students at Harvard University protested, "
                + "and Harvard said it would respond. Boats on the Hudson River waited; the Hudson was calm.";
        List<ResolvedEntity> all = resolve(text, "ORG:Apple Inc", "ORG:Apple#2", "ORG:Harvard University", "ORG:Harvard#2",
                "LOC:Hudson River", "LOC:Hudson#2");
        assertEquals(List.of("Apple Inc", "Harvard University"), namesOf(all, EntityType.ORGANIZATION));
        assertEquals(2, named(all, "Apple Inc").orElseThrow().mentions().size());
        // places are not joined so: a town and the river or island named after it are two places
        assertEquals(List.of("Hudson", "Hudson River"), namesOf(all, EntityType.PLACE));
    }

    @Test
    void aNameSpelledWithATypographicOrAPlainApostropheIsOneEntity() {
        String text = "Ferries reach Vava\u2019u daily. Pat O'Brien said Vava'u was calm, and O\u2019Brien left.";
        List<ResolvedEntity> all = resolve(text, "LOC:Vava\u2019u", "LOC:Vava'u", "PER:Pat O'Brien", "PER:O\u2019Brien");
        assertEquals(1, namesOf(all, EntityType.PLACE).size(), all.toString());
        assertEquals(List.of("Pat O'Brien"), namesOf(all, EntityType.PERSON));
        assertEquals(2, named(all, "Pat O'Brien").orElseThrow().mentions().size());
    }

    @Test
    void mrAndMrsBeforeABareSurnamePickThePersonOfThatSex() {
        String text = "Hillary Clinton and Bill Clinton arrived on Monday. Mrs. Clinton spoke first; Mr. Clinton "
                + "waited. Later Mr. Clinton left.";
        List<ResolvedEntity> all = resolve(text, "PER:Hillary Clinton", "PER:Bill Clinton", "PER:Clinton#3",
                "PER:Clinton#4", "PER:Clinton#5");
        assertEquals(List.of("Hillary Clinton", "Clinton"), mentionTexts(text, named(all, "Hillary Clinton").orElseThrow()));
        assertEquals(List.of("Bill Clinton", "Clinton", "Clinton"),
                mentionTexts(text, named(all, "Bill Clinton").orElseThrow()));
    }

    @Test
    void aPlaceFollowedByAWinLossRecordIsATeam() {
        String text = "New England (6-6) beat Los Angeles (3-9) 45-0 on Sunday. New England travels to Miami "
                + "next week. The club moved to Boston (1960-1963) before that.";
        List<ResolvedEntity> all = resolve(text, "LOC:New England", "LOC:Los Angeles", "LOC:Miami", "LOC:Boston");
        assertEquals(List.of("Los Angeles", "New England"), namesOf(all, EntityType.ORGANIZATION));
        assertEquals(2, named(all, "New England").orElseThrow().mentions().size());
        // a place without a record, and years in brackets, stay places
        assertEquals(List.of("Boston", "Miami"), namesOf(all, EntityType.PLACE));
    }

    @Test
    void anOrganizationNounBeforeAFirstNameOrAfterATitleLeavesThePerson() {
        List<ResolvedEntity> investor = resolve("The group Warren Buffett leads bought shares.", "PER:Warren Buffett");
        assertEquals(List.of("Warren Buffett"), namesOf(investor, EntityType.PERSON));
        List<ResolvedEntity> titled = resolve("The team Fernandez coaches won. Mr Fernandez was pleased.",
                "PER:Fernandez");
        assertEquals(List.of("Fernandez"), namesOf(titled, EntityType.PERSON));
    }

    @Test
    void aPersonWhoseNameEndsOrStartsWithAPlaceOrOrganizationHeadIsThatPlaceOrOrganization() {
        String text = "The ferry left Clarence Dock at noon. Soldiers at Fort Lee waited, and Harlow Trading Inc "
                + "paid. Fort Lee was quiet.";
        List<ResolvedEntity> all = resolve(text, "PER:Clarence Dock", "PER:Fort Lee", "PER:Harlow Trading Inc");
        assertEquals(List.of(), namesOf(all, EntityType.PERSON));
        assertEquals(List.of("Clarence Dock", "Fort Lee"), namesOf(all, EntityType.PLACE));
        assertEquals(2, named(all, "Fort Lee").orElseThrow().mentions().size());
        assertEquals(List.of("Harlow Trading Inc"), namesOf(all, EntityType.ORGANIZATION));
    }

    @Test
    void aHeadWordDoesNotRetypeARealPersonAKnownPlaceOrATeam() {
        List<ResolvedEntity> all = resolve("Ricki Lake met Damon Hill in the Russian Federation. Notts County won.",
                "PER:Ricki Lake", "PER:Damon Hill", "LOC:Russian Federation", "ORG:Notts County");
        assertEquals(List.of("Damon Hill", "Ricki Lake"), namesOf(all, EntityType.PERSON));
        assertEquals(List.of("Russian Federation"), namesOf(all, EntityType.PLACE));
        assertEquals(List.of("Notts County"), namesOf(all, EntityType.ORGANIZATION));
        List<ResolvedEntity> academy = resolve("She studied at the Harlow Academy.", "LOC:Harlow Academy");
        assertEquals(List.of("Harlow Academy"), namesOf(academy, EntityType.ORGANIZATION));
        List<ResolvedEntity> avenue = resolve("They lived on Collins Ave while Tampa Bay played.", "ORG:Collins Ave",
                "ORG:Tampa Bay");
        assertEquals(List.of("Collins Ave"), namesOf(avenue, EntityType.PLACE));
        assertEquals(List.of("Tampa Bay"), namesOf(avenue, EntityType.ORGANIZATION));
    }

    @Test
    void aCapitalizedCommonNounAloneIsNoOrganizationButInsideANameItStays() {
        String text = "The Supreme Court heard the appeal. The Court held that the Group owed the tax, "
                + "and the Senate agreed.";
        List<ResolvedEntity> all = resolve(text, "ORG:Supreme Court", "ORG:Court#2", "ORG:Group", "ORG:Senate");
        assertEquals(List.of("Senate", "Supreme Court"), namesOf(all, EntityType.ORGANIZATION));
        assertEquals(1, named(all, "Supreme Court").orElseThrow().mentions().size());
    }

    @Test
    void aWordCapitalizedOnlyFirstInItsSentenceOrLineAndLowerCaseElsewhereIsNoName() {
        String text = "Career\n\nOrlan Vesk began his career in Tarvik. Cognitive tests came later, "
                + "and cognitive load was measured. Hope left early; they met Hope at noon, and hope remained.";
        List<ResolvedEntity> all = resolve(text, "PER:Career", "PER:Orlan Vesk", "LOC:Tarvik", "ORG:Cognitive",
                "PER:Hope");
        assertEquals(List.of("Hope", "Orlan Vesk"), namesOf(all, EntityType.PERSON));
        assertEquals(List.of(), namesOf(all, EntityType.ORGANIZATION));
        assertEquals(List.of("Tarvik"), namesOf(all, EntityType.PLACE));
    }

    @Test
    void aDictionaryWordFirstInItsLineIsNoNameUnlessTheTaggerIsSureOrANumberFollows() {
        // "Biography" and "According" never appear in lower case here: the dictionary decides.
        String text = "Biography\n\nOrlan Vesk was born in Tarvik. According to Vesk, it rained.\n"
                + "Surrey won the toss.\nBury 2 Tarvik Rovers 1\n";
        List<ResolvedEntity> all = resolve(text, "ORG:Biography@0.57", "PER:Orlan Vesk", "LOC:Tarvik#1",
                "ORG:According@0.57", "PER:Vesk#2", "ORG:Surrey@0.99", "ORG:Bury@0.6", "ORG:Tarvik Rovers");
        assertEquals(List.of("Bury", "Surrey", "Tarvik Rovers"), namesOf(all, EntityType.ORGANIZATION));
        assertEquals(List.of("Orlan Vesk"), namesOf(all, EntityType.PERSON));
        assertTrue(Lexicon.get().isLowerCaseWord("Biography"));
        assertTrue(Lexicon.get().isLowerCaseWord("surrey"));
        assertFalse(Lexicon.get().isLowerCaseWord("Grant"), "a name as well as a word");
    }

    @Test
    void aNameWithoutTheMiddleNamesIsTheSamePerson() {
        String text = "Corvin Aldous Marrek (born 1950) is a painter. Marrek grew up in Tarvik. "
                + "Corvin Marrek later taught there, and Aldous Marrek was his pen name.";
        List<ResolvedEntity> all = resolve(text, "PER:Corvin Aldous Marrek", "PER:Marrek#2", "LOC:Tarvik",
                "PER:Corvin Marrek", "PER:Aldous Marrek#2");
        assertEquals(List.of("Corvin Aldous Marrek"), namesOf(all, EntityType.PERSON));
        assertEquals(4, named(all, "Corvin Aldous Marrek").orElseThrow().mentions().size());
        assertTrue(Clusters.namesTheSamePerson(List.of("barack", "hussein", "obama"), List.of("barack", "obama")));
        assertFalse(Clusters.namesTheSamePerson(List.of("barack", "hussein", "obama"), List.of("hussein", "barack")));
        assertFalse(Clusters.namesTheSamePerson(List.of("george", "w.", "bush"), List.of("laura", "bush")));
    }

    @Test
    void aPronounsLettersInCapitalsInAMixedCaseSentenceNameTheCountry() {
        String text = "Orlan Vesk returned to the US in 1990. Tell us more, he said.\nWE WILL WIN";
        List<ResolvedEntity> all = resolve(text, "PER:Orlan Vesk", "LOC:US", "LOC:WE");
        assertEquals(List.of("US"), namesOf(all, EntityType.PLACE));
    }

    @Test
    void aWorkALanguageOrAStormNamedByItsNounIsNoEntity() {
        String text = "Marlow wrote the novel Greyhaven in 1990. Greyhaven sold well. Villagers speak the "
                + "Tarvish language, as in Hong Kong people speak Cantonese. Cyclone Orla hit Kerala.";
        List<ResolvedEntity> all = resolve(text, "PER:Marlow", "PER:Greyhaven", "PER:Tarvish", "LOC:Hong Kong",
                "PER:Cyclone Orla", "LOC:Kerala");
        assertEquals(List.of("Marlow"), namesOf(all, EntityType.PERSON));
        assertEquals(List.of("Hong Kong", "Kerala"), namesOf(all, EntityType.PLACE));
        assertEquals(List.of(), namesOf(all, EntityType.ORGANIZATION));
    }

    @Test
    void whatTheTextSaysANameIsDecidesAPersonsType() {
        String text = "Tarnholm is a small village in the county. The village of Vessby lies near it, "
                + "as does Oskel, England, and the bus runs to Tarnholm and Vessby. Korvek is a Danish chain of "
                + "hypermarkets. Ferrari-powered Brandl won, and Malvo Chief Executive Jan Ode spoke.";
        List<ResolvedEntity> all = resolve(text, "PER:Tarnholm", "PER:Vessby", "PER:Oskel", "LOC:England",
                "PER:Korvek", "PER:Brandl", "PER:Malvo", "PER:Jan Ode");
        assertEquals(List.of("Jan Ode"), namesOf(all, EntityType.PERSON));
        assertEquals(List.of("England", "Oskel", "Tarnholm", "Vessby"), namesOf(all, EntityType.PLACE));
        assertEquals(2, named(all, "Tarnholm").orElseThrow().mentions().size());
        assertEquals(List.of("Brandl", "Korvek", "Malvo"), namesOf(all, EntityType.ORGANIZATION));
    }

    @Test
    void aDefinitionWhereTheTaggerSawNoNameStillDecidesTheType() {
        String text = "Tarvik\n\nTarvik (pronounced: Tar-vik) is Norway's third biggest city. Buses leave Tarvik "
                + "hourly, and Tarvik has a port.";
        List<ResolvedEntity> all = resolve(text, "PER:Tarvik#3", "PER:Tarvik#4");
        assertEquals(List.of(), namesOf(all, EntityType.PERSON));
        assertEquals(List.of("Tarvik"), namesOf(all, EntityType.PLACE));
    }

    @Test
    void anUntaggedNameTheTextDefinesIsAPlaceOrAnOrganization() {
        String text = "Tarnby is a village in the north. It is a quiet place. Karvo Records is a French dance music "
                + "record label. Buses stop in Tarnby.";
        List<ResolvedEntity> all = resolve(text);
        assertEquals(List.of("Tarnby"), namesOf(all, EntityType.PLACE));
        assertEquals(2, named(all, "Tarnby").orElseThrow().mentions().size());
        assertEquals(List.of("Karvo Records"), namesOf(all, EntityType.ORGANIZATION));
        assertEquals(List.of(), namesOf(all, EntityType.PERSON));
    }

    @Test
    void aPlaceTheTextDefinesAsAnOrganizationIsOneButAGroupOfIslandsIsNone() {
        String text = "Grey Harbour is an Italian fashion brand. Grey Harbour sold jackets. Vavelo is a group of "
                + "islands.";
        List<ResolvedEntity> all = resolve(text, "LOC:Grey Harbour", "LOC:Vavelo");
        assertEquals(List.of("Grey Harbour"), namesOf(all, EntityType.ORGANIZATION));
        assertEquals(2, named(all, "Grey Harbour").orElseThrow().mentions().size());
        assertEquals(List.of("Vavelo"), namesOf(all, EntityType.PLACE));
    }

    @Test
    void aDefinitionDoesNotRetypeAPersonWithAFirstNameOrATitleOrANounThatIsNoHead() {
        String text = "Mary Tarn is a village doctor. Mr Holm is a former company director. Holm, a trader, "
                + "left. Ames, Texas Republican, voted.";
        List<ResolvedEntity> all = resolve(text, "PER:Mary Tarn", "PER:Holm", "PER:Ames", "LOC:Texas");
        assertEquals(List.of("Ames", "Holm", "Mary Tarn"), namesOf(all, EntityType.PERSON));
    }

    @Test
    void aCountryWithAndAStoreWithAPossessiveAreOneNameAndAWebAddressIsNone() {
        String text = "Troops left Bosnia and Herzegovina for Washington, D.C. on Monday. The mall opened with "
                + "Harlan's, Sears and Penney as anchors; Harlan's was the largest.";
        List<ResolvedEntity> all = resolve(text, "LOC:Bosnia", "LOC:Herzegovina", "LOC:Washington", "LOC:D.C.",
                "PER:Harlan", "ORG:Sears", "ORG:Penney");
        assertEquals(List.of("Bosnia and Herzegovina", "Washington, D.C."), namesOf(all, EntityType.PLACE));
        assertEquals(List.of("Harlan's", "Penney", "Sears"), namesOf(all, EntityType.ORGANIZATION));
        assertEquals(2, named(all, "Harlan's").orElseThrow().mentions().size());
        assertEquals(List.of(), namesOf(all, EntityType.PERSON));
        String header = "Daniel Smith www.dur.ac.uk/smith Durham University, United Kingdom";
        List<ResolvedEntity> authors = resolve(header, "ORG:Daniel Smith www.dur.ac.uk/smith Durham University",
                "LOC:United Kingdom");
        assertEquals(List.of("Daniel Smith"), namesOf(authors, EntityType.PERSON));
        assertEquals(List.of("Durham University"), namesOf(authors, EntityType.ORGANIZATION));
        assertTrue(CompoundNames.isAddress("daniel.smith2@durham.ac.uk"));
        assertTrue(!CompoundNames.isAddress("AT&T") && !CompoundNames.isAddress("@Reuters"));
    }

    @Test
    void aBylinesNameEndsBeforeTheDatelinesDate() {
        List<ResolvedEntity> all = resolve("Shares rose By Nakul Iyer Dec 7 (Reuters) - Stocks rose.",
                "PER:Nakul Iyer Dec", "ORG:Reuters");
        assertEquals(List.of("Nakul Iyer"), namesOf(all, EntityType.PERSON));
    }

    @Test
    void aPersonsNameInCapitalsThatTheTaggerCutIsOneName() {
        String text = "HEALTH DIRECTOR: ROCHELLE WALENSKY\n\nWalensky runs a hospital. INTELLIGENCE: AVRIL HAINES\n\n"
                + "Avril Haines was deputy adviser. SPORT: DAVIS CUP\n\nThe Davis Cup final starts.";
        List<ResolvedEntity> all = resolve(text, "ORG:ROCHELLE", "PER:WALENSKY", "PER:Walensky", "PER:AVRIL",
                "PER:Avril Haines", "ORG:DAVIS");
        assertEquals(List.of("AVRIL HAINES", "ROCHELLE WALENSKY"),
                all.stream().filter(e -> e.type() == NameLabel.PER).flatMap(e -> mentionTexts(text, e).stream())
                        .filter(Names::isAllCaps).sorted().toList());
    }

    @Test
    void aCityOfAPlaceIsOnePlace() {
        List<ResolvedEntity> all = resolve("The City of Tarnby grew; the city of Oskel did not.", "LOC:Tarnby",
                "LOC:Oskel");
        assertEquals(List.of("City of Tarnby", "Oskel"), namesOf(all, EntityType.PLACE));
    }

    @Test
    void aPersonsElidedPossessiveStaysAPerson() {
        String text = "Goldsmith took the photograph. Our test, unlike Goldsmith's, is simple.";
        List<ResolvedEntity> all = resolve(text, "PER:Goldsmith");
        assertEquals(List.of("Goldsmith"), namesOf(all, EntityType.PERSON));
    }

    @Test
    void anAcronymOfCommonWordsIsATermButAnOrganizationsAcronymStays() {
        String text = "Satellites measure sea surface salinity (SSS) from space. SSS maps help the European "
                + "Space Agency (ESA). ESA said so.";
        List<ResolvedEntity> all = resolve(text, "ORG:SSS", "ORG:European Space Agency", "ORG:ESA");
        assertEquals(List.of("European Space Agency"), namesOf(all, EntityType.ORGANIZATION));
    }

    @Test
    void theAuthorsOfACitationArePeopleButMonthsPlacesAndWorksAreNot() {
        String text = "Training helps (Tarrow & Vell, 2010; Osk, Lund, and Marrow, 2007). Ambler et al. "
                + "disagreed (Pyke 2014). The army left (June 1944) for Kenya (Kenya, 2001), as in the film "
                + "(Black Pepper, 1999).";
        List<ResolvedEntity> all = resolve(text, "ORG:Tarrow & Vell", "LOC:Kenya");
        assertEquals(List.of("Ambler", "Lund", "Marrow", "Osk", "Pyke", "Tarrow", "Vell"),
                namesOf(all, EntityType.PERSON));
        assertEquals(List.of("Kenya"), namesOf(all, EntityType.PLACE));
        assertEquals(List.of(), namesOf(all, EntityType.ORGANIZATION));
    }

    @Test
    void aNicknameOfThreeWordsOrANameTheTaggerHalfMissedStillMakesOnePerson() {
        String text = "Roberto \"Hands of Stone\" Duran fought Pavle \"Maden\" Boskovic, and Team \"Blue\" Corp won.";
        List<ResolvedEntity> all = resolve(text, "PER:Roberto", "PER:Duran", "PER:Boskovic", "ORG:Team");
        assertEquals(List.of("Pavle \"Maden\" Boskovic", "Roberto \"Hands of Stone\" Duran"),
                namesOf(all, EntityType.PERSON));
    }

    @Test
    void aCountryRightBeforeAStateBodyIsPartOfItsName() {
        List<ResolvedEntity> all = resolve("The U.S. Senate voted, and the U.S. sent aid.", "LOC:U.S.", "ORG:Senate");
        assertEquals(List.of("U.S. Senate"), namesOf(all, EntityType.ORGANIZATION));
        assertEquals(List.of("U.S."), namesOf(all, EntityType.PLACE));
    }

    @Test
    void aGroupWithAPersonLikeNameAndItsAcronymAreOneOrganization() {
        String text = "Abu Mohammed al-Jawlani, leader of the militant group Hayat Tahrir al-Sham (HTS), spoke. "
                + "HTS fighters took the city. HTS said so.";
        List<ResolvedEntity> all = resolve(text, "PER:Abu Mohammed al-Jawlani", "PER:Hayat Tahrir al-Sham", "PER:HTS");
        assertEquals(List.of("Abu Mohammed al-Jawlani"), namesOf(all, EntityType.PERSON));
        assertEquals(List.of("Hayat Tahrir al-Sham"), namesOf(all, EntityType.ORGANIZATION));
    }

    @Test
    void eventsPrizesAndLawsAreNotEntities() {
        String text = "The regiment fought at the Battle of Gettysburg. He won the Rimington Trophy. "
                + "MPs voted on the Internal Market Bill in Gettysburg, Pennsylvania.";
        List<ResolvedEntity> all = resolve(text, "LOC:Gettysburg", "ORG:Rimington Trophy", "ORG:Internal Market Bill",
                "LOC:Pennsylvania");
        assertEquals(List.of("Gettysburg", "Pennsylvania"), namesOf(all, EntityType.PLACE));
        assertEquals(1, named(all, "Gettysburg").orElseThrow().mentions().size());
        assertTrue(namesOf(all, EntityType.ORGANIZATION).isEmpty(), all.toString());
    }

    @Test
    void aTitleCaseHeadlineKeepsOnlyTheNamesTheArticleUses() {
        String text = "Veto Power Impedes Peace Efforts\n"
                + "Russia used its veto power again on Tuesday, and peace efforts stalled at the United Nations. "
                + "Diplomats said the efforts would go on.";
        List<ResolvedEntity> all = resolve(text, "ORG:Veto Power Impedes Peace Efforts", "ORG:United Nations",
                "LOC:Russia");
        assertEquals(List.of("United Nations"), namesOf(all, EntityType.ORGANIZATION));
        String trump = "Trump Vows To Fight On\nDonald Trump said on Monday he would fight on.";
        List<ResolvedEntity> kept = resolve(trump, "PER:Trump#1", "PER:Donald Trump");
        assertEquals(2, named(kept, "Donald Trump").orElseThrow().mentions().size());
    }

    @Test
    void aLineOfNamesInTitleCaseIsNoHeadline() {
        String text = "Manchester United 2 Arsenal 1\nThe result left United top of the table.";
        List<ResolvedEntity> all = resolve(text, "ORG:Manchester United", "ORG:Arsenal");
        assertEquals(List.of("Arsenal", "Manchester United"), namesOf(all, EntityType.ORGANIZATION));
    }

    @Test
    void aMiscNameWithAPersonsTitleOrThatSpeaksIsAPerson() {
        String text = "Secretary-General Ban Ki-moon visited Kenya. Lee Jae-myung said he agreed. The Social Democrats "
                + "said no, and the former Soviet Union Games were cancelled.";
        List<ResolvedEntity> all = resolve(text, "MISC:Ban Ki-moon", "MISC:Lee Jae-myung", "MISC:Social Democrats",
                "MISC:Soviet Union Games");
        assertEquals(List.of("Ban Ki-moon", "Lee Jae-myung"), namesOf(all, EntityType.PERSON));
        assertEquals(2, all.size(), all.toString());
    }

    @Test
    void todaysNonEntityNamesAreNotPeople() {
        String text = "Brexit and Covid-19 dominated the talks; Obamacare was not mentioned. He moved up to "
                + "Formula One.";
        List<ResolvedEntity> all = resolve(text, "PER:Brexit", "ORG:Covid-19", "PER:Obamacare", "ORG:Formula One");
        assertTrue(all.isEmpty(), all.toString());
    }

    @Test
    void aNicknameInQuotationMarksDoesNotCutTheNameInTwo() {
        String text = "Estonia’s Robin “ropz” Kool had 67 kills.";
        List<ResolvedEntity> all = resolve(text, "LOC:Estonia", "PER:Robin", "PER:Kool");
        assertEquals(List.of("Robin “ropz” Kool"), namesOf(all, EntityType.PERSON));
    }

    @Test
    void anAcronymNobodyDefinedJoinsTheNameOfItsInitials() {
        String text = "The United Nations said on Monday it would send aid. The U.N. has 193 members.";
        List<ResolvedEntity> all = resolve(text, "ORG:United Nations", "ORG:U.N.");
        assertEquals(List.of("United Nations"), namesOf(all, EntityType.ORGANIZATION));
        assertEquals(List.of("U.N.", "United Nations"), named(all, "United Nations").orElseThrow().aliases());
    }

    @Test
    void aCapitalizedFunctionWordCountsAmongANamesInitials() {
        // "New" is in the function-word list; left out, "New York Times" had the initials of "YouTube".
        String text = "Her sketch was reviewed by The New York Times. She posts on YouTube twice a week, "
                + "and YouTube pays her well.";
        List<ResolvedEntity> all = resolve(text, "ORG:New York Times", "ORG:YouTube");
        assertEquals(List.of("New York Times", "YouTube"), namesOf(all, EntityType.ORGANIZATION));
        // A function word in lower case is still left out: "BoE" is the Bank of England.
        String other = "The Bank of England held rates on Thursday. The BoE meets again in March.";
        List<ResolvedEntity> bank = resolve(other, "ORG:Bank of England", "ORG:BoE");
        assertEquals(List.of("Bank of England"), namesOf(bank, EntityType.ORGANIZATION));
    }

    @Test
    void aPersonListedAmongPlacesIsAPlace() {
        String text = "The bus stops in Denver, Boulder, Loveland and Greeley before it turns north.";
        List<ResolvedEntity> all = resolve(text, "LOC:Denver", "LOC:Boulder", "PER:Loveland", "LOC:Greeley");
        assertEquals(List.of("Boulder", "Denver", "Greeley", "Loveland"), namesOf(all, EntityType.PLACE));
        // Named outside the list too, the person stays; so do the people of a list of people.
        String named = "Loveland spoke first. Visitors came from Denver, Boulder, Loveland and Greeley.";
        assertEquals(List.of("Loveland"), namesOf(resolve(named, "LOC:Denver", "LOC:Boulder", "PER:Loveland",
                "LOC:Greeley"), EntityType.PERSON));
        String people = "Smith, Jones, Brown and Paris were all invited.";
        assertEquals(List.of("Brown", "Jones", "Smith"), namesOf(resolve(people, "PER:Smith", "PER:Jones", "PER:Brown",
                "LOC:Paris"), EntityType.PERSON));
    }

    @Test
    void aNameTaggedWithoutItsFirstOrLastWordGetsTheWholeNameTheTextUsesElsewhere() {
        String text = "Fort Carson\n\nSoldiers at Fort Carson trained all week. Mr Carson was not there.";
        List<ResolvedEntity> all = resolve(text, "PER:Carson#1", "LOC:Fort Carson#2", "PER:Carson#3");
        assertEquals(List.of("Fort Carson", "Fort Carson"), mentionTexts(text, named(all, "Fort Carson").orElseThrow()));
        // "Mr Carson" is no "Fort Carson": the person stays.
        assertEquals(List.of("Carson"), namesOf(all, EntityType.PERSON));
        String club = "Perth Glory won again. Fans of the Perth Glory sang.";
        List<ResolvedEntity> glory = resolve(club, "ORG:Perth Glory#1", "LOC:Perth#2");
        assertEquals(List.of("Perth Glory", "Perth Glory"), mentionTexts(club, named(glory, "Perth Glory").orElseThrow()));
        assertEquals(List.of(), namesOf(glory, EntityType.PLACE));
    }

    @Test
    void aStreetWithAnAbbreviatedLastWordIsTheSameStreet() {
        String text = "The bakery on Elm Street opens at six. Parking on Elm St. is free after noon.";
        List<ResolvedEntity> all = resolve(text, "LOC:Elm Street", "LOC:Elm St.");
        assertEquals(List.of("Elm Street"), namesOf(all, EntityType.PLACE));
    }

    @Test
    void placeKindsFromTheNextSentenceAndFromUpstate() {
        String text = "Rebels took Hama on Thursday. The town is significant for its history. "
                + "She grew up in upstate New York and in Greenland.";
        List<ResolvedEntity> all = resolve(text, "LOC:Hama", "LOC:New York", "LOC:Greenland");
        assertEquals(PlaceKind.CITY, named(all, "Hama").orElseThrow().kind());
        assertEquals(PlaceKind.STATE_OR_PROVINCE, named(all, "New York").orElseThrow().kind());
        assertEquals(PlaceKind.COUNTRY, named(all, "Greenland").orElseThrow().kind());
    }

    @Test
    void aBylineOfAnAgencyOrAfterATitleIsNoPerson() {
        List<ResolvedEntity> agency = resolve("By The Associated Press\nWASHINGTON -- Officials said on Monday they would act.",
                "ORG:Associated Press");
        assertEquals(List.of("Associated Press"), namesOf(agency, EntityType.ORGANIZATION));
        assertTrue(namesOf(agency, EntityType.PERSON).isEmpty(), agency.toString());
        List<ResolvedEntity> staff = resolve("By Reuters Staff\nShares fell on Monday.", "ORG:Reuters");
        assertTrue(namesOf(staff, EntityType.PERSON).isEmpty(), staff.toString());
    }

    @Test
    void aHeadlineNameKeepsTheArticlesNameAndLosesTheHeadlineWordsGluedToIt() {
        String text = "Pence: Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp.\n"
                + "Donald Trump was mocking the Clinton camp, Mike Pence said. The camp was quiet.";
        List<ResolvedEntity> all = resolve(text, "ORG:Trump Was ‘ Mocking", "ORG:Camp#1", "PER:Donald Trump",
                "PER:Mike Pence");
        assertTrue(namesOf(all, EntityType.ORGANIZATION).isEmpty(), all.toString());
        assertTrue(named(all, "Donald Trump").isPresent(), all.toString());
    }

    @Test
    void aKnownPlaceTaggedAsAnOrganizationWithoutConvictionIsThePlace() {
        List<ResolvedEntity> born = resolve("The linguist was born in Randers in Jutland. He later moved to Copenhagen.",
                "ORG:Randers@0.58", "LOC:Jutland", "LOC:Copenhagen");
        assertEquals(List.of("Copenhagen", "Jutland", "Randers"), namesOf(born, EntityType.PLACE));
        assertTrue(namesOf(born, EntityType.ORGANIZATION).isEmpty(), born.toString());
        // Confident: the tagger's reading stands.
        List<ResolvedEntity> club = resolve("Randers signed a new striker on Monday.", "ORG:Randers@0.93");
        assertEquals(List.of("Randers"), namesOf(club, EntityType.ORGANIZATION));
    }

    @Test
    void aDocumentThatNamesTeamsAfterTownsKeepsTheTaggersOrganizations() {
        // One town confidently a team, another in a standings line: every town-named team stays a team.
        List<ResolvedEntity> sports = resolve("Leeds beat Aberdeen on Saturday. Aberdeen fell to fourth.",
                "ORG:Leeds@0.95", "ORG:Aberdeen@0.6");
        assertEquals(List.of("Aberdeen", "Leeds"), namesOf(sports, EntityType.ORGANIZATION));
        List<ResolvedEntity> table = resolve("Standings: Lotte 46 6 54 , Haitai 60 3 45 .", "ORG:Lotte@0.6", "ORG:Haitai@0.9");
        assertTrue(namesOf(table, EntityType.ORGANIZATION).contains("Lotte"), table.toString());
        // A speaker is no place.
        List<ResolvedEntity> said = resolve("Orders rose in June, Commerce said on Tuesday.", "ORG:Commerce@0.6");
        assertEquals(List.of("Commerce"), namesOf(said, EntityType.ORGANIZATION));
    }

    @Test
    void anUntaggedPhraseEndingInAStreetOrRoadHeadIsAPlace() {
        List<ResolvedEntity> guide = resolve("Main Street is the primary retail section. Walk up Telegraph Avenue "
                + "to the Cimarron Turnpike.");
        assertEquals(List.of("Cimarron Turnpike", "Main Street", "Telegraph Avenue"), namesOf(guide, EntityType.PLACE));
        // The tagger found the head alone.
        List<ResolvedEntity> wall = resolve("Traders tried to convince Wall Street that the rally would last.", "LOC:Street");
        assertEquals(List.of("Wall Street"), namesOf(wall, EntityType.PLACE));
        // A head alone, a headline in capitals and a run of heads are no names.
        List<ResolvedEntity> none = resolve("The Street was closed. ROAD CLOSURE ON HIGH STREET. Street Road was wet.");
        assertTrue(namesOf(none, EntityType.PLACE).isEmpty(), none.toString());
    }

    @Test
    void theSubjectOfADegreeIsAFieldNotAnOrganization() {
        List<ResolvedEntity> cv = resolve("She received her Ph.D. in Linguistics from the University of Michigan "
                + "and a master's in Information Technology.", "ORG:Linguistics", "ORG:University of Michigan",
                "ORG:Information Technology");
        assertEquals(List.of("University of Michigan"), namesOf(cv, EntityType.ORGANIZATION));
        List<ResolvedEntity> college = resolve("He holds a diploma of Kings College.", "ORG:Kings College");
        assertEquals(List.of("Kings College"), namesOf(college, EntityType.ORGANIZATION));
    }
}
