package org.newsextract.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.newsextract.Entity;
import org.newsextract.EntityType;
import org.newsextract.Extraction;
import org.newsextract.Mention;
import org.newsextract.Quote;
import org.newsextract.Speaker;
import org.newsextract.TextSpan;

/**
 * Renders an {@link Extraction} as HTML: the article with every entity mention highlighted by
 * type, every quote marked with its speaker's name, and a side list of the entities (with
 * mention counts) and quotes. Self-contained: inline CSS scoped to {@code .newsextract}, no
 * scripts, no fonts or images from the network, so a page opens offline and a fragment can sit
 * in a notebook's output cell without restyling the notebook.
 *
 * <p>Every piece of document text (the article, names, the id, error messages) is HTML-escaped;
 * the article's text content in the rendered DOM is exactly {@link Extraction#text()}: speaker
 * labels are drawn by CSS from attributes, not inserted as text.
 *
 * <p>Stable hooks for tests and user styles:
 * <ul>
 *   <li>a mention: {@code <mark class="ne-mention ne-person" data-entity="p1" data-mention="0">}
 *       ({@code data-mention} is the mention's index in {@link Entity#mentions()}; the classes
 *       are {@code ne-person}, {@code ne-place}, {@code ne-organization});</li>
 *   <li>a quote: {@code <span class="ne-quote" data-quote="0" data-speaker="p2">} (index in
 *       {@link Extraction#quotes()}), followed where it ends by an empty
 *       {@code <span class="ne-said" data-quote="0" data-speaker-name="…">} that shows the name;</li>
 *   <li>a speaker mention {@code class="ne-speaker"} and a cue {@code class="ne-cue"}, each with
 *       {@code data-quote};</li>
 *   <li>the article {@code <div class="ne-text">}, side-list items {@code data-entity-item} and
 *       {@code data-quote-item}.</li>
 * </ul>
 * A highlighted span that crosses another's boundary is split into several elements with the
 * same attributes, so the page is always well-formed.
 *
 * <p>Internal package: use {@link Extraction#toHtml()}.
 */
public final class ExtractionHtml {
    /** The page's style sheet; every rule is scoped to {@code .newsextract}. */
    static final String CSS = String.join("\n",
            ".newsextract{font-family:Georgia,'Times New Roman',serif;color:#1f2328;background:#fff;"
                    + "line-height:1.65;max-width:1240px;margin:0 auto;padding:8px 4px}",
            ".newsextract .ne-head,.newsextract .ne-side,.newsextract .ne-legend{font-family:system-ui,"
                    + "-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}",
            ".newsextract .ne-head h2{font-size:20px;margin:0 0 2px}",
            ".newsextract .ne-head p{margin:0 0 10px;color:#57606a;font-size:13px}",
            ".newsextract .ne-legend{font-size:13px;margin:0 0 12px}",
            ".newsextract .ne-legend .ne-key{display:inline-block;margin-right:10px;padding:1px 8px;border-radius:4px}",
            ".newsextract .ne-body{display:flex;flex-wrap:wrap;gap:28px;align-items:flex-start}",
            ".newsextract .ne-text{flex:1 1 540px;min-width:0;white-space:pre-wrap;overflow-wrap:anywhere;"
                    + "font-size:17px;margin:0}",
            ".newsextract .ne-side{flex:0 1 300px;font-size:14px;line-height:1.4}",
            ".newsextract .ne-side h3{font-size:14px;margin:14px 0 4px;text-transform:uppercase;letter-spacing:.04em;"
                    + "color:#57606a}",
            ".newsextract .ne-side ul,.newsextract .ne-side ol{margin:0;padding-left:20px}",
            ".newsextract .ne-side li{margin:2px 0}",
            ".newsextract .ne-count{display:inline-block;min-width:18px;padding:0 6px;margin-left:4px;border-radius:9px;"
                    + "background:#eaeef2;font-size:12px;text-align:center}",
            ".newsextract .ne-kind,.newsextract .ne-none{color:#57606a;font-size:12px}",
            ".newsextract .ne-dot{display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:6px}",
            ".newsextract mark.ne-mention{color:inherit;padding:1px 2px;border-radius:3px}",
            ".newsextract .ne-person{background:#fcd34d}",
            ".newsextract .ne-place{background:#6ee7b7}",
            ".newsextract .ne-organization{background:#93c5fd}",
            ".newsextract .ne-quote{background:#f3e8ff;border-bottom:2px solid #9333ea}",
            ".newsextract .ne-legend .ne-quote{border-bottom:2px solid #9333ea}",
            ".newsextract .ne-speaker{text-decoration:underline 2px #9333ea;text-underline-offset:3px}",
            ".newsextract .ne-cue{text-decoration:underline dotted 2px #9333ea;text-underline-offset:3px}",
            ".newsextract .ne-said::after{content:'\\2014\\00a0' attr(data-speaker-name);font:600 11px/1.2 system-ui,"
                    + "sans-serif;color:#fff;background:#7e22ce;border-radius:8px;padding:1px 7px;margin-left:3px;"
                    + "white-space:nowrap;vertical-align:1px}",
            ".newsextract .ne-said:not([data-speaker-name])::after{content:'unattributed';background:#8c959f}",
            ".newsextract .ne-error{color:#b42318;font-family:system-ui,sans-serif}",
            ".newsextract + .newsextract{border-top:1px solid #d0d7de;margin-top:24px;padding-top:16px}");

    private ExtractionHtml() {
    }

    /**
     * Returns a complete HTML5 page for one extraction.
     *
     * @param x the extraction
     * @return the page, starting with {@code <!DOCTYPE html>}
     * @throws IllegalArgumentException if {@code x} is null
     */
    public static String page(Extraction x) {
        require(x);
        StringBuilder out = new StringBuilder(x.text().length() * 2 + 8192);
        appendPageStart(out, title(x));
        appendDocument(out, x);
        appendPageEnd(out);
        return out.toString();
    }

    /**
     * Returns the view as an HTML fragment, one {@code <div class="newsextract">} with its own
     * {@code <style>}, for embedding in another page or a notebook output cell.
     *
     * @param x the extraction
     * @return the fragment
     * @throws IllegalArgumentException if {@code x} is null
     */
    public static String fragment(Extraction x) {
        require(x);
        StringBuilder out = new StringBuilder(x.text().length() * 2 + 8192);
        out.append("<style>").append(CSS).append("</style>\n");
        appendDocument(out, x);
        return out.toString();
    }

    /**
     * Appends the start of a page (doctype, head with the style sheet, opening body).
     *
     * @param out   where to write
     * @param title the page title (escaped here; null gives "newsextract")
     * @throws UncheckedIOException if writing fails
     */
    public static void appendPageStart(Appendable out, String title) {
        write(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + escape(title == null ? "newsextract" : title) + "</title>\n<style>\n" + CSS + "\n</style>\n</head>\n<body>\n");
    }

    /**
     * Appends the end of a page ({@code </body></html>}).
     *
     * @throws UncheckedIOException if writing fails
     */
    public static void appendPageEnd(Appendable out) {
        write(out, "</body>\n</html>\n");
    }

    /**
     * Appends one document's view, a {@code <div class="newsextract">}, without a style sheet
     * (the page's head has it).
     *
     * @throws IllegalArgumentException if {@code x} is null
     * @throws UncheckedIOException     if writing fails
     */
    public static void appendDocument(Appendable out, Extraction x) {
        require(x);
        StringBuilder b = new StringBuilder(x.text().length() * 2 + 4096);
        String id = x.id().orElse(null);
        b.append("<div class=\"newsextract\"").append(id == null ? "" : " data-doc=\"" + escape(id) + "\"").append(">\n");
        b.append("<div class=\"ne-head\"><h2>").append(escape(title(x))).append("</h2><p>")
                .append(count(x.people().size(), "person", "people")).append(" · ")
                .append(count(x.places().size(), "place", "places")).append(" · ")
                .append(count(x.organizations().size(), "organization", "organizations")).append(" · ")
                .append(count(x.quotes().size(), "quote", "quotes")).append("</p></div>\n");
        b.append("<div class=\"ne-legend\"><span class=\"ne-key ne-person\">person</span>"
                + "<span class=\"ne-key ne-place\">place</span><span class=\"ne-key ne-organization\">organization</span>"
                + "<span class=\"ne-key ne-quote\">quote</span><span class=\"ne-key\"><span class=\"ne-speaker\">speaker"
                + "</span></span><span class=\"ne-key\"><span class=\"ne-cue\">cue</span></span></div>\n");
        b.append("<div class=\"ne-body\">\n<div class=\"ne-text\">");
        appendArticle(b, x);
        b.append("</div>\n<div class=\"ne-side\">\n");
        appendSide(b, x);
        b.append("</div>\n</div>\n</div>\n");
        write(out, b);
    }

    /**
     * Appends a document that could not be processed: its id and the error, escaped.
     *
     * @throws UncheckedIOException if writing fails
     */
    public static void appendError(Appendable out, String id, String message) {
        write(out, "<div class=\"newsextract\" data-doc=\"" + escape(String.valueOf(id)) + "\">\n<div class=\"ne-head\"><h2>"
                + escape(String.valueOf(id)) + "</h2></div>\n<p class=\"ne-error\">error: " + escape(String.valueOf(message))
                + "</p>\n</div>\n");
    }

    /**
     * Returns text with {@code & < > " '} replaced by character references, safe in element
     * content and in quoted attribute values. NUL and other C0 controls except tab, line feed
     * and carriage return become U+FFFD (HTML does not allow them).
     *
     * @throws NullPointerException if {@code s} is null
     */
    public static String escape(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        escapeInto(b, s, 0, s.length());
        return b.toString();
    }

    private static void escapeInto(StringBuilder b, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\r' && c != '\t' ? '\uFFFD' : c);
            }
        }
    }

    // ---- the article -------------------------------------------------------------------------

    /** A highlighted stretch of the article; rank orders spans with the same extent (outer first). */
    private record Span(int start, int end, int rank, String open, String close, String after) {
    }

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
            String speakerAttr = "";
            String said = "<span class=\"ne-said\" data-quote=\"" + q + "\"></span>";
            if (quote.speaker().isPresent()) {
                Speaker s = quote.speaker().get();
                speakerAttr = s.entityId().map(id -> " data-speaker=\"" + escape(id) + "\"").orElse("");
                said = "<span class=\"ne-said\" data-quote=\"" + q + "\" data-speaker-name=\"" + escape(s.name())
                        + "\"" + speakerAttr + "></span>";
                if (inText(s.mention(), text)) {
                    spans.add(new Span(s.mention().start(), s.mention().end(), SPEAKER,
                            "<span class=\"ne-speaker\" data-quote=\"" + q + "\" title=\"speaker of quote " + (q + 1)
                                    + "\">", "</span>", ""));
                }
            }
            spans.add(new Span(quote.start(), quote.end(), QUOTE,
                    "<span class=\"ne-quote\" data-quote=\"" + q + "\"" + speakerAttr + " data-kind=\""
                            + quote.kind().name().toLowerCase(Locale.ROOT) + "\" title=\"" + quote.kind().name()
                                    .toLowerCase(Locale.ROOT) + " quote" + quote.speaker().map(s -> " by " + escape(s.name()))
                            .orElse(", speaker not found") + "\">", "</span>", said));
            if (quote.cue().isPresent() && inText(quote.cue().get(), text)) {
                TextSpan cue = quote.cue().get();
                spans.add(new Span(cue.start(), cue.end(), CUE, "<span class=\"ne-cue\" data-quote=\"" + q
                        + "\" title=\"cue of quote " + (q + 1) + "\">", "</span>", ""));
            }
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
            return;
        }
        b.append("<ol>\n");
        for (int q = 0; q < quotes.size(); q++) {
            Quote quote = quotes.get(q);
            b.append("<li data-quote-item=\"").append(q).append("\"><strong>")
                    .append(quote.speaker().map(s -> escape(s.name())).orElse("unattributed")).append("</strong> <span class=\"ne-kind\">")
                    .append(quote.kind().name().toLowerCase(Locale.ROOT)).append("</span>: ");
            escapeInto(b, quote.text(), 0, quote.text().length());
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
    static String typeClass(EntityType type) {
        return "ne-" + typeName(type);
    }

    private static String typeName(EntityType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private static void require(Extraction x) {
        if (x == null) {
            throw new IllegalArgumentException("extraction must not be null");
        }
    }

    private static void write(Appendable out, CharSequence s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write HTML", e);
        }
    }
}
