package org.newsextract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A small, strict HTML tree builder for tests: enough for the view's own output and for
 * Chromium's {@code --dump-dom} serialization. Throws on mismatched end tags, so it also checks
 * that markup is well-formed.
 */
public final class MiniDom {
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");
    private static final Set<String> RAW = Set.of("script", "style");

    /** An element, with text and element children in order. */
    public static final class Element {
        public final String tag;
        public final Map<String, String> attrs;
        public final List<Object> children = new ArrayList<>();
        Element parent;

        Element(String tag, Map<String, String> attrs) {
            this.tag = tag;
            this.attrs = attrs;
        }

        public String attr(String name) {
            return attrs.get(name);
        }

        public boolean hasClass(String cls) {
            String c = attrs.get("class");
            return c != null && List.of(c.split("\\s+")).contains(cls);
        }

        /** The concatenated text of all descendants (style and script content excluded). */
        public String text() {
            StringBuilder b = new StringBuilder();
            appendText(b);
            return b.toString();
        }

        private void appendText(StringBuilder b) {
            if (RAW.contains(tag)) {
                return;
            }
            for (Object c : children) {
                if (c instanceof String s) {
                    b.append(s);
                } else {
                    ((Element) c).appendText(b);
                }
            }
        }

        /** Every descendant element (self included) matching the predicate, in document order. */
        public List<Element> findAll(Predicate<Element> p) {
            List<Element> out = new ArrayList<>();
            collect(p, out);
            return out;
        }

        private void collect(Predicate<Element> p, List<Element> out) {
            if (p.test(this)) {
                out.add(this);
            }
            for (Object c : children) {
                if (c instanceof Element e) {
                    e.collect(p, out);
                }
            }
        }

        public Element first(Predicate<Element> p) {
            List<Element> all = findAll(p);
            if (all.isEmpty()) {
                throw new AssertionError("no element matches");
            }
            return all.get(0);
        }

        boolean hasAncestor(Predicate<Element> p) {
            for (Element e = parent; e != null; e = e.parent) {
                if (p.test(e)) {
                    return true;
                }
            }
            return false;
        }
    }

    private MiniDom() {
    }

    /** Parses a document or fragment into a synthetic root element. */
    public static Element parse(String html) {
        Element root = new Element("#root", Map.of());
        Element cur = root;
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                int j = html.indexOf('<', i);
                j = j < 0 ? n : j;
                cur.children.add(decode(html.substring(i, j)));
                i = j;
                continue;
            }
            if (html.startsWith("<!--", i)) {
                int j = html.indexOf("-->", i);
                i = j < 0 ? n : j + 3;
                continue;
            }
            if (html.startsWith("<!", i)) {
                i = html.indexOf('>', i) + 1;
                continue;
            }
            if (html.startsWith("</", i)) {
                int j = html.indexOf('>', i);
                String tag = html.substring(i + 2, j).trim().toLowerCase(Locale.ROOT);
                if (!tag.equals(cur.tag)) {
                    throw new IllegalStateException("end tag </" + tag + "> at " + i + " closes <" + cur.tag + ">");
                }
                cur = cur.parent;
                i = j + 1;
                continue;
            }
            // start tag
            int j = i + 1;
            while (j < n && !Character.isWhitespace(html.charAt(j)) && html.charAt(j) != '>' && html.charAt(j) != '/') {
                j++;
            }
            String tag = html.substring(i + 1, j).toLowerCase(Locale.ROOT);
            Map<String, String> attrs = new LinkedHashMap<>();
            while (true) {
                while (j < n && Character.isWhitespace(html.charAt(j))) {
                    j++;
                }
                if (html.charAt(j) == '>' || html.startsWith("/>", j)) {
                    j += html.charAt(j) == '>' ? 1 : 2;
                    break;
                }
                int k = j;
                while (k < n && html.charAt(k) != '=' && html.charAt(k) != '>' && !Character.isWhitespace(html.charAt(k))) {
                    k++;
                }
                String name = html.substring(j, k).toLowerCase(Locale.ROOT);
                String value = "";
                if (html.charAt(k) == '=') {
                    char q = html.charAt(k + 1);
                    if (q == '"' || q == '\'') {
                        int e = html.indexOf(q, k + 2);
                        value = decode(html.substring(k + 2, e));
                        k = e + 1;
                    } else {
                        int e = k + 1;
                        while (e < n && !Character.isWhitespace(html.charAt(e)) && html.charAt(e) != '>') {
                            e++;
                        }
                        value = decode(html.substring(k + 1, e));
                        k = e;
                    }
                }
                attrs.put(name, value);
                j = k;
            }
            Element el = new Element(tag, attrs);
            el.parent = cur;
            cur.children.add(el);
            i = j;
            if (RAW.contains(tag)) {
                int e = html.toLowerCase(Locale.ROOT).indexOf("</" + tag, i);
                el.children.add(html.substring(i, e));
                i = html.indexOf('>', e) + 1;
            } else if (!VOID.contains(tag)) {
                cur = el;
            }
        }
        if (cur != root) {
            throw new IllegalStateException("unclosed <" + cur.tag + ">");
        }
        return root;
    }

    /** Decodes character references. */
    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi < 0 || semi - i > 10) {
                b.append(c);
                continue;
            }
            String ref = s.substring(i + 1, semi);
            String decoded = switch (ref) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default -> ref.startsWith("#x") || ref.startsWith("#X")
                        ? new String(Character.toChars(Integer.parseInt(ref.substring(2), 16)))
                        : ref.startsWith("#") ? new String(Character.toChars(Integer.parseInt(ref.substring(1)))) : null;
            };
            if (decoded == null) {
                b.append(c);
            } else {
                b.append(decoded);
                i = semi;
            }
        }
        return b.toString();
    }
}
