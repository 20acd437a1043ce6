package org.newsextract.tools.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.newsextract.Quote;
import org.newsextract.ReportedSpeech;
import org.newsextract.TextSpan;
import org.newsextract.quotes.FoundQuote;
import org.newsextract.quotes.FoundReported;
import org.newsextract.quotes.QuoteKind;
import org.newsextract.quotes.QuoteKinds;
import org.newsextract.quotes.QuoteMarks;
import org.newsextract.quotes.TextRange;

/**
 * Gold quotations of PolNeAR (Newell et al., LREC 2018) and the scorer that compares predicted
 * quotations with them.
 *
 * <p><b>Gold.</b> From {@code attributions.jsonl}, the attributions of one split whose type is
 * {@code direct} or {@code mixed}; their Content spans (code point offsets, turned into
 * {@code String} indices) are merged where only white space separates them, and the gold
 * quotations are the quoted parts of the merged Content: each opening double mark to its
 * closing mark, marks included. A closing mark with no opening one in the Content starts the
 * part at the Content's start (the annotator left the opening mark out); an opening mark left
 * open ends it at the Content's end; an opening mark at a new paragraph continues a quotation
 * left open. The same span in two attributions is one gold quotation with both Sources.
 *
 * <p><b>Scoring.</b> A predicted quotation matches a gold one when their character spans
 * overlap with Jaccard ≥ 0.5 (one-to-one, best overlap first). Detection precision, recall and
 * F1 count matches. The speaker of a matched quotation is correct when the predicted
 * {@code speaker.mention} overlaps one of the gold Source spans; speaker accuracy is over matched
 * quotations, overall and split by whether the gold Source is a pronoun ({@code sourcePronoun}).
 */
public final class PolnearQuotes {
    private PolnearQuotes() {
    }

    /**
     * A gold quotation.
     *
     * @param start         index of its opening mark in the document text
     * @param end           one past its closing mark
     * @param sources       its Source spans, each {@code {start, end}}
     * @param sourcePronoun whether the Source is a pronoun
     */
    public record GoldQuote(int start, int end, List<int[]> sources, boolean sourcePronoun) {
    }

    /**
     * A document of the corpus with its gold quotations.
     *
     * @param id     the document name (file name without {@code .txt})
     * @param text   its text
     * @param quotes its gold quotations in text order
     */
    public record GoldDocument(String id, String text, List<GoldQuote> quotes) {
    }

    /**
     * Reads one split: every document of {@code <dir>/<split>/text/} with its gold quotations.
     *
     * @param dir   the PolNeAR folder (holding {@code attributions.jsonl} and the split folders)
     * @param split the split name, e.g. {@code dev}
     * @return the documents sorted by id
     * @throws IOException if a file cannot be read or the JSON is malformed
     */
    public static List<GoldDocument> read(Path dir, String split) throws IOException {
        Map<String, String> texts = texts(dir, split);
        Map<String, Map<Long, GoldQuote>> gold = new HashMap<>();
        JsonFactory json = new JsonFactory();
        try (BufferedReader r = Files.newBufferedReader(dir.resolve("attributions.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                Record rec = parse(json, line);
                if (!split.equals(rec.split) || !("direct".equals(rec.type) || "mixed".equals(rec.type))) {
                    continue;
                }
                String text = texts.get(rec.doc);
                if (text == null) {
                    continue;
                }
                List<int[]> sources = new ArrayList<>();
                for (int[] s : rec.source) {
                    sources.add(toIndices(text, s));
                }
                List<int[]> content = new ArrayList<>();
                for (int[] c : rec.content) {
                    content.add(toIndices(text, c));
                }
                Map<Long, GoldQuote> docGold = gold.computeIfAbsent(rec.doc, k -> new HashMap<>());
                for (int[] part : quotedParts(text, content)) {
                    long key = ((long) part[0] << 32) | part[1];
                    GoldQuote old = docGold.get(key);
                    List<int[]> all = new ArrayList<>(sources);
                    if (old != null) {
                        all.addAll(old.sources());
                    }
                    docGold.put(key, new GoldQuote(part[0], part[1], List.copyOf(all),
                            old != null ? old.sourcePronoun() : rec.pronoun));
                }
            }
        }
        List<GoldDocument> out = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            List<GoldQuote> quotes = new ArrayList<>(gold.getOrDefault(e.getKey(), Map.of()).values());
            quotes.sort(Comparator.comparingInt(GoldQuote::start));
            out.add(new GoldDocument(e.getKey(), e.getValue(), List.copyOf(quotes)));
        }
        return out;
    }

    /** Returns the quoted parts of a Content (see the class comment), each {@code {start, end}}. */
    static List<int[]> quotedParts(String text, List<int[]> content) {
        List<int[]> spans = new ArrayList<>(content);
        spans.sort(Comparator.comparingInt(s -> s[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : spans) {
            if (!merged.isEmpty()) {
                int[] last = merged.get(merged.size() - 1);
                if (s[0] >= last[1] && text.substring(last[1], s[0]).isBlank() || s[0] < last[1]) {
                    last[1] = Math.max(last[1], s[1]);
                    continue;
                }
            }
            merged.add(new int[]{s[0], s[1]});
        }
        List<int[]> out = new ArrayList<>();
        for (int[] m : merged) {
            int open = -1;
            for (int i = m[0]; i < m[1]; i++) {
                char c = text.charAt(i);
                int length = QuoteMarks.doubleMarkLength(text, i);
                if (length == 0 || QuoteMarks.isNotQuotation(text, i, m[0])) {
                    continue;
                }
                if (length == 2) {
                    c = '"';
                }
                QuoteMarks.Facing facing = QuoteMarks.facing(text, i, length, m[0], m[1]);
                i += length - 1;
                if (open < 0) {
                    if (facing == QuoteMarks.Facing.CLOSE) {
                        out.add(new int[]{m[0], i + 1});
                    } else {
                        open = i - length + 1;
                    }
                } else if (facing == QuoteMarks.Facing.OPEN && isParagraphStart(text, i - length + 1)) {
                    continue; // a new paragraph of the same quotation
                } else if (facing == QuoteMarks.Facing.OPEN && c != '"') {
                    out.add(new int[]{open, trim(text, open, i - length + 1)});
                    open = i - length + 1;
                } else {
                    out.add(new int[]{open, i + 1});
                    open = -1;
                }
            }
            if (open >= 0) {
                out.add(new int[]{open, trim(text, open, m[1])});
            }
        }
        out.removeIf(p -> p[1] - p[0] < 2);
        return out;
    }

    private static boolean isParagraphStart(String text, int i) {
        int j = i - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\u00A0')) {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n' || text.charAt(j) == '\r';
    }

    private static int trim(String text, int start, int end) {
        while (end > start + 1 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int[] toIndices(String text, int[] codePoints) {
        int start = text.offsetByCodePoints(0, codePoints[0]);
        int end = text.offsetByCodePoints(start, codePoints[1] - codePoints[0]);
        return new int[]{start, end};
    }

    private static final class Record {
        String split;
        String doc;
        String type;
        boolean pronoun;
        final List<int[]> source = new ArrayList<>();
        final List<int[]> content = new ArrayList<>();
        final List<int[]> cue = new ArrayList<>();
    }

    private static Record parse(JsonFactory json, String line) throws IOException {
        Record rec = new Record();
        try (JsonParser p = json.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("attribution record is not a JSON object: " + line);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "split" -> rec.split = p.getText();
                    case "doc" -> rec.doc = p.getText();
                    case "type" -> rec.type = p.getText();
                    case "sourcePronoun" -> rec.pronoun = value == JsonToken.VALUE_TRUE;
                    case "source" -> readSpans(p, rec.source);
                    case "content" -> readSpans(p, rec.content);
                    case "cue" -> readSpans(p, rec.cue);
                    default -> p.skipChildren();
                }
            }
        }
        return rec;
    }

    private static void readSpans(JsonParser p, List<int[]> out) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            int start = -1;
            int end = -1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                if (f.equals("start")) {
                    start = p.getIntValue();
                } else if (f.equals("end")) {
                    end = p.getIntValue();
                } else {
                    p.skipChildren();
                }
            }
            if (start >= 0 && end > start) {
                out.add(new int[]{start, end});
            }
        }
    }

    /**
     * True if the gold of a document cannot see its quotations: it has no gold quotation while its
     * text quotes with double marks typed as two single ones ({@code ''…''}). PolNeAR's type of an
     * attribution (direct, mixed, indirect) is computed from the share of quoted Content, and that
     * computation does not see such marks, so every attribution of those documents is typed
     * indirect. Reported separately, never hidden.
     *
     * @param doc a gold document
     * @return true for such a document
     */
    public static boolean goldMissesMarks(GoldDocument doc) {
        if (!doc.quotes().isEmpty()) {
            return false;
        }
        String t = doc.text();
        for (int i = 0; i + 1 < t.length(); i++) {
            if (QuoteMarks.doubleMarkLength(t, i) == 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * A gold reported speech: a PolNeAR attribution of type {@code indirect} or {@code mixed}.
     *
     * @param start         index of the first character of its Content
     * @param end           one past the last character of its Content (the span from the first
     *                      to the last Content character, as the reference scorer takes it)
     * @param sources       its Source spans, each {@code {start, end}} (empty when it has none)
     * @param cues          its Cue spans, each {@code {start, end}}
     * @param sourcePronoun whether the Source is a pronoun
     */
    public record GoldReported(int start, int end, List<int[]> sources, List<int[]> cues, boolean sourcePronoun) {
    }

    /**
     * A document of the corpus with its gold reported speech.
     *
     * @param id       the document name (file name without {@code .txt})
     * @param text     its text
     * @param reported its gold reported speech, by start
     */
    public record ReportedDocument(String id, String text, List<GoldReported> reported) {
    }

    /** Reads the texts of one split, {@code <dir>/<split>/text/*.txt}, by document id. */
    private static Map<String, String> texts(Path dir, String split) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir.resolve(split).resolve("text"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith(".txt")) {
                    texts.put(name.substring(0, name.length() - 4), Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    /**
     * Reads the gold reported speech of one split: every document of {@code <dir>/<split>/text/}
     * with its {@code indirect} and {@code mixed} attributions.
     *
     * @param dir   the PolNeAR folder (holding {@code attributions.jsonl} and the split folders)
     * @param split the split name, e.g. {@code dev}
     * @return the documents sorted by id
     * @throws IOException if a file cannot be read or the JSON is malformed
     */
    public static List<ReportedDocument> readReported(Path dir, String split) throws IOException {
        Map<String, String> texts = texts(dir, split);
        Map<String, List<GoldReported>> gold = new HashMap<>();
        JsonFactory json = new JsonFactory();
        try (BufferedReader r = Files.newBufferedReader(dir.resolve("attributions.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                Record rec = parse(json, line);
                String text = texts.get(rec.doc);
                if (!split.equals(rec.split) || !("indirect".equals(rec.type) || "mixed".equals(rec.type))
                        || text == null || rec.content.isEmpty()) {
                    continue;
                }
                int start = Integer.MAX_VALUE;
                int end = -1;
                for (int[] c : rec.content) {
                    int[] i = toIndices(text, c);
                    start = Math.min(start, i[0]);
                    end = Math.max(end, i[1]);
                }
                List<int[]> sources = new ArrayList<>();
                for (int[] x : rec.source) {
                    sources.add(toIndices(text, x));
                }
                List<int[]> cues = new ArrayList<>();
                for (int[] x : rec.cue) {
                    cues.add(toIndices(text, x));
                }
                gold.computeIfAbsent(rec.doc, k -> new ArrayList<>())
                        .add(new GoldReported(start, end, List.copyOf(sources), List.copyOf(cues), rec.pronoun));
            }
        }
        List<ReportedDocument> out = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            List<GoldReported> list = new ArrayList<>(gold.getOrDefault(e.getKey(), List.of()));
            list.sort(Comparator.comparingInt(GoldReported::start));
            out.add(new ReportedDocument(e.getKey(), e.getValue(), List.copyOf(list)));
        }
        return out;
    }

    /** Jaccard overlap a predicted content must reach to match a gold one. */
    public static final double MIN_JACCARD = 0.5;

    /**
     * Scores reported speech against PolNeAR's indirect and mixed attributions: content detection
     * at character Jaccard ≥ {@link #MIN_JACCARD} (one-to-one, best overlap first) and by overlap
     * (any shared character, one-to-one, most shared characters first: Citron's metric), speaker
     * accuracy over Jaccard matches (the predicted speaker mention overlaps a gold Source; a gold
     * attribution without Source counts as right only when no speaker is predicted), and cue
     * accuracy over Jaccard matches (the predicted cue overlaps a gold Cue). Not thread-safe:
     * add documents from one thread.
     */
    public static final class ReportedScorer {
        /** Gold cues (lower case, as written) with at least this many attributions count as frequent in the report. */
        public static final int FREQUENT_CUE = 10;
        private int tp;
        private int fp;
        private int fn;
        private int overlapTp;
        private int overlapFp;
        private int overlapFn;
        private int speakerCorrect;
        private int cueCorrect;
        private int pronounTotal;
        private int pronounCorrect;
        private int namedTotal;
        private int namedCorrect;
        private final Map<String, Integer> missedCues = new HashMap<>();
        private final Map<String, Integer> goldCues = new HashMap<>();
        private final Map<String, int[]> predictedCues = new HashMap<>();
        private final ErrorClasses errors;
        /** Per {@link #CUTOFFS} entry: tp, fp, fn by Jaccard, then tp, fp, fn by overlap, of the predictions at or above it. */
        private final int[][] atCutoff = new int[CUTOFFS.length][6];
        private boolean confidencesSeen;
        /** Each prediction given with a confidence: {confidence, 1 if it matches gold at Jaccard ≥ {@link #MIN_JACCARD} else 0}. */
        private final List<double[]> confidenceOutcomes = new ArrayList<>();

        /** The confidence cut-offs the report scores: what a user who keeps only ReportedSpeech.confidence() ≥ c gets. */
        public static final double[] CUTOFFS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
        /** Equal-width confidence bins of the calibration line. */
        public static final int CALIBRATION_BINS = 10;

        /** @param maxExamples how many examples of each error class to keep for {@link #examples()} */
        public ReportedScorer(int maxExamples) {
            this.errors = new ErrorClasses(maxExamples);
        }

        /**
         * Scores one document.
         *
         * @param doc       the gold document
         * @param predicted the predicted reported speech (offsets into {@code doc.text()})
         * @param rules     the rule that found each prediction (same size), or null
         */
        public void add(ReportedDocument doc, List<Predicted> predicted, List<String> rules) {
            add(doc, predicted, rules, null);
        }

        /**
         * Scores one document, and with confidences also as a user who keeps only the predictions
         * at or above each of {@link #CUTOFFS} would get it, and how often each tenth of confidence is right.
         *
         * @param doc         the gold document
         * @param predicted   the predicted reported speech (offsets into {@code doc.text()})
         * @param rules       the rule that found each prediction (same size), or null
         * @param confidences each prediction's confidence in [0, 1] (same size), or null
         */
        public void add(ReportedDocument doc, List<Predicted> predicted, List<String> rules, List<Double> confidences) {
            List<GoldReported> gold = doc.reported();
            int[] goldOf = match(predicted, gold, true);
            if (confidences != null) {
                confidencesSeen = true;
                byConfidence(gold, predicted, confidences, goldOf);
            }
            int[] overlapOf = match(predicted, gold, false);
            boolean[] goldOverlapMatched = new boolean[gold.size()];
            for (int i = 0; i < predicted.size(); i++) {
                if (overlapOf[i] >= 0) {
                    overlapTp++;
                    goldOverlapMatched[overlapOf[i]] = true;
                } else {
                    overlapFp++;
                }
            }
            for (boolean m : goldOverlapMatched) {
                overlapFn += m ? 0 : 1;
            }
            boolean[] goldMatched = new boolean[gold.size()];
            for (int i = 0; i < predicted.size(); i++) {
                Predicted p = predicted.get(i);
                String rule = rules == null ? "?" : rules.get(i);
                String predictedCue = p.cue().map(c -> c.text().toLowerCase(Locale.ROOT)).orElse("-");
                predictedCues.computeIfAbsent(predictedCue, x -> new int[2])[goldOf[i] < 0 ? 1 : 0]++;
                if (goldOf[i] < 0) {
                    fp++;
                    error((overlapOf[i] >= 0 ? "content: boundary differs (" : "content: spurious (") + rule + ")",
                            doc.text(), doc.id(), p.start(), p.end(), "");
                    continue;
                }
                tp++;
                GoldReported g = gold.get(goldOf[i]);
                goldMatched[goldOf[i]] = true;
                boolean correct = g.sources().isEmpty() ? p.speaker().isEmpty()
                        : p.speaker().isPresent() && overlapsAny(p.speaker().get(), g.sources());
                speakerCorrect += correct ? 1 : 0;
                cueCorrect += p.cue().isPresent() && overlapsAny(p.cue().get(), g.cues()) ? 1 : 0;
                if (g.sourcePronoun()) {
                    pronounTotal++;
                    pronounCorrect += correct ? 1 : 0;
                } else {
                    namedTotal++;
                    namedCorrect += correct ? 1 : 0;
                }
                if (!correct) {
                    String source = g.sources().isEmpty() ? "-"
                            : doc.text().substring(g.sources().get(0)[0], g.sources().get(0)[1]);
                    String cls = p.speaker().isEmpty() ? "speaker: none found" : "speaker: wrong (" + rule + ")";
                    error(cls, doc.text(), doc.id(), p.start(), p.end(), " gold=" + source + " predicted="
                            + p.speaker().map(TextRange::text).orElse("-"));
                }
            }
            for (int j = 0; j < gold.size(); j++) {
                GoldReported g = gold.get(j);
                String cue = g.cues().isEmpty() ? "-" : doc.text().substring(g.cues().get(0)[0], g.cues().get(0)[1])
                        .toLowerCase(Locale.ROOT);
                goldCues.merge(cue, 1, Integer::sum);
                if (!goldMatched[j]) {
                    fn++;
                    missedCues.merge(cue, 1, Integer::sum);
                    if (!goldOverlapMatched[j]) {
                        error("content: missed", doc.text(), doc.id(), g.start(), g.end(), " cue=" + cue);
                    }
                }
            }
        }

        private void byConfidence(List<GoldReported> gold, List<Predicted> predicted, List<Double> confidences,
                                  int[] goldOf) {
            for (int i = 0; i < predicted.size(); i++) {
                confidenceOutcomes.add(new double[]{confidences.get(i), goldOf[i] >= 0 ? 1 : 0});
            }
            for (int c = 0; c < CUTOFFS.length; c++) {
                List<Predicted> kept = new ArrayList<>();
                for (int i = 0; i < predicted.size(); i++) {
                    if (confidences.get(i) >= CUTOFFS[c]) {
                        kept.add(predicted.get(i));
                    }
                }
                int[] counts = atCutoff[c];
                int[][] matched = {match(kept, gold, true), match(kept, gold, false)};
                for (int way = 0; way < 2; way++) {
                    int hits = 0;
                    for (int g : matched[way]) {
                        hits += g >= 0 ? 1 : 0;
                    }
                    counts[3 * way] += hits;
                    counts[3 * way + 1] += kept.size() - hits;
                    counts[3 * way + 2] += gold.size() - hits;
                }
            }
        }

        /**
         * Returns every prediction given with a confidence, as {confidence, outcome}: outcome 1 if it
         * matched gold at Jaccard ≥ {@link #MIN_JACCARD}, else 0.
         *
         * @return the pairs in the order scored (unmodifiable)
         */
        public List<double[]> confidenceOutcomes() {
            return Collections.unmodifiableList(confidenceOutcomes);
        }

        /**
         * Returns the expected calibration error of the confidences: over the {@link #CALIBRATION_BINS}
         * bins, the share of predictions in a bin times the gap between their mean confidence and
         * their share matching gold.
         *
         * @return the error in [0, 1]; 0 when no confidences were given
         */
        public double expectedCalibrationError() {
            double error = 0;
            for (double[] bin : calibrationBins()) {
                if (bin[0] > 0) {
                    error += Math.abs(bin[1] - bin[2]) / confidenceOutcomes.size();
                }
            }
            return error;
        }

        /** Per tenth of confidence: {predictions, sum of their confidences, those matching gold}. */
        private double[][] calibrationBins() {
            double[][] bins = new double[CALIBRATION_BINS][3];
            for (double[] o : confidenceOutcomes) {
                double[] bin = bins[Math.min(CALIBRATION_BINS - 1, (int) (o[0] * CALIBRATION_BINS))];
                bin[0]++;
                bin[1] += o[0];
                bin[2] += o[1];
            }
            return bins;
        }

        private static boolean overlapsAny(TextRange span, List<int[]> spans) {
            return PolnearQuotes.overlapsAny(span.start(), span.end(), spans);
        }

        /** One-to-one matching, best first: by Jaccard ≥ {@link #MIN_JACCARD}, or by shared characters. */
        private static int[] match(List<Predicted> predicted, List<GoldReported> gold, boolean byJaccard) {
            List<double[]> pairs = new ArrayList<>();
            for (int i = 0; i < predicted.size(); i++) {
                Predicted p = predicted.get(i);
                for (int j = 0; j < gold.size(); j++) {
                    GoldReported g = gold.get(j);
                    double score = byJaccard ? jaccard(p.start(), p.end(), g.start(), g.end())
                            : Math.max(0, Math.min(p.end(), g.end()) - Math.max(p.start(), g.start()));
                    if (byJaccard ? score >= MIN_JACCARD : score > 0) {
                        pairs.add(new double[]{score, i, j});
                    }
                }
            }
            pairs.sort((a, b) -> Double.compare(b[0], a[0]));
            int[] goldOf = new int[predicted.size()];
            boolean[] used = new boolean[gold.size()];
            java.util.Arrays.fill(goldOf, -1);
            for (double[] pair : pairs) {
                int i = (int) pair[1];
                int j = (int) pair[2];
                if (goldOf[i] < 0 && !used[j]) {
                    goldOf[i] = j;
                    used[j] = true;
                }
            }
            return goldOf;
        }

        private void error(String cls, String text, String id, int start, int end, String note) {
            errors.add(cls, id, text, start, end, note);
        }

        /** Returns the content precision at Jaccard ≥ {@link #MIN_JACCARD} (1 when nothing was predicted). */
        public double precision() {
            return Scorer.ratio(tp, tp + fp);
        }

        /** Returns the content recall at Jaccard ≥ {@link #MIN_JACCARD} (1 when there is no gold). */
        public double recall() {
            return Scorer.ratio(tp, tp + fn);
        }

        /** Returns the content F1 at Jaccard ≥ {@link #MIN_JACCARD}. */
        public double f1() {
            return f(precision(), recall());
        }

        /** Returns the content F1 by overlap match (any shared character, one-to-one). */
        public double overlapF1() {
            return f(Scorer.ratio(overlapTp, overlapTp + overlapFp), Scorer.ratio(overlapTp, overlapTp + overlapFn));
        }

        /** Returns the share of Jaccard-matched contents whose speaker is right. */
        public double speakerAccuracy() {
            return Scorer.ratio(speakerCorrect, tp);
        }

        /** Returns the speaker accuracy over matches whose gold Source is a pronoun. */
        public double pronounSpeakerAccuracy() {
            return Scorer.ratio(pronounCorrect, pronounTotal);
        }

        /** Returns the speaker accuracy over matches whose gold Source is not a pronoun. */
        public double namedSpeakerAccuracy() {
            return Scorer.ratio(namedCorrect, namedTotal);
        }

        /** Returns the share of Jaccard-matched contents whose cue overlaps the gold Cue. */
        public double cueAccuracy() {
            return Scorer.ratio(cueCorrect, tp);
        }

        /** Returns the error classes with their counts. */
        public Map<String, Integer> errors() {
            return errors.counts();
        }

        /** Returns up to the configured number of examples per error class. */
        public Map<String, List<String>> examples() {
            return errors.examples();
        }

        /** Returns the report: content P/R/F1 both ways, speaker and cue accuracy, error table, missed cues. */
        public String report() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "content (Jaccard >= %.1f): tp %d, fp %d, fn %d; P %.3f R %.3f F1 %.3f%n",
                    MIN_JACCARD, tp, fp, fn, precision(), recall(), f1()));
            b.append(String.format(Locale.ROOT, "content (overlap): tp %d, fp %d, fn %d; P %.3f R %.3f F1 %.3f%n",
                    overlapTp, overlapFp, overlapFn, Scorer.ratio(overlapTp, overlapTp + overlapFp),
                    Scorer.ratio(overlapTp, overlapTp + overlapFn), overlapF1()));
            b.append(String.format(Locale.ROOT, "speaker accuracy: %.3f (%d/%d); pronoun sources %.3f (%d/%d); "
                            + "named sources %.3f (%d/%d)%n", speakerAccuracy(), speakerCorrect, tp,
                    pronounSpeakerAccuracy(), pronounCorrect, pronounTotal, namedSpeakerAccuracy(), namedCorrect, namedTotal));
            b.append(String.format(Locale.ROOT, "cue accuracy: %.3f (%d/%d)%n", cueAccuracy(), cueCorrect, tp));
            errors.appendTable(b);
            b.append("recall (Jaccard) by gold cue, most frequent first:");
            goldCues.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(20)
                    .forEach(e -> b.append(String.format(Locale.ROOT, " %s %.2f of %d,", e.getKey(),
                            1 - (double) missedCues.getOrDefault(e.getKey(), 0) / e.getValue(), e.getValue())));
            int frequent = 0;
            int frequentMissed = 0;
            int rare = 0;
            int rareMissed = 0;
            for (Map.Entry<String, Integer> e : goldCues.entrySet()) {
                boolean isFrequent = e.getValue() >= FREQUENT_CUE;
                int missed = missedCues.getOrDefault(e.getKey(), 0);
                frequent += isFrequent ? e.getValue() : 0;
                frequentMissed += isFrequent ? missed : 0;
                rare += isFrequent ? 0 : e.getValue();
                rareMissed += isFrequent ? 0 : missed;
            }
            b.append(String.format(Locale.ROOT, "%nrecall of gold whose cue occurs at least %d times: %.2f of %d; of the "
                    + "rest: %.2f of %d%n", FREQUENT_CUE, Scorer.ratio(frequent - frequentMissed, frequent), frequent,
                    Scorer.ratio(rare - rareMissed, rare), rare));
            b.append("precision (Jaccard) by predicted cue, most frequent first:");
            predictedCues.entrySet().stream().sorted((x, y) -> Integer.compare(y.getValue()[0] + y.getValue()[1],
                    x.getValue()[0] + x.getValue()[1])).limit(20).forEach(e -> b.append(String.format(Locale.ROOT,
                    " %s %.2f of %d,", e.getKey(), Scorer.ratio(e.getValue()[0], e.getValue()[0] + e.getValue()[1]),
                    e.getValue()[0] + e.getValue()[1])));
            b.append('\n');
            b.append("most frequent cues of missed gold (Jaccard):");
            missedCues.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(20)
                    .forEach(e -> b.append(' ').append(e.getKey()).append(' ').append(e.getValue()).append(','));
            b.append('\n');
            if (confidencesSeen) {
                b.append("by confidence cut-off (only predictions with confidence >= c): Jaccard P / R / F1, overlap F1\n");
                for (int c = 0; c < CUTOFFS.length; c++) {
                    int[] k = atCutoff[c];
                    double p = Scorer.ratio(k[0], k[0] + k[1]);
                    double r = Scorer.ratio(k[0], k[0] + k[2]);
                    double op = Scorer.ratio(k[3], k[3] + k[4]);
                    double or = Scorer.ratio(k[3], k[3] + k[5]);
                    b.append(String.format(Locale.ROOT, "  >= %.1f: %d kept; %.3f / %.3f / %.3f, overlap %.3f%n",
                            CUTOFFS[c], k[0] + k[1], p, r, f(p, r), f(op, or)));
                }
                b.append("calibration (share of predictions matching gold at Jaccard >= ").append(MIN_JACCARD)
                        .append(", by confidence):");
                double[][] bins = calibrationBins();
                for (int bin = 0; bin < CALIBRATION_BINS; bin++) {
                    if (bins[bin][0] > 0) {
                        b.append(String.format(Locale.ROOT, " [%.1f, %.1f) %.2f of %d;", (double) bin / CALIBRATION_BINS,
                                (double) (bin + 1) / CALIBRATION_BINS, bins[bin][2] / bins[bin][0], (int) bins[bin][0]));
                    }
                }
                b.append(String.format(Locale.ROOT, " expected calibration error %.3f%n", expectedCalibrationError()));
            }
            return b.toString();
        }

        private static double f(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * A predicted quotation or reported speech as the scorers read it: its span, its kind, and
     * the spans of its speaker mention and cue. Made from the internal pipeline's results (which
     * carry the rule that found each, for the error classes) or from the public API's values (as
     * users get them).
     *
     * @param start   index of the first character in the document text
     * @param end     one past the last character
     * @param kind    direct or partial for a quotation, null for reported speech
     * @param speaker the speaker's mention, when a speaker was found
     * @param cue     the reporting cue, when there is one
     */
    public record Predicted(int start, int end, QuoteKind kind, Optional<TextRange> speaker, Optional<TextRange> cue) {
        /**
         * @param q a quotation the internal pipeline found
         * @return it as the scorer reads it
         */
        public static Predicted of(FoundQuote q) {
            return new Predicted(q.start(), q.end(), q.kind(), q.speaker().map(s -> s.mention()), q.cue());
        }

        /**
         * @param r reported speech the internal pipeline found
         * @return it as the scorer reads it
         */
        public static Predicted of(FoundReported r) {
            return new Predicted(r.start(), r.end(), null, r.speaker().map(s -> s.mention()), r.cue());
        }

        /**
         * @param q a quotation of an {@code Extraction}
         * @return it as the scorer reads it
         */
        public static Predicted of(Quote q) {
            return new Predicted(q.start(), q.end(), QuoteKind.valueOf(q.kind().name()),
                    q.speaker().map(s -> range(s.mention())), q.cue().map(Predicted::range));
        }

        /**
         * @param r reported speech of an {@code Extraction}
         * @return it as the scorer reads it
         */
        public static Predicted of(ReportedSpeech r) {
            return new Predicted(r.start(), r.end(), null, r.speaker().map(s -> range(s.mention())),
                    r.cue().map(Predicted::range));
        }

        private static TextRange range(TextSpan s) {
            return new TextRange(s.start(), s.end(), s.text());
        }
    }

    /** True if the character span [start, end) shares a character with one of {@code spans} ({start, end} each). */
    static boolean overlapsAny(int start, int end, List<int[]> spans) {
        for (int[] s : spans) {
            if (start < s[1] && s[0] < end) {
                return true;
            }
        }
        return false;
    }

    /** Returns the Jaccard overlap of two character spans. */
    static double jaccard(int s1, int e1, int s2, int e2) {
        int inter = Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
        int union = Math.max(e1, e2) - Math.min(s1, s2);
        return union == 0 ? 0 : (double) inter / union;
    }

    /**
     * Accumulates scores over documents. Not thread-safe: add documents from one thread.
     */
    public static final class Scorer {
        private int truePositives;
        private int falsePositives;
        private int falseNegatives;
        private int speakerCorrect;
        private int pronounTotal;
        private int pronounCorrect;
        private int namedTotal;
        private int namedCorrect;
        private final ErrorClasses errors;
        private final List<String> errorLines = new ArrayList<>();

        /** @param maxExamples how many examples of each error class to keep for {@link #examples()} */
        public Scorer(int maxExamples) {
            this.errors = new ErrorClasses(maxExamples);
        }

        /**
         * Scores one document.
         *
         * @param doc       the gold document
         * @param predicted the predicted quotations (offsets into {@code doc.text()})
         * @param rules     the rule that attributed each predicted quotation (same size), or null
         */
        public void add(GoldDocument doc, List<Predicted> predicted, List<String> rules) {
            List<GoldQuote> gold = doc.quotes();
            List<double[]> pairs = new ArrayList<>();
            for (int i = 0; i < predicted.size(); i++) {
                for (int j = 0; j < gold.size(); j++) {
                    double jac = jaccard(predicted.get(i).start(), predicted.get(i).end(), gold.get(j).start(), gold.get(j).end());
                    if (jac >= 0.5) {
                        pairs.add(new double[]{jac, i, j});
                    }
                }
            }
            pairs.sort((a, b) -> Double.compare(b[0], a[0]));
            int[] goldOf = new int[predicted.size()];
            int[] predOf = new int[gold.size()];
            java.util.Arrays.fill(goldOf, -1);
            java.util.Arrays.fill(predOf, -1);
            for (double[] pair : pairs) {
                int i = (int) pair[1];
                int j = (int) pair[2];
                if (goldOf[i] < 0 && predOf[j] < 0) {
                    goldOf[i] = j;
                    predOf[j] = i;
                }
            }
            for (int i = 0; i < predicted.size(); i++) {
                Predicted q = predicted.get(i);
                String rule = rules == null ? "?" : rules.get(i);
                if (goldOf[i] < 0) {
                    falsePositives++;
                    boolean overlaps = gold.stream().anyMatch(g -> jaccard(q.start(), q.end(), g.start(), g.end()) > 0);
                    error(overlaps ? "quote: boundary differs (Jaccard < 0.5)" : "quote: spurious " + q.kind()
                            + (q.speaker().isPresent() ? ", with speaker" : ", no speaker"), doc, q.start(), q.end(), "");
                    continue;
                }
                truePositives++;
                GoldQuote g = gold.get(goldOf[i]);
                boolean correct = q.speaker().isPresent() && g.sources().stream().anyMatch(s ->
                        q.speaker().get().start() < s[1] && s[0] < q.speaker().get().end());
                if (correct) {
                    speakerCorrect++;
                }
                if (g.sourcePronoun()) {
                    pronounTotal++;
                    pronounCorrect += correct ? 1 : 0;
                } else {
                    namedTotal++;
                    namedCorrect += correct ? 1 : 0;
                }
                if (!correct) {
                    String source = g.sources().isEmpty() ? "?" : doc.text().substring(g.sources().get(0)[0], g.sources().get(0)[1]);
                    String cls = q.speaker().isEmpty() ? "speaker: none found" : "speaker: wrong (" + rule + ")";
                    error(cls, doc, q.start(), q.end(), " gold=" + source + " predicted="
                            + q.speaker().map(TextRange::text).orElse("-"));
                    errorLines.add(String.join("\t", doc.id(), cls, oneLine(source),
                            oneLine(q.speaker().map(TextRange::text).orElse("-")), context(doc.text(), q.start(), q.end(), 300, 200)));
                }
            }
            for (int j = 0; j < gold.size(); j++) {
                if (predOf[j] < 0) {
                    falseNegatives++;
                    GoldQuote g = gold.get(j);
                    boolean overlaps = predicted.stream().anyMatch(q -> jaccard(q.start(), q.end(), g.start(), g.end()) > 0);
                    if (!overlaps) {
                        error("quote: missed" + (QuoteKinds.kindOf(doc.text(), g.start(), g.end()) == QuoteKind.PARTIAL
                                ? " (fragment)" : ""), doc, g.start(), g.end(), "");
                    }
                }
            }
        }

        private void error(String cls, GoldDocument doc, int start, int end, String note) {
            if (!cls.startsWith("speaker:")) {
                errorLines.add(String.join("\t", doc.id(), cls, "-", "-", context(doc.text(), start, end, 300, 200)));
            }
            errors.add(cls, doc.id(), doc.text(), start, end, note);
        }

        private static String oneLine(String s) {
            return s.replace('\n', '¶').replace('\t', ' ');
        }

        private static String context(String t, int start, int end, int before, int after) {
            return oneLine(t.substring(Math.max(0, start - before), start) + "[[" + t.substring(start, end) + "]]"
                    + t.substring(end, Math.min(t.length(), end + after)));
        }

        /**
         * Returns every error as a tab-separated line: document, error class, gold Source, predicted
         * speaker ("-" for detection errors), and the quotation in its context between [[ and ]].
         */
        public List<String> errorLines() {
            return List.copyOf(errorLines);
        }

        /** Returns the detection precision (1 when nothing was predicted). */
        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        /** Returns the detection recall (1 when there is no gold quotation). */
        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        /** Returns the detection F1. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Returns the share of matched quotations whose speaker is right. */
        public double speakerAccuracy() {
            return ratio(speakerCorrect, truePositives);
        }

        /** Returns the speaker accuracy over matched quotations whose gold Source is a pronoun. */
        public double pronounSpeakerAccuracy() {
            return ratio(pronounCorrect, pronounTotal);
        }

        /** Returns the speaker accuracy over matched quotations whose gold Source is not a pronoun. */
        public double namedSpeakerAccuracy() {
            return ratio(namedCorrect, namedTotal);
        }

        /** Returns the error classes with their counts, sorted by name. */
        public Map<String, Integer> errors() {
            return errors.counts();
        }

        /** Returns up to the configured number of examples per error class. */
        public Map<String, List<String>> examples() {
            return errors.examples();
        }

        /** Returns the report: counts, P/R/F1, speaker accuracy, error table. */
        public String report() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "detection: tp %d, fp %d, fn %d; P %.3f R %.3f F1 %.3f%n",
                    truePositives, falsePositives, falseNegatives, precision(), recall(), f1()));
            b.append(String.format(Locale.ROOT, "speaker accuracy: %.3f (%d/%d); pronoun sources %.3f (%d/%d); "
                            + "named sources %.3f (%d/%d)%n", speakerAccuracy(), speakerCorrect, truePositives,
                    pronounSpeakerAccuracy(), pronounCorrect, pronounTotal, namedSpeakerAccuracy(), namedCorrect, namedTotal));
            errors.appendTable(b);
            return b.toString();
        }

        static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }
    }
}
