package org.newsextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The front door's options. */
class NewsExtractorTest {
    @Test
    void quotesCanBeSwitchedOffForEntitiesOnly() {
        Extraction with = Fixtures.extractor().extract(Fixtures.seed());
        Extraction without = NewsExtractor.builder().quotes(false).build().extract(Fixtures.seed());
        assertFalse(with.quotes().isEmpty());
        assertTrue(without.quotes().isEmpty());
        assertEquals(with.entities(), without.entities());
    }

    @Test
    void builderRejectsBadOptions() {
        assertThrows(IllegalArgumentException.class, () -> NewsExtractor.builder().threads(0));
        assertThrows(IllegalArgumentException.class, () -> NewsExtractor.builder().engine(null));
    }

    @Test
    void eagerLoadingLoadsInBuild() {
        NewsExtractor x = NewsExtractor.builder().loadEagerly(true).threads(1).build();
        assertEquals(1, x.threads());
        assertEquals(Engine.CORENLP, x.engine());
    }
}
