package org.newsextract.html;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What every newsextract HTML page shares, whatever it shows: the style sheet (every rule scoped
 * to {@code .newsextract}), the page's start and end, the block for a document that failed, and
 * HTML escaping. The API package renders an extraction inside this frame
 * ({@code Extraction.toHtml()}, {@code Extraction.toHtmlFragment()}); the command line's
 * multi-document pages and index use it around those fragments.
 *
 * <p>Internal package.
 */
public final class Html {
    /** The page's style sheet; every rule is scoped to {@code .newsextract}. */
    public static final String CSS = String.join("\n",
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
            ".newsextract .ne-reported{border-bottom:2px dashed #0f766e}",
            ".newsextract .ne-speaker{text-decoration:underline 2px #9333ea;text-underline-offset:3px}",
            ".newsextract .ne-cue{text-decoration:underline dotted 2px #9333ea;text-underline-offset:3px}",
            ".newsextract .ne-said::after{content:'\\2014\\00a0' attr(data-speaker-name);font:600 11px/1.2 system-ui,"
                    + "sans-serif;color:#fff;background:#7e22ce;border-radius:8px;padding:1px 7px;margin-left:3px;"
                    + "white-space:nowrap;vertical-align:1px}",
            ".newsextract .ne-said[data-reported]::after{background:#0f766e}",
            ".newsextract .ne-said:not([data-speaker-name])::after{content:'unattributed';background:#8c959f}",
            ".newsextract .ne-error{color:#b42318;font-family:system-ui,sans-serif}",
            ".newsextract + .newsextract{border-top:1px solid #d0d7de;margin-top:24px;padding-top:16px}");

    /**
     * The style element an HTML fragment starts with ({@code Extraction.toHtmlFragment()}); a
     * page carries the same style sheet in its head instead.
     */
    public static final String STYLE_ELEMENT = "<style>" + CSS + "</style>\n";

    private Html() {
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
     * @param out where to write
     * @throws UncheckedIOException if writing fails
     */
    public static void appendPageEnd(Appendable out) {
        write(out, "</body>\n</html>\n");
    }

    /**
     * Returns the part of an HTML fragment after its style element: the document's
     * {@code <div class="newsextract">}, for a page whose head already has the style sheet.
     *
     * @param fragment a fragment as {@code Extraction.toHtmlFragment()} returns it
     * @return the fragment without its leading {@link #STYLE_ELEMENT}
     * @throws IllegalArgumentException if the fragment does not start with the style element
     */
    public static String withoutStyle(String fragment) {
        if (!fragment.startsWith(STYLE_ELEMENT)) {
            throw new IllegalArgumentException("not a newsextract HTML fragment: it does not start with its style element");
        }
        return fragment.substring(STYLE_ELEMENT.length());
    }

    /**
     * Appends a document that could not be processed: its id and the error, escaped.
     *
     * @param out     where to write
     * @param id      the document's id
     * @param message the error
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
     * @param s the text
     * @return the escaped text
     * @throws NullPointerException if {@code s} is null
     */
    public static String escape(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        escapeInto(b, s, 0, s.length());
        return b.toString();
    }

    /**
     * Appends {@code s[from, to)} escaped as {@link #escape(CharSequence)} does.
     *
     * @param b    where to append
     * @param s    the text
     * @param from the first index to escape
     * @param to   one past the last index
     */
    public static void escapeInto(StringBuilder b, CharSequence s, int from, int to) {
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

    /**
     * Appends text to a page, turning a write failure into an unchecked one.
     *
     * @param out where to write
     * @param s   what to write
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Appendable out, CharSequence s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write HTML", e);
        }
    }
}
