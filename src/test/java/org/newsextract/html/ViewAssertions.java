package org.newsextract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsextract.Entity;
import org.newsextract.Extraction;
import org.newsextract.Mention;
import org.newsextract.Quote;
import org.newsextract.ReportedSpeech;

/**
 * Checks a parsed HTML view (our own output or the DOM Chromium rendered) against its
 * extraction: the article's text is exactly the document, every mention and every quote is
 * highlighted at its offsets, and nothing from the input became markup.
 */
final class ViewAssertions {
    private ViewAssertions() {
    }

    /** Returns the view of one document, found by its data-doc attribute (or the only one). */
    static MiniDom.Element view(MiniDom.Element root, Extraction x) {
        List<MiniDom.Element> views = root.findAll(e -> e.hasClass("newsextract")
                && (x.id().isEmpty() || x.id().get().equals(e.attr("data-doc"))));
        assertEquals(1, views.size(), "one view for document " + x.id().orElse("(no id)"));
        return views.get(0);
    }

    static void assertShowsEverything(MiniDom.Element root, Extraction x) {
        MiniDom.Element view = view(root, x);
        List<MiniDom.Element> texts = view.findAll(e -> e.hasClass("ne-text"));
        assertEquals(1, texts.size(), "one article element");
        MiniDom.Element article = texts.get(0);
        assertEquals(x.text(), article.text(), "the article's text content is exactly the input text");
        for (MiniDom.Element e : article.findAll(e -> e != article)) {
            assertTrue(Set.of("mark", "span").contains(e.tag), "only highlight elements in the article, found <" + e.tag + ">");
            assertTrue(e.hasClass("ne-mention") || e.hasClass("ne-quote") || e.hasClass("ne-reported")
                    || e.hasClass("ne-said") || e.hasClass("ne-speaker") || e.hasClass("ne-cue"), "unexpected element " + e.attrs);
        }
        Map<MiniDom.Element, int[]> at = offsets(article);

        int mentionCount = 0;
        for (Entity en : x.entities()) {
            String cls = "ne-" + en.type().name().toLowerCase(java.util.Locale.ROOT);
            for (int i = 0; i < en.mentions().size(); i++) {
                Mention m = en.mentions().get(i);
                String index = String.valueOf(i);
                List<MiniDom.Element> pieces = article.findAll(e -> en.id().equals(e.attr("data-entity"))
                        && index.equals(e.attr("data-mention")));
                String what = en.id() + " mention " + i + " '" + m.text() + "'";
                assertFalse(pieces.isEmpty(), what + " is highlighted");
                assertCovers(pieces, at, m.start(), m.end(), what);
                for (MiniDom.Element p : pieces) {
                    assertEquals("mark", p.tag, what);
                    assertTrue(p.hasClass("ne-mention") && p.hasClass(cls), what + " has class " + cls + ": " + p.attrs);
                }
                mentionCount++;
            }
            List<MiniDom.Element> items = view.findAll(e -> en.id().equals(e.attr("data-entity-item")));
            assertEquals(1, items.size(), en.id() + " in the side list");
            String item = items.get(0).text();
            assertTrue(item.contains(en.name()) && item.contains(String.valueOf(en.mentions().size())),
                    "side list item for " + en + ": " + item);
        }
        long marks = article.findAll(e -> e.hasClass("ne-mention")).stream().map(e -> e.attr("data-entity") + "/"
                + e.attr("data-mention")).distinct().count();
        assertEquals(mentionCount, marks, "no highlighted mention that is not in the extraction");

        List<Quote> quotes = x.quotes();
        for (int q = 0; q < quotes.size(); q++) {
            Quote quote = quotes.get(q);
            String index = String.valueOf(q);
            String what = "quote " + q + " " + quote.text();
            List<MiniDom.Element> pieces = article.findAll(e -> e.hasClass("ne-quote") && index.equals(e.attr("data-quote")));
            assertFalse(pieces.isEmpty(), what + " is highlighted");
            assertCovers(pieces, at, quote.start(), quote.end(), what);
            List<MiniDom.Element> said = article.findAll(e -> e.hasClass("ne-said") && index.equals(e.attr("data-quote")));
            assertEquals(1, said.size(), what + " has one speaker label");
            assertEquals(quote.end(), at.get(said.get(0))[0], what + ": the label follows the quote");
            assertEquals(quote.speaker().map(s -> s.name()).orElse(null), said.get(0).attr("data-speaker-name"), what);
            assertEquals(quote.speaker().flatMap(s -> s.entityId()).orElse(null), pieces.get(0).attr("data-speaker"), what);
            if (quote.speaker().isPresent() && quote.speaker().get().mention().end() <= x.text().length()) {
                var sm = quote.speaker().get().mention();
                assertCovers(article.findAll(e -> e.hasClass("ne-speaker") && index.equals(e.attr("data-quote"))), at,
                        sm.start(), sm.end(), what + " speaker mention");
            }
            if (quote.cue().isPresent()) {
                var cue = quote.cue().get();
                assertCovers(article.findAll(e -> e.hasClass("ne-cue") && index.equals(e.attr("data-quote"))), at,
                        cue.start(), cue.end(), what + " cue");
            }
            assertEquals(1, view.findAll(e -> index.equals(e.attr("data-quote-item"))).size(), what + " in the side list");
        }
        assertEquals(quotes.size(), article.findAll(e -> e.hasClass("ne-quote")).stream().map(e -> e.attr("data-quote"))
                .distinct().count(), "no highlighted quote that is not in the extraction");

        List<ReportedSpeech> reported = x.reported();
        for (int r = 0; r < reported.size(); r++) {
            ReportedSpeech speech = reported.get(r);
            String index = String.valueOf(r);
            String what = "reported speech " + r + " " + speech.text();
            List<MiniDom.Element> pieces = article.findAll(e -> e.hasClass("ne-reported")
                    && index.equals(e.attr("data-reported")));
            assertCovers(pieces, at, speech.start(), speech.end(), what);
            assertEquals(String.format(java.util.Locale.ROOT, "%.2f", speech.confidence()),
                    pieces.get(0).attr("data-confidence"), what);
            List<MiniDom.Element> said = article.findAll(e -> e.hasClass("ne-said") && index.equals(e.attr("data-reported")));
            assertEquals(1, said.size(), what + " has one speaker label");
            assertEquals(speech.end(), at.get(said.get(0))[0], what + ": the label follows the content");
            assertEquals(speech.speaker().map(s -> s.name()).orElse(null), said.get(0).attr("data-speaker-name"), what);
            if (speech.speaker().isPresent() && speech.speaker().get().mention().end() <= x.text().length()) {
                var sm = speech.speaker().get().mention();
                assertCovers(article.findAll(e -> e.hasClass("ne-speaker") && index.equals(e.attr("data-reported"))), at,
                        sm.start(), sm.end(), what + " speaker mention");
            }
            if (speech.cue().isPresent()) {
                var cue = speech.cue().get();
                assertCovers(article.findAll(e -> e.hasClass("ne-cue") && index.equals(e.attr("data-reported"))), at,
                        cue.start(), cue.end(), what + " cue");
            }
            assertEquals(1, view.findAll(e -> index.equals(e.attr("data-reported-item"))).size(), what + " in the side list");
        }
        assertEquals(reported.size(), article.findAll(e -> e.hasClass("ne-reported")).stream()
                .map(e -> e.attr("data-reported")).distinct().count(), "no highlighted reported speech not in the extraction");
    }

    /** The pieces together cover exactly [start, end) of the article text. */
    private static void assertCovers(List<MiniDom.Element> pieces, Map<MiniDom.Element, int[]> at, int start, int end,
                                     String what) {
        assertFalse(pieces.isEmpty(), what + " is marked");
        int min = Integer.MAX_VALUE;
        int max = -1;
        int length = 0;
        for (MiniDom.Element p : pieces) {
            int[] se = at.get(p);
            min = Math.min(min, se[0]);
            max = Math.max(max, se[1]);
            length += se[1] - se[0];
        }
        assertEquals(start, min, what + ": start");
        assertEquals(end, max, what + ": end");
        assertEquals(end - start, length, what + ": pieces cover it once, without gaps");
    }

    /** Each element's [start, end) in the text content of the root. */
    static Map<MiniDom.Element, int[]> offsets(MiniDom.Element root) {
        Map<MiniDom.Element, int[]> out = new IdentityHashMap<>();
        walk(root, 0, out);
        return out;
    }

    private static int walk(MiniDom.Element e, int pos, Map<MiniDom.Element, int[]> out) {
        int start = pos;
        for (Object c : e.children) {
            if (c instanceof String s) {
                pos += s.length();
            } else {
                pos = walk((MiniDom.Element) c, pos, out);
            }
        }
        out.put(e, new int[]{start, pos});
        return pos;
    }
}
