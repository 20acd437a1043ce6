package org.newsextract.tools.build;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newsextract.corenlp.CoreNlpModels;
import org.newsextract.corenlp.CrfModelFile;
import org.newsextract.resolve.Lexicon;

/**
 * Writes the parts of CoreNLP's models jar the default engine uses into the library's own
 * output, so that users depend on tens of megabytes instead of CoreNLP's 474 MB models jar:
 * <ul>
 *   <li>both CRFs and their word clusters, in newsextract's compact format ({@link CrfModelFile});</li>
 *   <li>the lines of CoreNLP's KBP gazetteer ({@code regexner_caseless.tab}) that
 *       {@link Lexicon.GazetteerEntry#read} keeps, as name and category.</li>
 * </ul>
 * Run by the build ({@code pom.xml}, phase {@code process-classes}) with CoreNLP's models jar on
 * the class path (a {@code provided} dependency: never one of the users'). Skips the work when
 * the stamp file written last time names the same models jar and format.
 *
 * <p>Usage: {@code CompileModels OUTPUT_DIRECTORY}
 */
public final class CompileModels {
    /** Bump when the written files change for the same input. */
    private static final String FORMAT = "crf-2 gazetteer-2";
    private static final String STAMP = "SOURCE";
    private static final String GAZETTEER_SOURCE = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

    private CompileModels() {
    }

    /**
     * @param args one argument: the directory to write into (the build passes
     *             {@code target/classes/org/newsextract/models/corenlp})
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CompileModels OUTPUT_DIRECTORY");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        String source = describeSource();
        Path stamp = out.resolve(STAMP);
        if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(source)) {
            System.out.println("CompileModels: " + out + " is up to date");
            return;
        }
        long started = System.nanoTime();
        List<Path> written = new ArrayList<>(CrfModelFile.writeShipped(out));
        written.add(writeGazetteer(out.resolve(Lexicon.GAZETTEER_FILE)));
        Files.writeString(stamp, source);
        for (Path p : written) {
            System.out.printf("CompileModels: wrote %s (%,d bytes)%n", p, Files.size(p));
        }
        System.out.printf("CompileModels: done in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** Names the models jar the inputs come from (path, size, time) and the output format. */
    private static String describeSource() throws IOException {
        URL url = CompileModels.class.getClassLoader().getResource(CoreNlpModels.CONLL_4CLASS);
        if (url == null) {
            throw new IOException(CoreNlpModels.CONLL_4CLASS + " is not on the class path: CoreNLP's models jar "
                    + "(edu.stanford.nlp:stanford-corenlp:models) is a build-time dependency");
        }
        String where = url.toString();
        int bang = where.indexOf("!/");
        String jar = bang > 0 ? where.substring(0, bang) : where;
        String detail = "";
        if (jar.startsWith("jar:file:")) {
            Path p = Path.of(java.net.URI.create(jar.substring("jar:".length())));
            detail = " " + Files.size(p) + " bytes";
        }
        return FORMAT + "\n" + jar.substring(jar.lastIndexOf('/') + 1) + detail + "\n";
    }

    private static Path writeGazetteer(Path file) throws IOException {
        InputStream in = CompileModels.class.getClassLoader().getResourceAsStream(GAZETTEER_SOURCE);
        if (in == null) {
            throw new IOException(GAZETTEER_SOURCE + " is not on the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
             BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# From CoreNLP 4.5.10's models jar, " + GAZETTEER_SOURCE
                    + " (GPL-3.0-or-later, Stanford NLP Group):\n# name TAB category, for the categories "
                    + String.join(", ", Lexicon.GAZETTEER_CATEGORIES.stream().sorted().toList())
                    + ", derived forms of cities (\"Paris-born\") left out;\n# written by org.newsextract.tools.build.CompileModels.\n");
            String line;
            while ((line = r.readLine()) != null) {
                java.util.Optional<Lexicon.GazetteerEntry> entry = Lexicon.GazetteerEntry.read(line);
                if (entry.isPresent()) {
                    w.write(entry.get().name() + '\t' + entry.get().category() + '\n');
                }
            }
        }
        return file;
    }
}
