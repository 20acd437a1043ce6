package org.newsextract.tools.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.newsextract.BatchResult;
import org.newsextract.Extraction;
import org.newsextract.html.Html;

/**
 * {@code extract --format html}: either one page (standard output or {@code -o FILE.html}; each
 * document a section of it), or with {@code -o DIR} one page per document,
 * {@code DIR/<id>.html}, plus {@code DIR/index.html} linking them with their counts. Both are
 * written as documents arrive, so memory stays bounded.
 */
abstract class HtmlOutput implements ExtractCommand.Sink {
    /** Writes one document. @throws IOException if writing fails */
    @Override
    public abstract void write(BatchResult r) throws IOException;

    /** True when {@code -o} names a directory: an existing one, or a path not ending in .html/.htm. */
    static boolean isDirectory(Path output) {
        if (output == null) {
            return false;
        }
        if (Files.isDirectory(output)) {
            return true;
        }
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return !(name.endsWith(".html") || name.endsWith(".htm"));
    }

    /** One page; the title is the first document's id. */
    static final class Page extends HtmlOutput {
        private final Writer out;
        private boolean started;

        Page(Writer out) {
            this.out = out;
        }

        @Override
        public void write(BatchResult r) throws IOException {
            if (!started) {
                Html.appendPageStart(out, r.id());
                started = true;
            }
            if (r.isSuccess()) {
                // the page's head holds the style sheet: each document is its fragment's section
                out.write(Html.withoutStyle(r.extraction().orElseThrow().toHtmlFragment()));
            } else {
                Html.appendError(out, r.id(), r.error().orElseThrow());
            }
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (!started) {
                Html.appendPageStart(out, "newsextract: no documents");
            }
            Html.appendPageEnd(out);
            out.close();
        }
    }

    /** A page per document and an index. */
    static final class Directory extends HtmlOutput {
        private final Path dir;
        private final Writer index;
        private final Set<String> used = new HashSet<>();

        Directory(Path dir) throws IOException {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new IOException(dir + ": exists and is not a directory");
            }
            Files.createDirectories(dir);
            this.dir = dir;
            this.index = ExtractCommand.utf8(dir.resolve("index.html"));
            used.add("index");
            Html.appendPageStart(index, "newsextract: documents");
            index.write("<div class=\"newsextract\"><div class=\"ne-head\"><h2>Documents</h2></div>\n"
                    + "<ol class=\"ne-side\">\n");
        }

        @Override
        public void write(BatchResult r) throws IOException {
            String esc = Html.escape(r.id());
            if (!r.isSuccess()) {
                index.write("<li data-doc=\"" + esc + "\">" + esc + " <span class=\"ne-error\">error: "
                        + Html.escape(r.error().orElseThrow()) + "</span></li>\n");
                index.flush();
                return;
            }
            Extraction x = r.extraction().orElseThrow();
            String file = fileName(r.id()) + ".html";
            try (Writer page = ExtractCommand.utf8(dir.resolve(file))) {
                page.write(x.toHtml());
            }
            index.write("<li data-doc=\"" + esc + "\"><a href=\"" + Html.escape(file) + "\">" + esc
                    + "</a> <span class=\"ne-kind\">" + x.people().size() + " people · " + x.places().size()
                    + " places · " + x.organizations().size() + " organizations · " + x.quotes().size()
                    + " quotes</span></li>\n");
            index.flush();
        }

        /** A safe, unique file name (without extension) for an id. */
        String fileName(String id) {
            String base = id.replaceAll("[^A-Za-z0-9._-]", "_");
            if (base.length() > 150) {
                base = base.substring(0, 150);
            }
            if (base.isEmpty() || base.startsWith(".")) {
                base = "doc" + base;
            }
            String name = base;
            for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                name = base + "-" + n;
            }
            return name;
        }

        @Override
        public void close() throws IOException {
            index.write("</ol>\n</div>\n");
            Html.appendPageEnd(index);
            index.close();
        }
    }
}
