package org.newsextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article: the result the project was specified from. */
class SeedTest {
    private static Extraction x;

    @BeforeAll
    static void extract() {
        x = Fixtures.extractor().extract("assad-flees-damascus", Fixtures.seed());
    }

    private static Set<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).collect(Collectors.toSet());
    }

    @Test
    void peopleAreExactlyTheThreeNamedPeople() {
        assertEquals(Set.of("Bashar al-Assad", "Abu Mohammed al-Jawlani", "Hafez al-Assad"), names(x.people()));
    }

    @Test
    void bareAssadJoinsBasharNotHafez() {
        Entity bashar = x.people().stream().filter(e -> e.name().equals("Bashar al-Assad")).findFirst().orElseThrow();
        Entity hafez = x.people().stream().filter(e -> e.name().equals("Hafez al-Assad")).findFirst().orElseThrow();
        assertTrue(bashar.aliases().contains("Assad"));
        assertTrue(bashar.mentions().stream().filter(m -> m.text().equals("Assad")).count() >= 5);
        assertEquals(List.of("Hafez al-Assad"), hafez.aliases());
    }

    @Test
    void placesIncludeTheCitiesAndCountries() {
        assertTrue(names(x.places()).containsAll(
                Set.of("Damascus", "Hama", "Homs", "Aleppo", "Syria", "Iran", "Russia", "North Korea")), names(x.places()).toString());
        Entity homs = x.places().stream().filter(e -> e.name().equals("Homs")).findFirst().orElseThrow();
        assertEquals(PlaceKind.CITY, homs.placeKind().orElseThrow(), "'the strategic city of Homs'");
        Entity hama = x.places().stream().filter(e -> e.name().equals("Hama")).findFirst().orElseThrow();
        assertEquals(PlaceKind.CITY, hama.placeKind().orElseThrow(), "'... Hama ... The town is significant'");
        Entity syria = x.places().stream().filter(e -> e.name().equals("Syria")).findFirst().orElseThrow();
        assertEquals(PlaceKind.COUNTRY, syria.placeKind().orElseThrow());
    }

    @Test
    void organizationsIncludeHtsWithItsAcronymTheMinistryAndAbcNews() {
        assertTrue(names(x.organizations()).containsAll(Set.of("Hayat Tahrir al-Sham", "Russian Foreign Ministry", "ABC News")),
                names(x.organizations()).toString());
        Entity hts = x.organizations().stream().filter(e -> e.name().equals("Hayat Tahrir al-Sham")).findFirst().orElseThrow();
        assertTrue(hts.aliases().contains("HTS"));
        assertEquals(3, hts.mentions().size(), "the definition and two later 'HTS'");
    }

    @Test
    void noPronounTitleOrNationalityIsAnEntity() {
        Set<String> banned = Set.of("he", "his", "President", "Syrian", "Russian", "Iranian", "Palestinians", "Islamist");
        for (Entity e : x.entities()) {
            for (String alias : e.aliases()) {
                assertFalse(banned.contains(alias), e + " has alias " + alias);
            }
        }
    }

    @Test
    void mentionsAreViewsOverTheText() {
        for (Entity e : x.entities()) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), x.text().substring(m.start(), m.end()));
            }
        }
        for (Token t : x.tokens()) {
            assertEquals(t.text(), x.text().substring(t.start(), t.end()));
        }
        assertEquals(19, x.sentences().size(), "18 sentences in 10 paragraphs and the credit line");
    }

    @Test
    void idsAreNumberedPerTypeInOrderOfFirstMention() {
        assertEquals("p1", x.people().get(0).id());
        assertEquals("Bashar al-Assad", x.people().get(0).name());
        assertEquals("l1", x.places().get(0).id());
        assertEquals("Damascus", x.places().get(0).name());
    }
}
