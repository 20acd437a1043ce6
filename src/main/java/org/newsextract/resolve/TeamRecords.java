package org.newsextract.resolve;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule: a place followed by a win-loss record is a team: "New England (6-6) improved", "the
 * special teams nightmare for Los Angeles (3-9)".
 *
 * <p>Sports reports name teams after their cities and states and give each team's record in
 * brackets after its name the first time; the taggers read the place. A name tagged as a place
 * becomes an organization in all its mentions in the document when at least one mention is
 * followed by "(", a record ({@link #RECORD}: two or three numbers of at most
 * {@link #RECORD_DIGITS} digits joined by hyphens, "6-6", "10-2-1") and ")". Years ("(1806-1843)")
 * are no records; people followed by one (a pitcher's "(7-5)") are left alone. In CoNLL-2003 train
 * no gold place is followed by a record (53 people are: pitchers, jockeys' horses).
 */
final class TeamRecords {
    /** The most digits of one number of a record: games, not years. */
    static final int RECORD_DIGITS = 3;
    /** A record: "6-6", "10-2-1". */
    static final Pattern RECORD = Pattern.compile("\\d{1," + RECORD_DIGITS + "}(-\\d{1," + RECORD_DIGITS + "}){1,2}");

    void apply(TokenizedText doc, List<NameSpan> spans, Map<String, String> links, TokenLabels labels) {
        Map<String, List<NameSpan>> places = TypeVote.groupsByName(doc, spans, links, s -> s.label() == NameLabel.LOC);
        for (List<NameSpan> mentions : places.values()) {
            if (mentions.stream().anyMatch(s -> beforeRecord(doc, s))) {
                for (NameSpan s : mentions) {
                    labels.relabel(s.start(), s.end(), NameLabel.ORG);
                }
            }
        }
    }

    /** True if "( RECORD )" follows the name in its sentence. */
    private static boolean beforeRecord(TokenizedText doc, NameSpan s) {
        int t = s.end();
        return t + 2 < doc.sentenceEnd(doc.sentenceOf(s.start())) && doc.word(t).equals("(")
                && RECORD.matcher(doc.word(t + 1)).matches() && doc.word(t + 2).equals(")");
    }
}
