package org.newsextract.tools.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsextract.tools.reference.ReferenceNer.Annotated;
import org.newsextract.tools.reference.ReferenceNer.Naming;

/** The three ways raw CoreNLP's tags become names, on tags written here (no CoreNLP run). */
class ReferenceNamingTest {
    // "Auckland Castle stood . Paris Hilton spoke ." with CoreNLP-style fine tags, two sentences;
    // CoreNLP's entity mentions as it might give them (one over "Auckland Castle", MISC left out).
    private static final String[] NER = {"CITY", "LOCATION", "O", "O", "PERSON", "PERSON", "O", "O"};
    private static final int[] SENTENCE = {0, 0, 0, 0, 1, 1, 1, 1};
    private static final Annotated TEXT = new Annotated(new int[8], new int[8], SENTENCE, NER,
            List.of(new int[] {0, 2}, new int[] {2, 3}, new int[] {4, 6}), List.of("LOCATION", "MISC", "PERSON"));

    private static List<String> names(Naming naming) {
        return ReferenceNer.names(TEXT, naming).stream().map(n -> n[0] + "-" + n[1] + ":" + n[2]).toList();
    }

    @Test
    void mappedRunsJoinFineTagsOfOneScoredType() {
        assertEquals(List.of("0-2:1", "4-6:0"), names(Naming.MAPPED_RUNS));
    }

    @Test
    void fineTagRunsSplitWhereCoreNlpsOwnTagChanges() {
        assertEquals(List.of("0-1:1", "1-2:1", "4-6:0"), names(Naming.FINE_TAG_RUNS));
    }

    @Test
    void entityMentionsAreCoreNlpsOwnWithUnscoredTypesLeftOut() {
        assertEquals(List.of("0-2:1", "4-6:0"), names(Naming.ENTITY_MENTIONS));
    }

    @Test
    void aRunNeverCrossesASentence() {
        Annotated two = new Annotated(new int[2], new int[2], new int[] {0, 1}, new String[] {"PERSON", "PERSON"},
                List.of(), List.of());
        assertEquals(List.of("0-1:0", "1-2:0"), ReferenceNer.names(two, Naming.MAPPED_RUNS).stream()
                .map(n -> n[0] + "-" + n[1] + ":" + n[2]).toList());
    }
}
