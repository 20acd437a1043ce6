package org.newsextract.tools.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One document of a CoNLL-2003 file: its lines exactly as read, and the sentences of tokens
 * (first column) they hold.
 *
 * @param lines     every line of the document, {@code -DOCSTART-} and blank lines included
 * @param sentences the tokens of each sentence
 * @param tokenLine for each token in reading order, the index of its line in {@code lines}
 */
public record ConllDocument(List<String> lines, List<List<String>> sentences, List<Integer> tokenLine) {

    /**
     * Reads a whole CoNLL file into documents, split at {@code -DOCSTART-} lines (a file without
     * them is one document).
     *
     * @throws IOException              if reading fails
     * @throws IllegalArgumentException if a line's first column is empty (line number given)
     */
    public static List<ConllDocument> readAll(BufferedReader in) throws IOException {
        List<ConllDocument> docs = new ArrayList<>();
        Builder current = new Builder();
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.startsWith("-DOCSTART-") && !current.isEmpty()) {
                docs.add(current.build());
                current = new Builder();
            }
            current.add(line, lineNo);
        }
        if (!current.isEmpty()) {
            docs.add(current.build());
        }
        return docs;
    }

    private static final class Builder {
        private final List<String> lines = new ArrayList<>();
        private final List<List<String>> sentences = new ArrayList<>();
        private final List<Integer> tokenLine = new ArrayList<>();
        private List<String> sentence = new ArrayList<>();

        boolean isEmpty() {
            return lines.isEmpty();
        }

        void add(String line, int lineNo) {
            int index = lines.size();
            lines.add(line);
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                endSentence();
                return;
            }
            String token = line.strip().split("\\s+", 2)[0];
            if (token.isEmpty()) {
                throw new IllegalArgumentException("line " + lineNo + " has no token in its first column");
            }
            sentence.add(token);
            tokenLine.add(index);
        }

        void endSentence() {
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
                sentence = new ArrayList<>();
            }
        }

        ConllDocument build() {
            endSentence();
            return new ConllDocument(List.copyOf(lines), List.copyOf(sentences), List.copyOf(tokenLine));
        }
    }
}
