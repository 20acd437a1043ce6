package org.newsextract.tools.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import org.newsextract.pipeline.Engines;
import org.newsextract.pipeline.EngineKind;
import org.newsextract.pipeline.Pipeline;
import org.newsextract.quotes.FoundReported;
import org.newsextract.quotes.QuoteExtractor;
import org.newsextract.quotes.ReportedModel;
import org.newsextract.quotes.TextRange;
import org.newsextract.text.TokenizedText;

/**
 * Feasibility study (docs/PARSER-STUDY.md): would a dependency parser, as an option, give the
 * reported-speech extractor better content boundaries and sources? Not part of the library.
 *
 * <p>For every gold {@code indirect} or {@code mixed} PolNeAR attribution it parses the sentence
 * of the gold Cue with Stanford CoreNLP (tokenize, ssplit, pos, depparse; basic UD dependencies),
 * takes the Cue's head token (the cue token nearest the root, a verb first) and asks whether a
 * subtree span around it reaches character Jaccard ≥ 0.5 with the gold Content (the span from its
 * first to its last character, as the scorer takes it):
 * <ul>
 * <li>{@code dep:REL}: the subtree of each dependent of the cue head (by relation);</li>
 * <li>{@code gov:REL} / {@code gov2:REL}: the subtree of the cue head's governor (grand-governor),
 * less the subtree on the path down to the cue head, from its first to its last token (content
 * before the cue, "X, he said"; "according to X, …"; raising and passive);</li>
 * <li>extended only, {@code right}/{@code left}: everything in the cue head's subtree after
 * (before) the cue head, less its subject, punctuation trimmed (e.g. "accuses [X of …]").</li>
 * </ul>
 * For comparison it runs the project's own candidate generator (the rules' content-boundary
 * variants, {@link QuoteExtractor#reportedCandidates}) with the shipped model's cues and ranker on
 * the same documents. It also measures the Source (the cue head's nsubj, "by" agent or
 * "according to"'s object) and the parser's speed, whole text and candidate sentences only.
 *
 * <p>Usage, from the repository root: {@code ParserOracle [polnear dir] [--train-docs N]
 * [--no-speed | --speed-only] [--samples N]}; docs/PARSER-STUDY.md has the command and the results.
 */
public final class ParserOracle {
    private ParserOracle() {
    }

    private static final Set<String> SAYING = Set.of("say", "says", "said", "saying", "tell", "tells", "told",
            "telling", "according");

    /** A candidate content span from the parse. */
    private record Span(String label, int start, int end, boolean extended) {
    }

    /** Counts for one data set. */
    private static final class Stats {
        final String name;
        int docs;
        int tokens;
        int gold;
        int cueNotFound;
        int contentOutsideSentence;
        final Map<String, int[]> byCat = new TreeMap<>(); // cat -> {n, strictFit, extFit, oursAny, oursAtCue, candAtCue, rankerAtCue, union}
        final Map<String, int[]> labels = new TreeMap<>(); // label -> {present, fits}
        final Map<String, int[]> labelsByCat = new TreeMap<>();
        int candAtCue;
        int candAtCueNoFit;
        int candAtCueNoFitParserStrict;
        int candAtCueNoFitParserExt;
        int strictCandidates;
        int extCandidates;
        int cuesParsed;
        // sources
        int withSource;
        int srcStrict;
        int srcFallback;
        int srcNoSubjectFound;
        int srcOursAtCue;
        int srcOursAtCueN;
        int srcParserAtCueN;
        int srcParserAtCue;
        final Map<String, int[]> srcByCat = new TreeMap<>();
        // priority rule
        final List<Object[]> perGold = new ArrayList<>(); // {List<Span>, goldStart, goldEnd, cat}
        final List<String> samplesRescued = new ArrayList<>();
        // like for like, gold with a candidate of ours at the gold cue: {ours variant, ranker, parser strict, parser ext, union}
        final int[] atCue = new int[5];
        final List<Object[]> atCueGold = new ArrayList<>(); // perGold entries of those gold
        int ceilingOursOrParserAtOurCue;
        // predictions of the shipped model per doc, with the parser's spans at each one's cue
        final List<PolnearQuotes.ReportedDocument> docList = new ArrayList<>();
        final List<List<FoundReported>> predictions = new ArrayList<>();
        final List<List<List<Span>>> predictionSpans = new ArrayList<>();
        final List<String> samplesBothMiss = new ArrayList<>();

        Stats(String name) {
            this.name = name;
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of("../shared/data/polnear");
        int trainDocs = 200;
        boolean speed = true;
        boolean oracle = true;
        int samples = 12;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--train-docs" -> trainDocs = Integer.parseInt(args[++i]);
                case "--no-speed" -> speed = false;
                case "--speed-only" -> oracle = false;
                case "--samples" -> samples = Integer.parseInt(args[++i]);
                default -> dir = Path.of(args[i]);
            }
        }
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,depparse");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("tokenize.options", "invertible=true");
        StanfordCoreNLP nlp = new StanfordCoreNLP(props);
        Pipeline ours = Engines.pipeline(EngineKind.CORENLP);
        ReportedModel model = ReportedModel.shipped();

        List<PolnearQuotes.ReportedDocument> dev = PolnearQuotes.readReported(dir, "dev");
        List<PolnearQuotes.ReportedDocument> train = PolnearQuotes.readReported(dir, "train");
        train = train.subList(0, Math.min(trainDocs, train.size()));

        if (!oracle) {
            speed(dev, props);
            return;
        }
        Stats trainStats = run("train (first " + train.size() + " docs by id)", train, nlp, ours, model, samples);
        Stats devStats = run("dev (" + dev.size() + " docs)", dev, nlp, ours, model, samples);
        List<String> priority = priority(trainStats);
        for (Stats s : List.of(devStats, trainStats)) {
            report(s, priority);
        }
        if (speed) {
            speed(dev, props);
        }
    }

    private static Stats run(String name, List<PolnearQuotes.ReportedDocument> docs, StanfordCoreNLP nlp,
                             Pipeline ours, ReportedModel model, int maxSamples) {
        Stats st = new Stats(name);
        QuoteExtractor quotes = ours.quotes();
        for (PolnearQuotes.ReportedDocument doc : docs) {
            st.docs++;
            String text = doc.text();
            Annotation a = new Annotation(text);
            nlp.annotate(a);
            List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
            st.tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
            TokenizedText t = ours.tokenize(text);
            List<QuoteExtractor.ReportedCandidate> cands = quotes.reportedCandidates(t, ours.entities(t), model::isCue);
            List<FoundReported> predicted = new ArrayList<>();
            List<List<Span>> predictedSpans = new ArrayList<>();
            for (QuoteExtractor.ReportedResult r : quotes.extractAll(t, ours.entities(t), model).reported()) {
                predicted.add(r.speech());
                List<Span> sp = List.of();
                if (r.speech().cue().isPresent()) {
                    TextRange c = r.speech().cue().get();
                    Object[] parse = cueHead(sentences, List.<int[]>of(new int[]{c.start(), c.end()}));
                    if (parse != null) {
                        sp = spans((SemanticGraph) parse[1], (IndexedWord) parse[0], (List<CoreLabel>) parse[2], text);
                    }
                }
                predictedSpans.add(sp);
            }
            st.docList.add(doc);
            st.predictions.add(predicted);
            st.predictionSpans.add(predictedSpans);
            // ranker's choice per group
            Map<Integer, Integer> chosen = new HashMap<>();
            Map<Integer, Double> chosenScore = new HashMap<>();
            for (int k = 0; k < cands.size(); k++) {
                double s = model.rankScore(cands.get(k).features());
                int g = cands.get(k).group();
                if (!chosenScore.containsKey(g) || s > chosenScore.get(g)) {
                    chosenScore.put(g, s);
                    chosen.put(g, k);
                }
            }
            for (PolnearQuotes.GoldReported g : doc.reported()) {
                st.gold++;
                String cueText = g.cues().isEmpty() ? "-"
                        : text.substring(g.cues().get(0)[0], g.cues().get(0)[1]).toLowerCase(Locale.ROOT);
                // our variants
                boolean oursAny = false;
                boolean candAtCue = false;
                boolean oursAtCue = false;
                boolean rankerAtCue = false;
                boolean ourSpeakerRight = false;
                for (int k = 0; k < cands.size(); k++) {
                    FoundReported r = cands.get(k).speech();
                    boolean fits = PolnearQuotes.jaccard(r.start(), r.end(), g.start(), g.end()) >= PolnearQuotes.MIN_JACCARD;
                    oursAny |= fits;
                    boolean atCue = r.cue().isPresent() && overlapsAny(r.cue().get(), g.cues());
                    if (atCue) {
                        candAtCue = true;
                        oursAtCue |= fits;
                        boolean isChosen = chosen.get(cands.get(k).group()) == k;
                        rankerAtCue |= fits && isChosen;
                        if (isChosen && r.speaker().isPresent() && overlapsAny(r.speaker().get().mention(), g.sources())) {
                            ourSpeakerRight = true;
                        }
                    }
                }
                // the parse
                Object[] parse = cueHead(sentences, g.cues());
                IndexedWord head = parse == null ? null : (IndexedWord) parse[0];
                SemanticGraph graph = parse == null ? null : (SemanticGraph) parse[1];
                @SuppressWarnings("unchecked")
                List<CoreLabel> tokens = parse == null ? null : (List<CoreLabel>) parse[2];
                boolean saying = SAYING.contains(cueText) || head != null && SAYING.contains(head.word().toLowerCase(Locale.ROOT));
                String cat = (saying ? "saying" : "other") + ", "
                        + (head == null ? "none" : head.tag().startsWith("VB") ? "verb" : head.tag().startsWith("NN") ? "noun" : "other-pos");
                List<Span> spans = head == null ? List.of() : spans(graph, head, tokens, text);
                if (head == null) {
                    st.cueNotFound++;
                } else {
                    st.cuesParsed++;
                    int sentStart = tokens.get(0).beginPosition();
                    int sentEnd = tokens.get(tokens.size() - 1).endPosition();
                    if (g.start() < sentStart || g.end() > sentEnd) {
                        st.contentOutsideSentence++;
                    }
                }
                boolean strict = false;
                boolean ext = false;
                Set<String> present = new HashSet<>();
                Set<String> fitting = new HashSet<>();
                for (Span sp : spans) {
                    boolean fits = PolnearQuotes.jaccard(sp.start(), sp.end(), g.start(), g.end()) >= PolnearQuotes.MIN_JACCARD;
                    if (sp.extended()) {
                        st.extCandidates++;
                    } else {
                        st.strictCandidates++;
                        strict |= fits;
                    }
                    ext |= fits;
                    present.add(sp.label());
                    if (fits) {
                        fitting.add(sp.label());
                    }
                }
                for (String l : present) {
                    int[] c = st.labels.computeIfAbsent(l, x -> new int[2]);
                    c[0]++;
                    c[1] += fitting.contains(l) ? 1 : 0;
                    int[] cc = st.labelsByCat.computeIfAbsent((saying ? "saying" : "other") + "\t" + l, x -> new int[2]);
                    cc[0]++;
                    cc[1] += fitting.contains(l) ? 1 : 0;
                }
                st.perGold.add(new Object[]{spans, g.start(), g.end(), saying ? "saying" : "other"});
                int[] c = st.byCat.computeIfAbsent(cat, x -> new int[8]);
                int[] all = st.byCat.computeIfAbsent("all", x -> new int[8]);
                int[] sc = st.byCat.computeIfAbsent(saying ? "saying (all pos)" : "other (all pos)", x -> new int[8]);
                for (int[] x : List.of(c, all, sc)) {
                    x[0]++;
                    x[1] += strict ? 1 : 0;
                    x[2] += ext ? 1 : 0;
                    x[3] += oursAny ? 1 : 0;
                    x[4] += oursAtCue ? 1 : 0;
                    x[5] += candAtCue ? 1 : 0;
                    x[6] += rankerAtCue ? 1 : 0;
                    x[7] += ext || oursAny ? 1 : 0;
                }
                if (candAtCue) {
                    st.atCue[0] += oursAtCue ? 1 : 0;
                    st.atCue[1] += rankerAtCue ? 1 : 0;
                    st.atCue[2] += strict ? 1 : 0;
                    st.atCue[3] += ext ? 1 : 0;
                    st.atCue[4] += ext || oursAtCue ? 1 : 0;
                    st.atCueGold.add(st.perGold.get(st.perGold.size() - 1));
                }
                st.ceilingOursOrParserAtOurCue += oursAny || candAtCue && ext ? 1 : 0;
                if (candAtCue) {
                    st.candAtCue++;
                    if (!oursAtCue) {
                        st.candAtCueNoFit++;
                        st.candAtCueNoFitParserStrict += strict ? 1 : 0;
                        st.candAtCueNoFitParserExt += ext ? 1 : 0;
                        String gold = text.substring(g.start(), g.end()).replace('\n', ' ');
                        String best = bestSpan(spans, g, text);
                        if (ext && st.samplesRescued.size() < maxSamples && st.gold % 7 == 0) {
                            st.samplesRescued.add("cue=" + cueText + " GOLD=[" + gold + "] PARSER=" + best);
                        } else if (!ext && st.samplesBothMiss.size() < maxSamples && st.gold % 7 == 0) {
                            st.samplesBothMiss.add("cue=" + cueText + " GOLD=[" + gold + "] PARSER-BEST=" + best
                                    + " sentence=[" + (tokens == null ? "-" : text.substring(tokens.get(0).beginPosition(),
                                    tokens.get(tokens.size() - 1).endPosition()).replace('\n', ' ')) + "]");
                        }
                    }
                }
                // source
                if (!g.sources().isEmpty()) {
                    st.withSource++;
                    int[] sc2 = st.srcByCat.computeIfAbsent(saying ? "saying" : "other", x -> new int[3]);
                    sc2[0]++;
                    if (head != null) {
                        int[] strictSrc = sourceSpan(graph, head, false);
                        int[] fallbackSrc = strictSrc != null ? strictSrc : sourceSpan(graph, head, true);
                        if (strictSrc == null && fallbackSrc == null) {
                            st.srcNoSubjectFound++;
                        }
                        boolean sOk = strictSrc != null && overlapsAny(strictSrc[0], strictSrc[1], g.sources());
                        boolean fOk = fallbackSrc != null && overlapsAny(fallbackSrc[0], fallbackSrc[1], g.sources());
                        st.srcStrict += sOk ? 1 : 0;
                        st.srcFallback += fOk ? 1 : 0;
                        sc2[1] += sOk ? 1 : 0;
                        sc2[2] += fOk ? 1 : 0;
                        if (candAtCue) {
                            st.srcParserAtCueN++;
                            st.srcParserAtCue += fOk ? 1 : 0;
                        }
                    }
                    if (candAtCue) {
                        st.srcOursAtCueN++;
                        st.srcOursAtCue += ourSpeakerRight ? 1 : 0;
                    }
                }
            }
        }
        return st;
    }

    /** The cue head {word, graph, tokens} of the sentence holding the first cue token, or null. */
    private static Object[] cueHead(List<CoreMap> sentences, List<int[]> cues) {
        for (CoreMap s : sentences) {
            List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
            SemanticGraph sg = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            IndexedWord best = null;
            int bestKey = Integer.MAX_VALUE;
            for (IndexedWord w : sg.vertexSet()) {
                if (!overlapsAny(w.beginPosition(), w.endPosition(), cues)) {
                    continue;
                }
                int depth = sg.getPathToRoot(w) == null ? 0 : sg.getPathToRoot(w).size();
                boolean verb = w.tag() != null && w.tag().startsWith("VB");
                int key = depth * 2 + (verb ? 0 : 1);
                if (best == null || key < bestKey || key == bestKey && w.index() < best.index()) {
                    best = w;
                    bestKey = key;
                }
            }
            if (best != null) {
                return new Object[]{best, sg, toks};
            }
        }
        return null;
    }

    /** The span the fixed rule picks: the first label of the priority order present, or null. */
    private static Span pick(List<Span> spans, List<String> priority) {
        for (String l : priority) {
            for (Span s : spans) {
                if (s.label().equals(l)) {
                    return s;
                }
            }
        }
        return null;
    }

    /**
     * Scores the shipped model's predictions with their content replaced by the parser's fixed-rule
     * span at their cue: as they are, replaced, and the better of the two per prediction (oracle).
     */
    private static void substitution(Stats st, List<String> priority) {
        PolnearQuotes.ReportedScorer asIs = new PolnearQuotes.ReportedScorer(0);
        PolnearQuotes.ReportedScorer replaced = new PolnearQuotes.ReportedScorer(0);
        PolnearQuotes.ReportedScorer better = new PolnearQuotes.ReportedScorer(0);
        int changed = 0;
        int total = 0;
        for (int d = 0; d < st.docList.size(); d++) {
            PolnearQuotes.ReportedDocument doc = st.docList.get(d);
            List<PolnearQuotes.Predicted> a = new ArrayList<>();
            List<PolnearQuotes.Predicted> b = new ArrayList<>();
            List<PolnearQuotes.Predicted> c = new ArrayList<>();
            for (int i = 0; i < st.predictions.get(d).size(); i++) {
                FoundReported r = st.predictions.get(d).get(i);
                PolnearQuotes.Predicted p = PolnearQuotes.Predicted.of(r);
                a.add(p);
                total++;
                Span s = pick(st.predictionSpans.get(d).get(i), priority);
                PolnearQuotes.Predicted q = s == null ? p
                        : new PolnearQuotes.Predicted(s.start(), s.end(), null, p.speaker(), p.cue());
                changed += q.start() != p.start() || q.end() != p.end() ? 1 : 0;
                b.add(q);
                double jp = 0;
                double jq = 0;
                for (PolnearQuotes.GoldReported g : doc.reported()) {
                    jp = Math.max(jp, PolnearQuotes.jaccard(p.start(), p.end(), g.start(), g.end()));
                    jq = Math.max(jq, PolnearQuotes.jaccard(q.start(), q.end(), g.start(), g.end()));
                }
                c.add(jq > jp ? q : p);
            }
            asIs.add(doc, a, null);
            replaced.add(doc, b, null);
            better.add(doc, c, null);
        }
        System.out.printf(Locale.ROOT, "shipped model's predictions (%d; parser span differs for %d): as they are P/R/F1 "
                        + "%.3f / %.3f / %.3f; content replaced by the parser's fixed-rule span at their cue %.3f / %.3f / %.3f; "
                        + "the better of the two per prediction (oracle switch) %.3f / %.3f / %.3f%n", total, changed,
                asIs.precision(), asIs.recall(), asIs.f1(), replaced.precision(), replaced.recall(), replaced.f1(),
                better.precision(), better.recall(), better.f1());
    }

    private static String bestSpan(List<Span> spans, PolnearQuotes.GoldReported g, String text) {
        Span best = null;
        double bj = -1;
        for (Span s : spans) {
            double j = PolnearQuotes.jaccard(s.start(), s.end(), g.start(), g.end());
            if (j > bj) {
                bj = j;
                best = s;
            }
        }
        return best == null ? "-" : String.format(Locale.ROOT, "%s %.2f [%s]", best.label(), bj,
                text.substring(best.start(), best.end()).replace('\n', ' '));
    }

    /** The candidate content spans around a cue head (see the class comment). */
    private static List<Span> spans(SemanticGraph g, IndexedWord head, List<CoreLabel> tokens, String text) {
        List<Span> out = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            String rel = e.getRelation().toString();
            if (rel.equals("punct")) {
                continue;
            }
            int[] span = span(g.descendants(e.getDependent()), tokens, Set.of());
            if (span != null) {
                out.add(new Span("dep:" + rel, span[0], span[1], false));
            }
        }
        // governor and grand-governor, less the subtree down to the cue head
        IndexedWord child = head;
        for (int level = 1; level <= 2; level++) {
            IndexedWord gov = g.getParent(child);
            if (gov == null) {
                break;
            }
            String rel = g.reln(gov, child).toString();
            int[] span = span(g.descendants(gov), tokens, g.descendants(child));
            if (span != null) {
                out.add(new Span((level == 1 ? "gov:" : "gov2:") + rel, span[0], span[1], false));
            }
            child = gov;
        }
        // extended: the cue head's subtree to the right (left) of it, less its subject
        Set<IndexedWord> excluded = new HashSet<>();
        excluded.add(head);
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nsubj") || rel.startsWith("csubj") || rel.equals("aux") || rel.startsWith("aux:")
                    || rel.equals("advmod") && e.getDependent().index() < head.index()) {
                excluded.addAll(g.descendants(e.getDependent()));
            }
        }
        Set<IndexedWord> right = new HashSet<>();
        Set<IndexedWord> left = new HashSet<>();
        for (IndexedWord w : g.descendants(head)) {
            if (excluded.contains(w)) {
                continue;
            }
            (w.index() > head.index() ? right : left).add(w);
        }
        int[] r = span(right, tokens, Set.of());
        if (r != null) {
            out.add(new Span("ext:right", r[0], r[1], true));
        }
        int[] l = span(left, tokens, Set.of());
        if (l != null) {
            out.add(new Span("ext:left", l[0], l[1], true));
        }
        return out;
    }

    /** First to last character of the tokens in {@code in} less {@code out}, punctuation trimmed at both ends. */
    private static int[] span(Set<IndexedWord> in, List<CoreLabel> tokens, Set<IndexedWord> out) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (IndexedWord w : in) {
            if (out.contains(w) || isPunct(w.tag())) {
                continue;
            }
            first = Math.min(first, w.index());
            last = Math.max(last, w.index());
        }
        if (last < 0) {
            return null;
        }
        return new int[]{tokens.get(first - 1).beginPosition(), tokens.get(last - 1).endPosition()};
    }

    private static boolean isPunct(String tag) {
        return tag != null && (tag.equals(",") || tag.equals(".") || tag.equals(":") || tag.equals("-LRB-")
                || tag.equals("-RRB-") || tag.equals("HYPH") || tag.equals("NFP"));
    }

    /**
     * The source span of a cue head: its nsubj (or nsubj:pass when there is a "by" agent, the agent),
     * "according to X"'s X; with fallback, a governor's subject (participles, xcomp, conj) or the
     * noun a relative clause modifies.
     */
    private static int[] sourceSpan(SemanticGraph g, IndexedWord head, boolean fallback) {
        IndexedWord h = head;
        if (head.word().equalsIgnoreCase("according")) {
            IndexedWord x = g.getParent(head);
            if (x == null) {
                return null;
            }
            return range(g, x, head);
        }
        for (int level = 0; level < (fallback ? 3 : 1); level++) {
            IndexedWord agent = null;
            IndexedWord subj = null;
            for (SemanticGraphEdge e : g.outgoingEdgeList(h)) {
                String rel = e.getRelation().toString();
                if (rel.startsWith("obl") && hasCaseBy(g, e.getDependent())) {
                    agent = e.getDependent();
                }
                if ((rel.equals("nsubj") || rel.startsWith("nsubj:") || rel.startsWith("csubj")) && subj == null) {
                    subj = e.getDependent();
                }
            }
            if (agent != null) {
                return range(g, agent, null);
            }
            if (subj != null) {
                if (fallback && subj.tag() != null && subj.tag().startsWith("W")) {
                    IndexedWord noun = g.getParent(h);
                    if (noun != null && g.reln(noun, h).toString().startsWith("acl")) {
                        return new int[]{noun.beginPosition(), noun.endPosition()};
                    }
                }
                return range(g, subj, null);
            }
            if (!fallback) {
                return null;
            }
            IndexedWord gov = g.getParent(h);
            if (gov == null) {
                return null;
            }
            String rel = g.reln(gov, h).toString();
            if (rel.startsWith("acl")) {
                return new int[]{gov.beginPosition(), gov.endPosition()};
            }
            h = gov;
        }
        return null;
    }

    private static boolean hasCaseBy(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (e.getRelation().toString().equals("case") && e.getDependent().word().equalsIgnoreCase("by")) {
                return true;
            }
        }
        return false;
    }

    private static int[] range(SemanticGraph g, IndexedWord w, IndexedWord less) {
        Set<IndexedWord> lessSet = less == null ? Set.of() : g.descendants(less);
        int s = Integer.MAX_VALUE;
        int e = -1;
        for (IndexedWord x : g.descendants(w)) {
            if (lessSet.contains(x) || isPunct(x.tag())) {
                continue;
            }
            s = Math.min(s, x.beginPosition());
            e = Math.max(e, x.endPosition());
        }
        return e < 0 ? null : new int[]{s, e};
    }

    private static boolean overlapsAny(TextRange r, List<int[]> spans) {
        return overlapsAny(r.start(), r.end(), spans);
    }

    private static boolean overlapsAny(int start, int end, List<int[]> spans) {
        return PolnearQuotes.overlapsAny(start, end, spans);
    }

    /**
     * The labels (strict and extended) ordered by their fit rate when present, on a set: a fixed,
     * non-oracle rule takes the first label present at a cue.
     */
    private static List<String> priority(Stats st) {
        List<String> out = new ArrayList<>();
        st.labels.entrySet().stream().filter(e -> e.getValue()[1] >= 5)
                .sorted(Comparator.comparingDouble((Map.Entry<String, int[]> e) -> -(double) e.getValue()[1] / e.getValue()[0]))
                .forEach(e -> out.add(e.getKey()));
        return out;
    }

    private static void report(Stats st, List<String> priority) {
        System.out.println();
        System.out.println("=== " + st.name + ": " + st.docs + " docs, " + st.tokens + " CoreNLP tokens, " + st.gold
                + " gold indirect+mixed attributions");
        System.out.printf(Locale.ROOT, "gold cue not found in any parsed token: %d; cue found: %d; gold content extends "
                + "beyond the cue head's sentence: %d%n", st.cueNotFound, st.cuesParsed, st.contentOutsideSentence);
        System.out.printf(Locale.ROOT, "parser candidates per gold cue: strict %.2f, extended +%.2f%n",
                (double) st.strictCandidates / Math.max(1, st.cuesParsed), (double) st.extCandidates / Math.max(1, st.cuesParsed));
        System.out.println("boundary oracle (share of gold with a span at Jaccard >= 0.5):");
        System.out.println("  category | n | parser strict | parser +ext | ours: any variant | ours: candidate at gold cue "
                + "| ours: variant at gold cue fits | ours: ranker's variant at gold cue fits | parser+ext OR ours-any");
        for (Map.Entry<String, int[]> e : st.byCat.entrySet()) {
            int[] c = e.getValue();
            System.out.printf(Locale.ROOT, "  %s | %d | %s | %s | %s | %s | %s | %s | %s%n", e.getKey(), c[0],
                    pct(c[1], c[0]), pct(c[2], c[0]), pct(c[3], c[0]), pct(c[5], c[0]), pct(c[4], c[0]), pct(c[6], c[0]),
                    pct(c[7], c[0]));
        }
        System.out.printf(Locale.ROOT, "gold with a candidate of ours at the gold cue: %d; of them no variant fits: %d "
                        + "(%s of all gold); of those the parser fits: strict %s, +ext %s%n", st.candAtCue, st.candAtCueNoFit,
                pct(st.candAtCueNoFit, st.gold), pct(st.candAtCueNoFitParserStrict, st.candAtCueNoFit),
                pct(st.candAtCueNoFitParserExt, st.candAtCueNoFit));
        int n = st.candAtCue;
        int ruleAtCue = 0;
        for (Object[] pg : st.atCueGold) {
            @SuppressWarnings("unchecked")
            Span pick = pick((List<Span>) pg[0], priority);
            ruleAtCue += pick != null && PolnearQuotes.jaccard(pick.start(), pick.end(), (Integer) pg[1], (Integer) pg[2])
                    >= PolnearQuotes.MIN_JACCARD ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "like for like, the %d gold with a candidate of ours at the gold cue: ours any variant "
                        + "%s, ours ranker's variant %s, parser strict %s, parser +ext %s, parser fixed rule %s, ours or parser %s%n",
                n, pct(st.atCue[0], n), pct(st.atCue[1], n), pct(st.atCue[2], n), pct(st.atCue[3], n), pct(ruleAtCue, n),
                pct(st.atCue[4], n));
        System.out.printf(Locale.ROOT, "recall ceiling (perfect keep and choice): ours any variant %s; ours any variant or "
                        + "parser +ext at a cue where we have a candidate %s (%d); parser +ext given the gold cue or ours %s%n",
                pct(st.byCat.get("all")[3], st.gold), pct(st.ceilingOursOrParserAtOurCue, st.gold),
                st.ceilingOursOrParserAtOurCue, pct(st.byCat.get("all")[7], st.gold));
        substitution(st, priority);
        System.out.println("by label: present at n gold cues, fits (share of present; share of all gold):");
        st.labels.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue()[1], a.getValue()[1]))
                .filter(e -> e.getValue()[0] >= 5)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-18s present %5d fits %5d (%s of present, %s of all gold)%n",
                        e.getKey(), e.getValue()[0], e.getValue()[1], pct(e.getValue()[1], e.getValue()[0]),
                        pct(e.getValue()[1], st.gold)));
        System.out.println("by cue class and label (top 6 by fits):");
        for (String cls : List.of("saying", "other")) {
            StringBuilder b = new StringBuilder("  " + cls + ":");
            st.labelsByCat.entrySet().stream().filter(e -> e.getKey().startsWith(cls + "\t"))
                    .sorted((a, c) -> Integer.compare(c.getValue()[1], a.getValue()[1])).limit(6)
                    .forEach(e -> b.append(String.format(Locale.ROOT, " %s %d/%d,", e.getKey().substring(cls.length() + 1),
                            e.getValue()[1], e.getValue()[0])));
            System.out.println(b);
        }
        // greedy coverage by labels
        List<String> greedy = new ArrayList<>();
        Set<Integer> covered = new HashSet<>();
        StringBuilder gb = new StringBuilder("greedy label coverage (cumulative share of all gold):");
        for (int step = 0; step < 6; step++) {
            String bestL = null;
            Set<Integer> bestAdd = Set.of();
            Set<String> allLabels = st.labels.keySet();
            for (String l : allLabels) {
                if (greedy.contains(l)) {
                    continue;
                }
                Set<Integer> add = new HashSet<>();
                for (int i = 0; i < st.perGold.size(); i++) {
                    if (!covered.contains(i) && fitsLabel(st.perGold.get(i), l)) {
                        add.add(i);
                    }
                }
                if (add.size() > bestAdd.size()) {
                    bestAdd = add;
                    bestL = l;
                }
            }
            if (bestL == null) {
                break;
            }
            greedy.add(bestL);
            covered.addAll(bestAdd);
            gb.append(String.format(Locale.ROOT, " +%s %s,", bestL, pct(covered.size(), st.gold)));
        }
        System.out.println(gb);
        // fixed priority rule (order learned on train)
        int fit = 0;
        Map<String, int[]> fitByCat = new TreeMap<>();
        for (Object[] pg : st.perGold) {
            @SuppressWarnings("unchecked")
            List<Span> spans = (List<Span>) pg[0];
            Span pick = null;
            for (String l : priority) {
                for (Span s : spans) {
                    if (s.label().equals(l)) {
                        pick = s;
                        break;
                    }
                }
                if (pick != null) {
                    break;
                }
            }
            boolean ok = pick != null && PolnearQuotes.jaccard(pick.start(), pick.end(), (Integer) pg[1], (Integer) pg[2])
                    >= PolnearQuotes.MIN_JACCARD;
            fit += ok ? 1 : 0;
            int[] c = fitByCat.computeIfAbsent((String) pg[3], x -> new int[2]);
            c[0]++;
            c[1] += ok ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "fixed rule (first label present in train's fit-rate order %s): fits %d of %d gold (%s); %s%n",
                priority.subList(0, Math.min(8, priority.size())), fit, st.gold, pct(fit, st.gold), fitByCat.entrySet().stream()
                        .map(e -> e.getKey() + " " + pct(e.getValue()[1], e.getValue()[0]) + " of " + e.getValue()[0]).toList());
        System.out.printf(Locale.ROOT, "source oracle: gold with a Source: %d; cue head's nsubj / by-agent / according-to "
                        + "object overlaps it: %d (%s); with fallbacks (governor's subject, relative clause's noun): %d (%s); "
                        + "no subject found: %d%n", st.withSource, st.srcStrict, pct(st.srcStrict, st.withSource), st.srcFallback,
                pct(st.srcFallback, st.withSource), st.srcNoSubjectFound);
        st.srcByCat.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %s: n %d, strict %s, with fallbacks %s%n", k, v[0],
                pct(v[1], v[0]), pct(v[2], v[0])));
        System.out.printf(Locale.ROOT, "  like for like, gold with a Source and a candidate of ours at the gold cue: parser "
                        + "(with fallbacks) %d/%d (%s); ours (speaker of the ranker's variant) %d/%d (%s)%n", st.srcParserAtCue,
                st.srcParserAtCueN, pct(st.srcParserAtCue, st.srcParserAtCueN), st.srcOursAtCue, st.srcOursAtCueN,
                pct(st.srcOursAtCue, st.srcOursAtCueN));
        st.samplesRescued.forEach(s -> System.out.println("sample rescued: " + s));
        st.samplesBothMiss.forEach(s -> System.out.println("sample both miss: " + s));
    }

    private static boolean fitsLabel(Object[] pg, String label) {
        @SuppressWarnings("unchecked")
        List<Span> spans = (List<Span>) pg[0];
        for (Span s : spans) {
            if (s.label().equals(label) && PolnearQuotes.jaccard(s.start(), s.end(), (Integer) pg[1], (Integer) pg[2])
                    >= PolnearQuotes.MIN_JACCARD) {
                return true;
            }
        }
        return false;
    }

    private static String pct(int a, int b) {
        return b == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) a / b);
    }

    /** The cue words: the words the listed cues start with, and with {@code learned} the shipped model's learned cues. */
    static Set<String> cueWords(boolean learned) {
        Set<String> out = QuoteExtractor.reportedCueStarts();
        if (learned) {
            out.addAll(ReportedModel.shipped().cues());
        }
        return out;
    }

    /**
     * Speed of the parse, whole texts and candidate sentences only, one thread, after a warm-up
     * pass: wall-clock and this thread's CPU time (the machine is shared; CPU time is the rate an
     * unloaded core would give).
     */
    private static void speed(List<PolnearQuotes.ReportedDocument> docs, Properties props) throws IOException {
        Set<String> allCues = cueWords(true);
        Set<String> listedCues = cueWords(false);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        StanfordCoreNLP full = new StanfordCoreNLP(props);
        Properties tp = new Properties();
        tp.putAll(props);
        tp.setProperty("annotators", "tokenize,ssplit");
        StanfordCoreNLP tok = new StanfordCoreNLP(tp);
        Properties pp = new Properties();
        pp.putAll(props);
        pp.setProperty("annotators", "pos,depparse");
        pp.setProperty("enforceRequirements", "false");
        StanfordCoreNLP parse = new StanfordCoreNLP(pp);
        Properties po = new Properties();
        po.putAll(props);
        po.setProperty("annotators", "pos");
        po.setProperty("enforceRequirements", "false");
        StanfordCoreNLP posOnly = new StanfordCoreNLP(po);
        System.out.println();
        System.out.println("=== speed on dev (" + docs.size() + " docs), one thread; cue words: " + allCues.size()
                + " (lists + learned), " + listedCues.size() + " (lists only)");
        for (int pass = 0; pass < 3; pass++) {
            long tokens = 0;
            long sentencesAll = 0;
            long w0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            for (PolnearQuotes.ReportedDocument d : docs) {
                Annotation a = new Annotation(d.text());
                full.annotate(a);
                tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
                sentencesAll += a.get(CoreAnnotations.SentencesAnnotation.class).size();
            }
            double fullWall = (System.nanoTime() - w0) / 1e9;
            double fullCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf(Locale.ROOT, "pass %d%s: tokenize+ssplit+pos+depparse, %d tokens, %d sentences: wall %.2f s = "
                            + "%.0f tokens/s; CPU %.2f s = %.0f tokens/s%n", pass, pass == 0 ? " (warm-up)" : "", tokens,
                    sentencesAll, fullWall, tokens / fullWall, fullCpu, tokens / fullCpu);
            for (boolean learned : new boolean[]{true, false}) {
                Set<String> cues = learned ? allCues : listedCues;
                long tokCpu = 0;
                long posCpu = 0;
                long parseCpu = 0;
                long parseWall = 0;
                long candTokens = 0;
                long candSentences = 0;
                for (PolnearQuotes.ReportedDocument d : docs) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    Annotation a = new Annotation(d.text());
                    tok.annotate(a);
                    tokCpu += cpu.getCurrentThreadCpuTime() - t0;
                    List<CoreMap> candidates = new ArrayList<>();
                    List<CoreLabel> candidateTokens = new ArrayList<>();
                    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
                        List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
                        for (CoreLabel c : toks) {
                            if (cues.contains(c.word().toLowerCase(Locale.ROOT))) {
                                candidates.add(s);
                                candidateTokens.addAll(toks);
                                break;
                            }
                        }
                    }
                    candSentences += candidates.size();
                    candTokens += candidateTokens.size();
                    Annotation sub = new Annotation(d.text());
                    sub.set(CoreAnnotations.TokensAnnotation.class, candidateTokens);
                    sub.set(CoreAnnotations.SentencesAnnotation.class, candidates);
                    long p0 = cpu.getCurrentThreadCpuTime();
                    posOnly.annotate(sub);
                    posCpu += cpu.getCurrentThreadCpuTime() - p0;
                    long p1 = cpu.getCurrentThreadCpuTime();
                    long pw = System.nanoTime();
                    parse.annotate(sub);
                    parseCpu += cpu.getCurrentThreadCpuTime() - p1;
                    parseWall += System.nanoTime() - pw;
                }
                System.out.printf(Locale.ROOT, "  candidate sentences (%s): %d of %d sentences, %d tokens = %.3f of all; "
                                + "pos+depparse on them: CPU %.2f s = %.0f tokens/s of parsed tokens, %.0f tokens/s over the whole "
                                + "text (wall %.2f s = %.0f over the whole text); pos alone on them CPU %.2f s; CoreNLP tokenize+ssplit "
                                + "alone CPU %.0f tokens/s%n", learned ? "lists + learned cues" : "lists only", candSentences,
                        sentencesAll, candTokens, (double) candTokens / tokens, parseCpu / 1e9, candTokens / (parseCpu / 1e9),
                        tokens / (parseCpu / 1e9), parseWall / 1e9, tokens / (parseWall / 1e9), posCpu / 1e9,
                        tokens / (tokCpu / 1e9));
            }
        }
    }
}
