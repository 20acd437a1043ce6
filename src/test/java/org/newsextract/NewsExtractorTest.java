package org.newsextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsextract.pipeline.EngineKind;

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
        for (double bad : new double[]{-0.1, 1.01, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> NewsExtractor.builder().minReportedConfidence(bad));
            assertTrue(e.getMessage().startsWith("minReportedConfidence must be between 0 and 1"), e.getMessage());
        }
    }

    @Test
    void aConfidenceFloorKeepsOnlyTheReportedSpeechAtOrAboveIt() {
        Extraction all = Fixtures.extractor().extract(Fixtures.seed());
        double floor = 0.6;
        Extraction kept = NewsExtractor.builder().minReportedConfidence(floor).build().extract(Fixtures.seed());
        List<ReportedSpeech> expected = all.reported().stream().filter(r -> r.confidence() >= floor).toList();
        assertTrue(expected.size() > 0 && expected.size() < all.reported().size(),
                "the seed has reported speech on both sides of " + floor + ": " + all.reported());
        assertEquals(expected, kept.reported());
        assertEquals(all.quotes(), kept.quotes(), "quotations are not filtered");
        assertEquals(all.reported(), NewsExtractor.builder().minReportedConfidence(0).build()
                .extract(Fixtures.seed()).reported(), "0 keeps every one");
    }

    @Test
    void everyEngineHasItsInternalParts() {
        // Engines maps the internal EngineKind to an engine's parts; the API's Engine maps to it by name
        assertEquals(Arrays.stream(Engine.values()).map(Engine::name).toList(),
                Arrays.stream(EngineKind.values()).map(EngineKind::name).toList());
    }

    @Test
    void aModelThatCannotLoadIsAnExtractionExceptionWithTheEnginesMessage() {
        Path missing = Path.of("target", "no-such-model.bin");
        NewsExtractor.Builder builder = NewsExtractor.builder().engine(Engine.OPENNLP).openNlpModel(missing).threads(1);
        ExtractionException eager = assertThrows(ExtractionException.class, () -> builder.loadEagerly(true).build());
        assertEquals("OpenNLP name finder model " + missing + ": no such file", eager.getMessage());
        assertInstanceOf(NoSuchFileException.class, eager.getCause());
        NewsExtractor lazy = builder.loadEagerly(false).build();
        ExtractionException onUse = assertThrows(ExtractionException.class, () -> lazy.extract("Assad fled."));
        assertEquals(eager.getMessage(), onUse.getMessage());
        assertTrue(lazy.extractAll(List.of(new Document("d1", "Assad fled."))).get(0).error().orElseThrow()
                .endsWith(eager.getMessage()));
    }

    @Test
    void aFileThatIsNoModelSaysSoInsteadOfTheLoadersFailure() throws java.io.IOException {
        Path garbage = Path.of("target", "not-a-model.bin");
        java.nio.file.Files.writeString(garbage, "this is not an OpenNLP model");
        ExtractionException e = assertThrows(ExtractionException.class, () -> NewsExtractor.builder()
                .engine(Engine.OPENNLP).openNlpModel(garbage).threads(1).loadEagerly(true).build());
        assertEquals("cannot load OpenNLP name finder model " + garbage
                + ": not a name finder model (write one with 'newsextract train-opennlp')", e.getMessage());
    }

    @Test
    void eagerLoadingLoadsInBuild() {
        NewsExtractor x = NewsExtractor.builder().loadEagerly(true).threads(1).build();
        assertEquals(1, x.threads());
        assertEquals(Engine.CORENLP, x.engine());
    }
}
