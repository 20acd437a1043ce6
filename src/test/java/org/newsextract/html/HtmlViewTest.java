package org.newsextract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsextract.Entity;
import org.newsextract.EntityType;
import org.newsextract.Extraction;
import org.newsextract.Fixtures;
import org.newsextract.Mention;
import org.newsextract.PlaceKind;
import org.newsextract.Quote;
import org.newsextract.QuoteKind;
import org.newsextract.Speaker;
import org.newsextract.TextSpan;

/** The HTML view on hand-built extractions (quotes included) and on real ones. */
class HtmlViewTest {
    static final String INJECTED = "Angela Merkel said “Paris & <b>Berlin</b> agree,” adding that the EU “will act”"
            + " <script>alert('x')</script>.\nA spokesman told reporters: “No comment &amp; no <i>markup</i>.”";

    private static Mention mention(String text, String word, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(word, at + 1);
        }
        return new Mention(at, at + word.length(), word, 0.9);
    }

    private static TextSpan span(String text, String word) {
        int at = text.indexOf(word);
        return new TextSpan(at, at + word.length(), word);
    }

    private static Quote quote(String text, String quoted, QuoteKind kind, Speaker speaker, TextSpan cue) {
        int at = text.indexOf(quoted);
        return new Quote(at, at + quoted.length(), quoted, kind, Optional.ofNullable(speaker), Optional.ofNullable(cue));
    }

    /** Markup and ampersands in the text, three quotes: attributed to a person, to no one, to "a spokesman". */
    static Extraction handBuilt() {
        String t = INJECTED;
        Entity merkel = new Entity("p1", EntityType.PERSON, "Angela Merkel", List.of("Angela Merkel"),
                List.of(mention(t, "Angela Merkel", 0)), null);
        Entity paris = new Entity("l1", EntityType.PLACE, "Paris", List.of("Paris"), List.of(mention(t, "Paris", 0)),
                PlaceKind.CITY);
        Entity berlin = new Entity("l2", EntityType.PLACE, "Berlin", List.of("Berlin"), List.of(mention(t, "Berlin", 0)),
                PlaceKind.CITY);
        Entity eu = new Entity("o1", EntityType.ORGANIZATION, "EU <Union> & Co", List.of("EU", "EU <Union> & Co"),
                List.of(mention(t, "EU", 0)), null);
        Speaker angela = new Speaker(span(t, "Angela Merkel"), Optional.of("p1"), "Angela Merkel");
        Speaker spokesman = new Speaker(span(t, "A spokesman"), Optional.empty(), "a \"spokesman\" <unnamed>");
        List<Quote> quotes = List.of(
                quote(t, "“Paris & <b>Berlin</b> agree,”", QuoteKind.DIRECT, angela, span(t, "said")),
                quote(t, "“will act”", QuoteKind.PARTIAL, null, null),
                quote(t, "“No comment &amp; no <i>markup</i>.”", QuoteKind.DIRECT, spokesman, span(t, "told")));
        return new Extraction("doc <1> & \"2\"", t, List.of(), List.of(), List.of(merkel, paris, berlin, eu), quotes);
    }

    @Test
    void showsEveryMentionAndQuoteOfAHandBuiltExtraction() {
        Extraction x = handBuilt();
        String page = x.toHtml();
        ViewAssertions.assertShowsEverything(MiniDom.parse(page), x);
        MiniDom.Element root = MiniDom.parse(page);
        assertEquals("Angela Merkel", root.first(e -> e.hasClass("ne-said") && "0".equals(e.attr("data-quote")))
                .attr("data-speaker-name"));
        assertEquals("a \"spokesman\" <unnamed>", root.first(e -> e.hasClass("ne-said") && "2".equals(e.attr("data-quote")))
                .attr("data-speaker-name"), "names are escaped in attributes and come back intact");
        assertEquals("doc <1> & \"2\"", root.first(e -> e.tag.equals("title")).text());
        assertTrue(root.first(e -> "o1".equals(e.attr("data-entity-item"))).text().contains("EU <Union> & Co"));
        assertTrue(root.first(e -> "2".equals(e.attr("data-quote-item"))).text()
                .contains("“No comment &amp; no <i>markup</i>.”"), "the quote list shows the quote's text as text");
    }

    @Test
    void markupInTheInputIsEscapedNeverEmitted() {
        String page = handBuilt().toHtml();
        assertFalse(page.contains("<script"), "no script element, and none from the input");
        assertFalse(page.contains("<b>") || page.contains("<i>"), page);
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), page);
        assertTrue(page.contains("Paris</mark> &amp; &lt;b&gt;"), page);
        assertTrue(page.contains("&amp;amp;"), "an entity reference in the input is shown as typed");
        MiniDom.Element root = MiniDom.parse(page);
        assertTrue(root.findAll(e -> e.tag.equals("script") || e.tag.equals("b") || e.tag.equals("i")).isEmpty());
    }

    @Test
    void isSelfContained() {
        String page = handBuilt().toHtml();
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<meta charset=\"utf-8\">"));
        for (String network : List.of("<script", "<link", "<img", "@import", "url(", "src=", "href=")) {
            assertFalse(page.contains(network), "nothing loaded from elsewhere: " + network);
        }
        MiniDom.Element root = MiniDom.parse(page);
        for (String cls : List.of("ne-person", "ne-place", "ne-organization", "ne-quote")) {
            assertEquals(1, root.findAll(e -> e.hasClass("ne-key") && e.hasClass(cls)).size(), "legend entry " + cls);
        }
        String css = (String) root.first(e -> e.tag.equals("style")).children.get(0);
        for (String rule : css.strip().split("\n")) {
            assertTrue(rule.startsWith(".newsextract"), "every CSS rule is scoped, so a notebook keeps its style: " + rule);
        }
    }

    @Test
    void aFragmentCarriesItsOwnStyleAndNoPageElements() {
        String fragment = handBuilt().toHtmlFragment();
        assertTrue(fragment.startsWith("<style>"));
        assertFalse(fragment.contains("<html") || fragment.contains("<body") || fragment.contains("<title"));
        ViewAssertions.assertShowsEverything(MiniDom.parse(fragment), handBuilt());
    }

    @Test
    void spansThatCrossEachOtherAreSplitIntoWellFormedPieces() {
        String t = "He said “we stay in New” York today.";
        int york = t.indexOf("New");
        Entity ny = new Entity("l1", EntityType.PLACE, "New York", List.of("New York", "New” York"),
                List.of(new Mention(york, york + 9, "New” York", 0.5)), PlaceKind.CITY);
        Quote q = quote(t, "“we stay in New”", QuoteKind.PARTIAL,
                new Speaker(span(t, "He"), Optional.empty(), "He"), span(t, "said"));
        Extraction x = new Extraction("cross", t, List.of(), List.of(), List.of(ny), List.of(q));
        String page = x.toHtml();
        MiniDom.Element root = MiniDom.parse(page); // throws if not well-formed
        ViewAssertions.assertShowsEverything(root, x);
        assertEquals(2, root.findAll(e -> "l1".equals(e.attr("data-entity"))).size(), "the mention is split at the quote's end");
    }

    @Test
    void emptyAndIdlessExtractionsRender() {
        Extraction empty = new Extraction(null, "", List.of(), List.of(), List.of(), List.of());
        MiniDom.Element root = MiniDom.parse(empty.toHtml());
        ViewAssertions.assertShowsEverything(root, empty);
        assertTrue(root.first(e -> e.hasClass("ne-head")).text().contains("0 people · 0 places · 0 organizations · 0 quotes"));
    }

    @Test
    void aRealExtractionWithMarkupInTheInputShowsItAsText() {
        String text = "Angela Merkel met <script>alert(1)</script> officials & <b>Emmanuel Macron</b> in Paris.\n"
                + "Reuters & AP reported the talks.";
        Extraction x = Fixtures.extractor().extract("injected", text);
        assertFalse(x.entities().isEmpty(), x.toString());
        String page = x.toHtml();
        assertFalse(page.contains("<script>") || page.contains("<b>"));
        ViewAssertions.assertShowsEverything(MiniDom.parse(page), x);
    }

    @Test
    void theSeedShowsAllItsEntitiesAndQuotes() {
        Extraction x = Fixtures.extractor().extract("assad-flees-damascus", Fixtures.seed());
        MiniDom.Element root = MiniDom.parse(x.toHtml());
        ViewAssertions.assertShowsEverything(root, x);
        assertTrue(root.first(e -> "p1".equals(e.attr("data-entity-item"))).text().contains("Bashar al-Assad"));
        assertFalse(x.reported().isEmpty(), "the seed has reported speech");
        assertTrue(root.first(e -> e.hasClass("ne-head")).text().contains(" reported speech"),
                root.first(e -> e.hasClass("ne-head")).text());
        assertTrue(root.findAll(e -> e.attr("data-reported-item") != null).stream()
                .anyMatch(e -> e.text().startsWith("Russian Foreign Ministry confirmed")), "the side list names speaker and cue");
    }
}
