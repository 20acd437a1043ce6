package org.newsextract.corenlp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * newsextract's own file format for a {@link ConllCrfModel} and for the word-cluster lexicon
 * its features consult: what the decoder needs of a CoreNLP CRF and nothing else, so that the
 * library ships tens of megabytes instead of CoreNLP's 474 MB models jar, and loads in a fraction
 * of the time Java deserialization of a {@code CRFClassifier} takes.
 *
 * <p>Lossless: a model read back has the same labels, feature names, weights (the same float
 * bits), known lowercase words, clusters and flags as the model it was written from
 * ({@code CrfModelFileTest} checks every field, and that tagging is unchanged). The files are
 * written at build time from CoreNLP's models jar ({@code org.newsextract.tools.build.CompileModels});
 * their provenance and licence are in {@code models/README.md}.
 *
 * <p>Layout (gzip, big-endian {@link DataOutputStream} primitives, strings in sorted order
 * front-coded: length of the prefix shared with the previous string, then the rest as
 * {@link DataOutputStream#writeUTF}):
 * <pre>
 * model:   "NXCRF" version labels[] background nodeColumn[] pairColumn[] wordShape disjunctionWidth
 *          useTitle unknownCluster lexiconSize lexiconChecksum knownWords[] features[] weights
 * lexicon: "NXLEX" version clusters[] count byteLength, then per word (sorted): shared-prefix length,
 *          rest length, the rest's UTF-16 code units, cluster index (all 16-bit)
 * </pre>
 * Features are stored sorted by name with their weights in the same order, a feature's weights
 * being one per label or, for an edge feature, one per label pair; the weights are written
 * byte plane by byte plane (all first bytes, then all second bytes...), which gzip compresses
 * about a fifth better than the floats one after another. Only {@code CompileModels} writes;
 * the library only reads.
 */
public final class CrfModelFile {
    private static final String MODEL_MAGIC = "NXCRF";
    private static final String LEXICON_MAGIC = "NXLEX";
    private static final int VERSION = 2;

    private CrfModelFile() {
    }

    /**
     * Writes the compact copies of the CRFs the default engine uses ({@link CoreNlpModels#CONLL_4CLASS},
     * {@link CoreNlpModels#ALL_3CLASS}) and of their word clusters into a directory, reading
     * CoreNLP's originals from the class path (CoreNLP's models jar). A build step: the library
     * itself only reads the copies.
     *
     * @return the files written
     * @throws IOException if a file cannot be written
     * @throws IllegalStateException if a model cannot be decoded by newsextract's code, or the
     *                               models do not share one word-cluster lexicon
     * @throws org.newsextract.nlp.ModelException if CoreNLP's models jar is not on the class path
     */
    public static List<java.nio.file.Path> writeShipped(java.nio.file.Path directory) throws IOException {
        java.nio.file.Files.createDirectories(directory);
        List<java.nio.file.Path> written = new ArrayList<>();
        Long lexiconChecksum = null;
        Map<String, String> lexicon = null;
        for (String resource : List.of(CoreNlpModels.CONLL_4CLASS, CoreNlpModels.ALL_3CLASS)) {
            edu.stanford.nlp.ie.crf.CRFClassifier<edu.stanford.nlp.ling.CoreLabel> crf = CoreNlpModels.crf(resource);
            String[] why = new String[1];
            ConllCrfModel model = ConllCrfModel.from(crf, why)
                    .orElseThrow(() -> new IllegalStateException(resource + " cannot be decoded: " + why[0]));
            if (lexicon == null) {
                lexicon = model.distSim;
                java.nio.file.Path file = directory.resolve(CoreNlpModels.CLUSTERS);
                try (OutputStream out = java.nio.file.Files.newOutputStream(file)) {
                    lexiconChecksum = writeLexicon(lexicon, out);
                }
                written.add(file);
            } else if (!lexicon.equals(model.distSim)) {
                throw new IllegalStateException(resource + " uses other word clusters than " + CoreNlpModels.CONLL_4CLASS);
            }
            java.nio.file.Path file = directory.resolve(CoreNlpModels.shippedName(resource));
            try (OutputStream out = java.nio.file.Files.newOutputStream(file)) {
                writeModel(model, ConllCrfModel.featureNames(crf), lexiconChecksum, out);
            }
            written.add(file);
        }
        return written;
    }

    /** A word-cluster lexicon read from its file, with the checksum models refer to it by. */
    record Lexicon(Map<String, String> clusters, long checksum) {
    }

    /**
     * Writes a word-cluster lexicon (word to cluster name).
     *
     * @return the lexicon's checksum, which {@link #writeModel} records so that a model is never
     *         read with another lexicon than it was trained with
     * @throws IOException if writing fails
     */
    static long writeLexicon(Map<String, String> lexicon, OutputStream out) throws IOException {
        List<String> words = new ArrayList<>(lexicon.keySet());
        words.sort(null);
        List<String> clusters = new ArrayList<>(new java.util.TreeSet<>(lexicon.values()));
        Map<String, Integer> clusterIndex = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            clusterIndex.put(clusters.get(i), i);
        }
        DataOutputStream data = open(out);
        data.writeUTF(LEXICON_MAGIC);
        data.writeInt(VERSION);
        writeStrings(data, clusters);
        data.writeInt(words.size());
        // the entries as one block of 16-bit units, so that reading is one readFully and a loop
        java.io.ByteArrayOutputStream block = new java.io.ByteArrayOutputStream(1 << 20);
        DataOutputStream entries = new DataOutputStream(block);
        String previous = "";
        for (String word : words) {
            if (word.length() > 0xFFFF) {
                throw new IllegalArgumentException("a word of " + word.length() + " characters in the lexicon");
            }
            int shared = sharedPrefix(previous, word);
            entries.writeShort(shared);
            entries.writeShort(word.length() - shared);
            entries.writeChars(word.substring(shared));
            entries.writeShort(clusterIndex.get(lexicon.get(word)));
            previous = word;
        }
        data.writeInt(block.size());
        block.writeTo(data);
        data.close();
        return checksum(lexicon);
    }

    /**
     * Reads a word-cluster lexicon written by {@link #writeLexicon}.
     *
     * @throws IOException if the stream is not such a file, is truncated or corrupt
     */
    static Lexicon readLexicon(InputStream in) throws IOException {
        DataInputStream data = open(in);
        expect(data, LEXICON_MAGIC);
        List<String> clusters = readStrings(data);
        int n = checkedLength(data.readInt());
        byte[] block = new byte[checkedLength(data.readInt())];
        data.readFully(block);
        int[] start = new int[n + 1];
        short[] cluster = new short[n];
        char[] chars = new char[Math.max(16, block.length / 2)];
        int used = 0;
        int at = 0;
        int previousStart = 0;
        try {
            for (int i = 0; i < n; i++) {
                int shared = u16(block, at);
                int rest = u16(block, at + 2);
                at += 4;
                if (shared > used - previousStart) {
                    throw new IOException("corrupt word table at word " + i);
                }
                if (used + shared + rest > chars.length) {
                    chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + shared + rest));
                }
                start[i] = used;
                System.arraycopy(chars, previousStart, chars, used, shared);
                for (int k = 0; k < rest; k++) {
                    chars[used + shared + k] = (char) u16(block, at);
                    at += 2;
                }
                previousStart = used;
                used += shared + rest;
                cluster[i] = (short) u16(block, at);
                at += 2;
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IOException("corrupt word table: it ends early", e);
        }
        if (at != block.length) {
            throw new IOException("corrupt word table: " + (block.length - at) + " bytes left over");
        }
        start[n] = used;
        Map<String, String> lexicon;
        try {
            lexicon = new WordClusters(Arrays.copyOf(chars, used), start, cluster, clusters.toArray(new String[0]));
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt word table: " + e.getMessage(), e);
        }
        expectEnd(data);
        return new Lexicon(lexicon, checksum(lexicon));
    }

    /**
     * Writes a model. {@code featureNames.get(f)} must be the name of the feature whose weights
     * start at {@code model.offset[f]}.
     *
     * @param lexiconChecksum the checksum {@link #writeLexicon} returned for {@code model.distSim}
     * @throws IOException if writing fails
     */
    static void writeModel(ConllCrfModel model, List<String> featureNames, long lexiconChecksum, OutputStream out)
            throws IOException {
        int features = model.offset.length;
        if (featureNames.size() != features) {
            throw new IllegalArgumentException(featureNames.size() + " names for " + features + " features");
        }
        Integer[] order = new Integer[features];
        for (int f = 0; f < features; f++) {
            order[f] = f;
        }
        Arrays.sort(order, (a, b) -> featureNames.get(a).compareTo(featureNames.get(b)));
        DataOutputStream data = open(out);
        data.writeUTF(MODEL_MAGIC);
        data.writeInt(VERSION);
        writeStrings(data, Arrays.asList(model.labels));
        data.writeInt(model.background);
        writeInts(data, model.nodeColumn);
        writeInts(data, model.pairColumn);
        data.writeInt(model.wordShape);
        data.writeInt(model.disjunctionWidth);
        data.writeBoolean(model.useTitle);
        data.writeUTF(model.unknownDistSim);
        data.writeInt(model.distSim.size());
        data.writeLong(lexiconChecksum);
        List<String> known = new ArrayList<>(model.knownLowercaseWords);
        known.sort(null);
        writeSortedStrings(data, known);
        data.writeInt(features);
        String previous = "";
        for (Integer f : order) {
            String name = featureNames.get(f);
            writeFrontCoded(data, previous, name);
            previous = name;
        }
        float[] sorted = new float[model.weights.length];
        int at = 0;
        for (Integer f : order) {
            int length = weightCount(model, f);
            System.arraycopy(model.weights, model.offset[f], sorted, at, length);
            at += length;
        }
        writeFloatPlanes(data, sorted);
        data.close();
    }

    /**
     * Reads a model written by {@link #writeModel}, with the lexicon it was written with.
     *
     * @throws IOException if the stream is not such a file, is truncated or corrupt, or the
     *                     lexicon is not the model's
     */
    static ConllCrfModel readModel(InputStream in, Lexicon lexicon) throws IOException {
        DataInputStream data = open(in);
        expect(data, MODEL_MAGIC);
        String[] labels = readStrings(data).toArray(new String[0]);
        int background = data.readInt();
        int[] nodeColumn = readInts(data);
        int[] pairColumn = readInts(data);
        int wordShape = data.readInt();
        int disjunctionWidth = data.readInt();
        boolean useTitle = data.readBoolean();
        String unknownCluster = data.readUTF();
        int lexiconSize = data.readInt();
        long lexiconChecksum = data.readLong();
        if (lexiconSize != lexicon.clusters().size() || lexiconChecksum != lexicon.checksum()) {
            throw new IOException("the model was written with another word-cluster lexicon ("
                    + lexiconSize + " words) than the one given (" + lexicon.clusters().size() + " words)");
        }
        List<String> known = readSortedStrings(data);
        int features = data.readInt();
        List<String> names = new ArrayList<>(features);
        String previous = "";
        for (int f = 0; f < features; f++) {
            previous = readFrontCoded(data, previous);
            names.add(previous);
        }
        float[] weights = readFloatPlanes(data);
        expectEnd(data);
        if (background < 0 || background >= labels.length || nodeColumn.length != labels.length
                || pairColumn.length != labels.length * labels.length) {
            throw new IOException("inconsistent label tables");
        }
        return ConllCrfModel.of(names, weights, labels, background, nodeColumn, pairColumn,
                java.util.Set.copyOf(known), lexicon.clusters(), unknownCluster, wordShape, disjunctionWidth, useTitle);
    }

    private static int weightCount(ConllCrfModel model, int feature) {
        int end = feature + 1 < model.offset.length ? model.offset[feature + 1] : model.weights.length;
        return end - model.offset[feature];
    }

    /** An order-independent checksum of a lexicon's entries. */
    private static long checksum(Map<String, String> lexicon) {
        long sum = 0;
        for (Map.Entry<String, String> e : lexicon.entrySet()) {
            long h = e.getKey().hashCode() * 0x9E3779B97F4A7C15L + e.getValue().hashCode();
            sum += h ^ (h >>> 29);
        }
        return sum;
    }

    private static DataOutputStream open(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        };
        return new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
    }

    private static DataInputStream open(InputStream in) throws IOException {
        return new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
    }

    private static void expect(DataInputStream data, String magic) throws IOException {
        String found;
        try {
            found = data.readUTF();
        } catch (IOException e) {
            throw new IOException("not a newsextract " + magic + " file: " + e.getMessage(), e);
        }
        if (!found.equals(magic)) {
            throw new IOException("not a newsextract " + magic + " file (starts with " + found + ")");
        }
        int version = data.readInt();
        if (version != VERSION) {
            throw new IOException(magic + " file of version " + version + "; this library reads version " + VERSION);
        }
    }

    /** Reads to the end, so that gzip checks its CRC, and fails if anything is left. */
    private static void expectEnd(DataInputStream data) throws IOException {
        if (data.read() != -1) {
            throw new IOException("unexpected data after the end of the file");
        }
    }

    private static void writeInts(DataOutputStream data, int[] values) throws IOException {
        data.writeInt(values.length);
        for (int v : values) {
            data.writeInt(v);
        }
    }

    private static int[] readInts(DataInputStream data) throws IOException {
        int[] values = new int[checkedLength(data.readInt())];
        for (int i = 0; i < values.length; i++) {
            values[i] = data.readInt();
        }
        return values;
    }

    private static void writeStrings(DataOutputStream data, List<String> values) throws IOException {
        data.writeInt(values.size());
        for (String v : values) {
            data.writeUTF(v);
        }
    }

    private static List<String> readStrings(DataInputStream data) throws IOException {
        int n = checkedLength(data.readInt());
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(data.readUTF());
        }
        return values;
    }

    private static void writeSortedStrings(DataOutputStream data, Collection<String> sorted) throws IOException {
        data.writeInt(sorted.size());
        String previous = "";
        for (String s : sorted) {
            writeFrontCoded(data, previous, s);
            previous = s;
        }
    }

    private static List<String> readSortedStrings(DataInputStream data) throws IOException {
        int n = checkedLength(data.readInt());
        List<String> values = new ArrayList<>(n);
        String previous = "";
        for (int i = 0; i < n; i++) {
            previous = readFrontCoded(data, previous);
            values.add(previous);
        }
        return values;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    private static int sharedPrefix(String previous, String s) {
        int shared = 0;
        int max = Math.min(previous.length(), Math.min(s.length(), 0xFFFF));
        while (shared < max && previous.charAt(shared) == s.charAt(shared)) {
            shared++;
        }
        return shared;
    }

    private static void writeFrontCoded(DataOutputStream data, String previous, String s) throws IOException {
        int shared = sharedPrefix(previous, s);
        data.writeShort(shared);
        data.writeUTF(s.substring(shared));
    }

    private static String readFrontCoded(DataInputStream data, String previous) throws IOException {
        int shared = data.readUnsignedShort();
        if (shared > previous.length()) {
            throw new IOException("corrupt string table");
        }
        String rest = data.readUTF();
        return shared == 0 ? rest : previous.substring(0, shared).concat(rest);
    }

    private static void writeFloatPlanes(DataOutputStream data, float[] values) throws IOException {
        data.writeInt(values.length);
        byte[] plane = new byte[values.length];
        for (int shift = 24; shift >= 0; shift -= 8) {
            for (int i = 0; i < values.length; i++) {
                plane[i] = (byte) (Float.floatToRawIntBits(values[i]) >>> shift);
            }
            data.write(plane);
        }
    }

    private static float[] readFloatPlanes(DataInputStream data) throws IOException {
        int n = checkedLength(data.readInt());
        int[] bits = new int[n];
        byte[] plane = new byte[n];
        for (int shift = 24; shift >= 0; shift -= 8) {
            data.readFully(plane);
            for (int i = 0; i < n; i++) {
                bits[i] |= (plane[i] & 0xFF) << shift;
            }
        }
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = Float.intBitsToFloat(bits[i]);
        }
        return values;
    }

    /** A length read from a file, refused when negative or absurd (a corrupt file, not a model). */
    private static int checkedLength(int n) throws IOException {
        if (n < 0 || n > 1 << 28) {
            throw new EOFException("corrupt length " + n);
        }
        return n;
    }
}
