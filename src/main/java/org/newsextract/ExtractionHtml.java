package org.newsextract;

import static org.newsextract.html.Html.escape;
import static org.newsextract.html.Html.escapeInto;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import org.newsextract.html.Html;

/**
 * Renders an {@link Extraction} as HTML, inside the frame of {@link Html} (style sheet, page
 * start and end, escaping): the article with every entity mention highlighted by type, every
 * quote marked with its speaker's name, and a side list of the entities (with mention counts)
 * and quotes. Self-contained: inline CSS scoped to {@code .newsextract}, no scripts, no fonts or
 * images from the network, so a page opens offline and a fragment can sit in a notebook's output
 * cell without restyling the notebook.
 *
 * <p>Every piece of document text (the article, names, the id) is HTML-escaped; the article's
 * text content in the rendered DOM is exactly {@link Extraction#text()}: speaker labels are drawn
 * by CSS from attributes, not inserted as text. The stable hooks for tests and user styles are
 * listed at {@link Extraction#toHtml()}. A highlighted span that crosses another's boundary is
 * split into several elements with the same attributes, so the page is always well-formed.
 */
final class ExtractionHtml {
    private ExtractionHtml() {
    }

    /** Returns a complete HTML5 page for one extraction, starting with {@code <!DOCTYPE html>}. */
    static String page(Extraction x) {
        StringBuilder out = new StringBuilder(x.text().length() * 2 + 8192);
        Html.appendPageStart(out, title(x));
        appendDocument(out, x);
        Html.appendPageEnd(out);
        return out.toString();
    }

    /**
     * Returns the view as an HTML fragment: {@link Html#STYLE_ELEMENT} followed by one
     * {@code <div class="newsextract">}, for embedding in another page or a notebook output cell.
     */
    static String fragment(Extraction x) {
        StringBuilder out = new StringBuilder(x.text().length() * 2 + 8192);
        out.append(Html.STYLE_ELEMENT);
        appendDocument(out, x);
        return out.toString();
    }

    /** Appends one document's view, a {@code <div class="newsextract">}, without a style sheet. */
    private static void appendDocument(StringBuilder b, Extraction x) {
        String id = x.id().orElse(null);
        b.append("<div class=\"newsextract\"").append(id == null ? "" : " data-doc=\"" + escape(id) + "\"").append(">\n");
        b.append("<div class=\"ne-head\"><h2>").append(escape(title(x))).append("</h2><p>")
                .append(count(x.people().size(), "person", "people")).append(" · ")
                .append(count(x.places().size(), "place", "places")).append(" · ")
                .append(count(x.organizations().size(), "organization", "organizations")).append(" · ")
                .append(count(x.quotes().size(), "quote", "quotes"))
                .append(x.reportedSpeechExtracted() ? " · " + count(x.reported().size(), "reported speech",
                        "reported speeches") : "").append("</p></div>\n");
        b.append("<div class=\"ne-legend\"><span class=\"ne-key ne-person\">person</span>"
                + "<span class=\"ne-key ne-place\">place</span><span class=\"ne-key ne-organization\">organization</span>"
                + "<span class=\"ne-key ne-quote\">quote</span>"
                + (x.reportedSpeechExtracted() ? "<span class=\"ne-key ne-reported\">reported speech</span>" : "")
                + "<span class=\"ne-key\"><span class=\"ne-speaker\">speaker"
                + "</span></span><span class=\"ne-key\"><span class=\"ne-cue\">cue</span></span></div>\n");
        b.append("<div class=\"ne-body\">\n<div class=\"ne-text\">");
        appendArticle(b, x);
        b.append("</div>\n<div class=\"ne-side\">\n");
        appendSide(b, x);
        b.append("</div>\n</div>\n</div>\n");
    }

    // ---- the article -------------------------------------------------------------------------

    /** A highlighted stretch of the article; rank orders spans with the same extent (outer first). */
    private record Span(int start, int end, int rank, String open, String close, String after) {
    }

    private static final int REPORTED = -1;
    private static final int QUOTE = 0;
    private static final int SPEAKER = 1;
    private static final int CUE = 2;
    private static final int MENTION = 3;

    private static void appendArticle(StringBuilder b, Extraction x) {
        String text = x.text();
        List<Span> spans = new ArrayList<>();
        List<Quote> quotes = x.quotes();
        for (int q = 0; q < quotes.size(); q++) {
            Quote quote = quotes.get(q);
            String kind = quote.kind().name().toLowerCase(Locale.ROOT);
            addAttribution(spans, text, new Attribution("quote", "data-quote", q, QUOTE, " data-kind=\"" + kind + "\"",
                    kind + " quote", ""), quote.start(), quote.end(), quote.speaker(), quote.cue());
        }
        List<ReportedSpeech> reported = x.reported();
        for (int r = 0; r < reported.size(); r++) {
            ReportedSpeech speech = reported.get(r);
            String confidence = String.format(Locale.ROOT, "%.2f", speech.confidence());
            addAttribution(spans, text, new Attribution("reported", "data-reported", r, REPORTED,
                    " data-confidence=\"" + confidence + "\"", "reported speech", ", confidence " + confidence),
                    speech.start(), speech.end(), speech.speaker(), speech.cue());
        }
        for (Entity e : x.entities()) {
            String cls = typeClass(e.type());
            List<Mention> mentions = e.mentions();
            String title = escape(e.name()) + " · " + typeName(e.type())
                    + e.placeKind().map(k -> " · " + k.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("")
                    + " · " + escape(e.id());
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                spans.add(new Span(m.start(), m.end(), MENTION, "<mark class=\"ne-mention " + cls + "\" data-entity=\""
                        + escape(e.id()) + "\" data-mention=\"" + i + "\" title=\"" + title + "\">", "</mark>", ""));
            }
        }
        Comparator<Span> outerFirst = Comparator.comparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::end).reversed()).thenComparingInt(Span::rank);
        spans.sort(outerFirst);

        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (Span s : spans) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        // Sweep the segments between cut points; keep a stack of open elements, closing and
        // reopening spans where the wanted nesting changes so that the markup stays well-formed.
        List<Span> open = new ArrayList<>();
        List<Span> active = new ArrayList<>();
        int next = 0;
        Integer cut = cuts.first();
        while (cut != null) {
            final int a = cut;
            Integer bEnd = cuts.higher(a);
            int end = bEnd == null ? a : bEnd;
            active.removeIf(s -> s.end() <= a);
            while (next < spans.size() && spans.get(next).start() <= a) {
                Span s = spans.get(next++);
                if (s.end() > a) {
                    active.add(s);
                }
            }
            active.sort(outerFirst);
            int common = 0;
            while (common < open.size() && common < active.size() && open.get(common) == active.get(common)) {
                common++;
            }
            for (int i = open.size() - 1; i >= common; i--) {
                Span s = open.remove(i);
                b.append(s.close());
                if (s.end() <= a) {
                    b.append(s.after());
                }
            }
            for (int i = common; i < active.size(); i++) {
                b.append(active.get(i).open());
                open.add(active.get(i));
            }
            escapeInto(b, text, a, end);
            cut = bEnd;
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            b.append(open.get(i).close()).append(open.get(i).after());
        }
    }

    /**
     * How one kind of attribution is marked: class {@code ne-CLS} and attribute {@code ATTR="INDEX"}
     * on its content, speaker and cue, a rank for spans of equal extent, extra attributes on the
     * content, and the content's title ("direct quote by X", "reported speech by X, confidence 0.81").
     */
    private record Attribution(String cls, String attr, int index, int rank, String extraAttrs, String what,
                               String titleSuffix) {
    }

    /** Adds the spans of one quote or reported speech: its content with a speaker label after it, its speaker and cue. */
    private static void addAttribution(List<Span> spans, String text, Attribution a, int start, int end,
                                       Optional<Speaker> speaker, Optional<TextSpan> cue) {
        String ref = " " + a.attr() + "=\"" + a.index() + "\"";
        String speakerAttr = speaker.flatMap(Speaker::entityId).map(id -> " data-speaker=\"" + escape(id) + "\"").orElse("");
        String said = "<span class=\"ne-said\"" + ref + speaker.map(s -> " data-speaker-name=\"" + escape(s.name()) + "\"")
                .orElse("") + speakerAttr + "></span>";
        String of = " of " + (a.cls().equals("quote") ? "quote" : a.what()) + " " + (a.index() + 1);
        if (speaker.isPresent() && inText(speaker.get().mention(), text)) {
            TextSpan m = speaker.get().mention();
            spans.add(new Span(m.start(), m.end(), SPEAKER, "<span class=\"ne-speaker\"" + ref + " title=\"speaker" + of
                    + "\">", "</span>", ""));
        }
        spans.add(new Span(start, end, a.rank(), "<span class=\"ne-" + a.cls() + "\"" + ref + speakerAttr + a.extraAttrs()
                + " title=\"" + a.what() + speaker.map(s -> " by " + escape(s.name())).orElse(", speaker not found")
                + a.titleSuffix() + "\">", "</span>", said));
        if (cue.isPresent() && inText(cue.get(), text)) {
            spans.add(new Span(cue.get().start(), cue.get().end(), CUE, "<span class=\"ne-cue\"" + ref + " title=\"cue" + of
                    + "\">", "</span>", ""));
        }
    }

    private static boolean inText(TextSpan span, String text) {
        return span.end() <= text.length() && text.regionMatches(span.start(), span.text(), 0, span.text().length());
    }

    // ---- the side list -----------------------------------------------------------------------

    private static void appendSide(StringBuilder b, Extraction x) {
        for (EntityType type : EntityType.values()) {
            List<Entity> entities = x.ofType(type);
            b.append("<h3>").append(heading(type)).append(" (").append(entities.size()).append(")</h3>\n");
            if (entities.isEmpty()) {
                b.append("<p class=\"ne-none\">none found</p>\n");
                continue;
            }
            b.append("<ul>\n");
            for (Entity e : entities) {
                b.append("<li data-entity-item=\"").append(escape(e.id())).append("\" title=\"")
                        .append(escape(String.join(", ", e.aliases()))).append("\"><span class=\"ne-dot ")
                        .append(typeClass(type)).append("\"></span>").append(escape(e.name()));
                e.placeKind().ifPresent(k -> b.append(" <span class=\"ne-kind\">")
                        .append(k.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append("</span>"));
                b.append(" <span class=\"ne-count\" title=\"mentions\">").append(e.mentions().size())
                        .append("</span></li>\n");
            }
            b.append("</ul>\n");
        }
        List<Quote> quotes = x.quotes();
        b.append("<h3>Quotes (").append(quotes.size()).append(")</h3>\n");
        if (quotes.isEmpty()) {
            b.append("<p class=\"ne-none\">none found</p>\n");
        } else {
            b.append("<ol>\n");
            for (int q = 0; q < quotes.size(); q++) {
                Quote quote = quotes.get(q);
                b.append("<li data-quote-item=\"").append(q).append("\"><strong>")
                        .append(quote.speaker().map(s -> escape(s.name())).orElse("unattributed"))
                        .append("</strong> <span class=\"ne-kind\">")
                        .append(quote.kind().name().toLowerCase(Locale.ROOT)).append("</span>: ");
                escapeInto(b, quote.text(), 0, quote.text().length());
                b.append("</li>\n");
            }
            b.append("</ol>\n");
        }
        if (!x.reportedSpeechExtracted()) {
            return;
        }
        List<ReportedSpeech> reported = x.reported();
        b.append("<h3>Reported speech (").append(reported.size()).append(")</h3>\n");
        if (reported.isEmpty()) {
            b.append("<p class=\"ne-none\">none found</p>\n");
            return;
        }
        b.append("<ol>\n");
        for (int r = 0; r < reported.size(); r++) {
            ReportedSpeech speech = reported.get(r);
            b.append("<li data-reported-item=\"").append(r).append("\"><strong>")
                    .append(speech.speaker().map(s -> escape(s.name())).orElse("unattributed"))
                    .append("</strong> <span class=\"ne-kind\">")
                    .append(speech.cue().map(c -> escape(c.text()) + " · ").orElse(""))
                    .append(String.format(Locale.ROOT, "%.2f", speech.confidence())).append("</span>: ");
            escapeInto(b, speech.text(), 0, speech.text().length());
            b.append("</li>\n");
        }
        b.append("</ol>\n");
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static String title(Extraction x) {
        return x.id().orElse("newsextract");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String heading(EntityType type) {
        return switch (type) {
            case PERSON -> "People";
            case PLACE -> "Places";
            case ORGANIZATION -> "Organizations";
        };
    }

    /** Returns the CSS class of a type: {@code ne-person}, {@code ne-place}, {@code ne-organization}. */
    private static String typeClass(EntityType type) {
        return "ne-" + typeName(type);
    }

    private static String typeName(EntityType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
