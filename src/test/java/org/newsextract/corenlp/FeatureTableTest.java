package org.newsextract.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FeatureTableTest {
    @Test
    void findsEveryNameByItsCharactersAndNothingElse() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            names.add("#<word" + i + ">#|C");
        }
        names.add("");
        names.add("Aa");  // "Aa" and "BB" share String.hashCode
        names.add("BB");
        FeatureTable table = new FeatureTable(names);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            b.setLength(0);
            b.append(names.get(i));
            assertEquals(i, table.indexOf(b), names.get(i));
            assertEquals(i, table.indexOf(names.get(i)));
        }
        assertEquals(-1, table.indexOf("#<word5000>#|C"));
        assertEquals(-1, table.indexOf("#<word1>#|CpC"));
        assertEquals(-1, table.indexOf("C#"));
    }

    @Test
    void refusesADuplicateName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FeatureTable(List.of("a|C", "b|C", "a|C")));
        assertEquals("feature 'a|C' occurs twice", e.getMessage());
    }
}
