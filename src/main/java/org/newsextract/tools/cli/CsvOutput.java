package org.newsextract.tools.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.newsextract.BatchResult;
import org.newsextract.Entity;
import org.newsextract.Extraction;
import org.newsextract.Mention;
import org.newsextract.Quote;
import org.newsextract.ReportedSpeech;
import org.newsextract.Speaker;
import org.newsextract.TextSpan;
import org.newsextract.json.CodePoints;

/**
 * {@code extract --format csv -o DIR}: tables that open in any spreadsheet or data-frame
 * library, the document id on every row, offsets in Unicode code points (as in the JSON).
 * RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote or line
 * break, quotes doubled; UTF-8 without a byte-order mark. Text cells that a spreadsheet would
 * take for a formula get a leading apostrophe ({@link #guardFormula}).
 *
 * <ul>
 *   <li>{@code documents.csv}: one row per input (failed ones too, with the error);</li>
 *   <li>{@code entities.csv}: one row per entity;</li>
 *   <li>{@code quotes.csv}: one row per quote;</li>
 *   <li>{@code reported.csv}: one row per reported speech, with its confidence (header only when
 *       reported speech was not extracted);</li>
 *   <li>{@code mentions.csv}: one row per mention, only with {@code --mentions}.</li>
 * </ul>
 * Rows are flushed after each document, so an interrupted run leaves whole documents.
 */
final class CsvOutput implements ExtractCommand.Sink {
    static final List<String> DOCUMENTS = List.of("doc_id", "status", "error", "characters", "people", "places",
            "organizations", "quotes", "reported");
    static final List<String> ENTITIES = List.of("doc_id", "entity_id", "type", "name", "kind", "mentions", "aliases",
            "first_start", "first_end");
    static final List<String> MENTIONS = List.of("doc_id", "entity_id", "type", "start", "end", "text", "confidence");
    static final List<String> QUOTES = List.of("doc_id", "quote", "kind", "start", "end", "speaker", "speaker_entity",
            "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "text");
    static final List<String> REPORTED = List.of("doc_id", "reported", "start", "end", "speaker", "speaker_entity",
            "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "confidence", "text");

    private final Writer documents;
    private final Writer entities;
    private final Writer mentions;
    private final Writer quotes;
    private final Writer reported;
    private final List<Writer> all = new ArrayList<>();

    /**
     * Creates the directory and the tables with their header rows.
     *
     * @throws IOException if the directory or a file cannot be created
     */
    CsvOutput(Path dir, boolean withMentions) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + ": exists and is not a directory (--format csv writes several tables into -o DIR)");
        }
        Files.createDirectories(dir);
        documents = open(dir.resolve("documents.csv"), DOCUMENTS);
        entities = open(dir.resolve("entities.csv"), ENTITIES);
        quotes = open(dir.resolve("quotes.csv"), QUOTES);
        reported = open(dir.resolve("reported.csv"), REPORTED);
        mentions = withMentions ? open(dir.resolve("mentions.csv"), MENTIONS) : null;
    }

    private Writer open(Path file, List<String> header) throws IOException {
        Writer w = ExtractCommand.utf8(file);
        all.add(w);
        row(w, header.toArray());
        return w;
    }

    /** Writes one document's rows. @throws IOException if writing fails */
    @Override
    public void write(BatchResult r) throws IOException {
        if (!r.isSuccess()) {
            row(documents, r.id(), "error", r.error().orElse(""), "", "", "", "", "", "");
            flush();
            return;
        }
        Extraction x = r.extraction().orElseThrow();
        String doc = r.id();
        CodePoints cp = new CodePoints(x.text());
        row(documents, doc, "ok", "", cp.toCodePoint(x.text().length()), x.people().size(), x.places().size(),
                x.organizations().size(), x.quotes().size(),
                x.reportedSpeechExtracted() ? String.valueOf(x.reported().size()) : "");
        for (Entity e : x.entities()) {
            String type = e.type().name().toLowerCase(Locale.ROOT);
            Mention first = e.firstMention();
            row(entities, doc, e.id(), type, e.name(), e.placeKind().map(Enum::name).orElse(""), e.mentions().size(),
                    String.join("; ", e.aliases()), cp.toCodePoint(first.start()), cp.toCodePoint(first.end()));
            if (mentions != null) {
                for (Mention m : e.mentions()) {
                    row(mentions, doc, e.id(), type, cp.toCodePoint(m.start()), cp.toCodePoint(m.end()), m.text(),
                            String.format(Locale.ROOT, "%.3f", m.confidence()));
                }
            }
        }
        List<Quote> qs = x.quotes();
        for (int i = 0; i < qs.size(); i++) {
            Quote q = qs.get(i);
            Object[] speaker = speakerCells(q.speaker(), cp);
            Object[] cue = cueCells(q.cue(), cp);
            row(quotes, doc, i, q.kind().name(), cp.toCodePoint(q.start()), cp.toCodePoint(q.end()), speaker[0], speaker[1],
                    speaker[2], speaker[3], cue[0], cue[1], cue[2], q.text());
        }
        List<ReportedSpeech> rs = x.reported();
        for (int i = 0; i < rs.size(); i++) {
            ReportedSpeech s = rs.get(i);
            Object[] speaker = speakerCells(s.speaker(), cp);
            Object[] cue = cueCells(s.cue(), cp);
            row(reported, doc, i, cp.toCodePoint(s.start()), cp.toCodePoint(s.end()), speaker[0], speaker[1], speaker[2],
                    speaker[3], cue[0], cue[1], cue[2], String.format(Locale.ROOT, "%.3f", s.confidence()), s.text());
        }
        flush();
    }

    /** Returns a speaker's name, entity id and mention offsets as cells, all empty without a speaker. */
    private static Object[] speakerCells(Optional<Speaker> speaker, CodePoints cp) {
        return speaker.map(s -> new Object[]{s.name(), s.entityId().orElse(""), cp.toCodePoint(s.mention().start()),
                cp.toCodePoint(s.mention().end())}).orElse(new Object[]{"", "", "", ""});
    }

    /** Returns a cue's text and offsets as cells, all empty without a cue. */
    private static Object[] cueCells(Optional<TextSpan> cue, CodePoints cp) {
        return cue.map(c -> new Object[]{c.text(), cp.toCodePoint(c.start()), cp.toCodePoint(c.end())})
                .orElse(new Object[]{"", "", ""});
    }

    private void flush() throws IOException {
        for (Writer w : all) {
            w.flush();
        }
    }

    static void row(Writer w, Object... fields) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            String s = String.valueOf(fields[i]);
            b.append(field(fields[i] instanceof CharSequence ? guardFormula(s) : s));
        }
        b.append("\r\n");
        w.write(b.toString());
    }

    /**
     * Defuses spreadsheet formula injection (OWASP's advice): a text cell that starts with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
     * apostrophe, so that Excel, LibreOffice and Google Sheets show it as text instead of
     * running it ({@code =HYPERLINK(…)} in a doc_id). Numbers (offsets, counts) are not text
     * cells and are written as they are.
     */
    static String guardFormula(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    /** Quotes a field when it holds a comma, a double quote or a line break (RFC 4180). */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Writer w : all) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
