package org.newsextract.tools.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.newsextract.resolve.Rule;
import org.newsextract.tools.eval.Accuracy;
import org.newsextract.tools.eval.ConllDocument;
import org.newsextract.tools.eval.DataSet;
import org.newsextract.tools.eval.EvalSystem;
import org.newsextract.tools.reference.ReferenceNer;
import org.newsextract.tools.eval.GumDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code accuracy}: scores newsextract and, beside it, raw CoreNLP's default NER pipeline (its names formed
 * the three ways of {@link ReferenceNer.Naming}, from one annotation of each input) on every
 * evaluation set of {@code ../shared/data} in one run, and prints the tables as Markdown
 * (see {@code docs/ACCURACY.md}). Progress goes to standard error, one line per set and system.
 */
@Command(name = "accuracy", mixinStandardHelpOptions = true,
        description = {"Score newsextract and raw CoreNLP side by side on CoNLL-2003 dev, CoNLL++ dev, wikigold "
                + "(exact span PER/LOC/ORG, as 'eval --conll') and GUM (raw text; entity and mention F1, name accuracy)."})
final class AccuracyCommand implements Callable<Integer> {
    private static final double NANOS_PER_SECOND = 1e9;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "The data folder holding the sets (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--sets", paramLabel = "SET", split = ",", converter = SetConverter.class,
            description = "The sets to score, comma-separated: conll, conllpp, wikigold, gum (default: all).")
    List<DataSet> sets = List.of(DataSet.values());

    @Option(names = "--no-reference", description = "Skip raw CoreNLP (slow: about 11 minutes for all sets on 2 shared cores, docs/ACCURACY.md).")
    boolean noReference;

    @Option(names = "--without", paramLabel = "RULE", split = ",",
            description = "Switch off newsextract's document-level rules (ablation): ${COMPLETION-CANDIDATES}.")
    Set<Rule> without = EnumSet.noneOf(Rule.class);

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the tables as Markdown to FILE.")
    Path markdown;

    @Option(names = "--documents", paramLabel = "N",
            description = "Score only the first N documents of each set (quick checks; the tables then are not the sets' scores).")
    Integer documents;

    @Override
    public Integer call() throws IOException {
        int n = common.threads(spec);
        if (documents != null && documents < 1) {
            throw new ParameterException(spec.commandLine(), "--documents must be at least 1, got " + documents);
        }
        List<DataSet> chosen = sets.stream().distinct().sorted(Comparator.naturalOrder()).toList();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        Map<DataSet, List<ConllDocument>> conll = new EnumMap<>(DataSet.class);
        List<GumDocument> gum = null;
        for (DataSet set : chosen) {
            if (set.isConll()) {
                conll.put(set, first(TagCommand.read(spec, set.file(data).toString())));
            } else {
                gum = first(readGum(set.file(data)));
            }
        }
        List<EvalSystem> systems = new ArrayList<>();
        systems.add(EvalSystem.newsextract(common.engine, without, common.openNlpModel, n));
        List<Accuracy.ConllResult> conllResults = new ArrayList<>();
        List<Accuracy.GumResult> gumResults = new ArrayList<>();
        double[] systemSeconds = new double[2]; // newsextract, raw CoreNLP (all its namings)
        int count = noReference ? 1 : 1 + ReferenceNer.Naming.values().length;
        for (int s = 0; s < count; s++) {
            long systemStarted = System.nanoTime();
            if (s == 1) {
                err.println("accuracy: loading raw CoreNLP (" + org.newsextract.tools.reference.ReferencePipelines.NER + ")");
                err.flush();
                ReferenceNer reference = ReferenceNer.load();
                for (ReferenceNer.Naming naming : ReferenceNer.Naming.values()) {
                    systems.add(EvalSystem.coreNlp(reference, naming)); // one annotation per input, three namings
                }
            }
            EvalSystem system = systems.get(s);
            for (Map.Entry<DataSet, List<ConllDocument>> e : conll.entrySet()) {
                Accuracy.ConllResult r = Accuracy.conll(e.getKey(), e.getValue(), system, n);
                conllResults.add(r);
                progress(err, r.set(), system, String.format(Locale.ROOT, "%d documents, %d tokens, F1 %.2f, %.1f s",
                        r.documents(), r.tokens(), r.scorer().f1(null), r.seconds()));
            }
            if (gum != null) {
                Accuracy.GumResult r = Accuracy.gum(gum, system, n);
                gumResults.add(r);
                progress(err, DataSet.GUM, system, String.format(Locale.ROOT,
                        "%d documents, entity F1 %.2f, mention F1 %.2f, %.1f s", r.documents(),
                        r.scorer().entities(null).f1(), r.scorer().mentions(null).f1(), r.seconds()));
            }
            systemSeconds[Math.min(s, 1)] += (System.nanoTime() - systemStarted) / NANOS_PER_SECOND;
        }
        conllResults.sort(Comparator.comparing(Accuracy.ConllResult::set)); // stable: newsextract first per set
        String table = header(n, systemSeconds, (System.nanoTime() - started) / NANOS_PER_SECOND)
                + Accuracy.markdown(conllResults, gumResults);
        PrintWriter out = spec.commandLine().getOut();
        out.print(table);
        out.flush();
        if (markdown != null) {
            try {
                Files.writeString(markdown, table, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(markdown + ": cannot write (" + e.getMessage() + ")");
            }
        }
        return 0;
    }

    private String header(int threads, double[] systemSeconds, double total) {
        String engine = common.engine.name().toLowerCase(Locale.ROOT)
                + (without.isEmpty() ? "" : " without " + without.stream().map(Rule::name)
                        .collect(Collectors.joining(",")));
        return String.format(Locale.ROOT, "Accuracy, %s: newsextract engine %s%s; %d threads; newsextract %.1f s%s, "
                        + "total %.1f s including loading%s%n%n", LocalDate.now(), engine,
                noReference ? ", no reference" : ", reference raw CoreNLP " + org.newsextract.tools.reference.ReferencePipelines.NER,
                threads, systemSeconds[0], noReference ? "" : String.format(Locale.ROOT, ", raw CoreNLP %.1f s",
                        systemSeconds[1]), total,
                documents == null ? "" : "; ONLY the first " + documents + " documents of each set");
    }

    private <T> List<T> first(List<T> docs) {
        return documents == null || documents >= docs.size() ? docs : docs.subList(0, documents);
    }

    private static void progress(PrintWriter err, DataSet set, EvalSystem system, String what) {
        err.println("accuracy: " + set.key() + " " + system.name() + ": " + what);
        err.flush();
    }

    private static List<GumDocument> readGum(Path file) throws IOException {
        try {
            return GumDocument.readAll(file);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException(file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalStateException(file + ": not valid UTF-8");
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage());
        }
    }

    /** Converts a set name of {@code --sets}; an unknown name is a usage error (exit 2). */
    static final class SetConverter implements ITypeConverter<DataSet> {
        @Override
        public DataSet convert(String value) {
            try {
                return DataSet.ofKey(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
