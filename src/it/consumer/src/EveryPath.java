import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.newsextract.BatchResult;
import org.newsextract.Document;
import org.newsextract.Engine;
import org.newsextract.Extraction;
import org.newsextract.NewsExtractor;

/**
 * The consumer test's second program: the library's other paths on the user's class path (so a
 * class missing from the trimmed dependencies would show here): both engines, quotes and
 * reported speech, a batch, pre-tokenized input, JSON and HTML. Exits 1 with
 * the reason on the first surprise.
 */
public class EveryPath {
    public static void main(String[] args) throws Exception {
        String seed = Files.readString(Path.of("seeds/assad-flees-damascus.txt"));
        NewsExtractor corenlp = NewsExtractor.builder().threads(2).build();
        Extraction x = corenlp.extract("seed", seed);
        check(x.quotes().size() == 3, "three quotes in the seed, got " + x.quotes().size());
        check(!x.reported().isEmpty(), "reported speech in the seed");
        check(x.toJson().contains("\"reported\""), "the JSON has the reported array");
        check(x.toHtml().contains("<html"), "the HTML view");

        List<BatchResult> batch = corenlp.extractAll(List.of(new Document("a", seed), new Document("b", ""),
                new Document("c", "Angela Merkel met Emmanuel Macron in Berlin.")));
        check(batch.size() == 3 && batch.stream().allMatch(BatchResult::isSuccess), "a batch: " + batch);
        check(corenlp.extractTokenized("t", List.of(List.of("Obama", "visited", "Paris", "."))).places().size() == 1,
                "pre-tokenized input");

        NewsExtractor opennlp = NewsExtractor.builder().engine(Engine.OPENNLP).build();
        Extraction o = opennlp.extract("seed", seed);
        check(!o.people().isEmpty(), "the OpenNLP engine finds people");
        System.out.println("every path: corenlp people " + x.people().stream().map(e -> e.name()).collect(Collectors.toList())
                + "; opennlp people " + o.people().size() + "; batch " + batch.size());
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            System.err.println("EveryPath: FAIL: " + what);
            System.exit(1);
        }
    }
}
