package org.newsextract.spark;

import java.io.Serializable;

import org.newsextract.Engine;

/**
 * What the executors need to build and apply their extractor: small, immutable and
 * serializable (it travels with each task; the extractor itself never does).
 *
 * @param engine              the NER engine
 * @param quotes              whether quotes are extracted
 * @param reported            whether reported speech is extracted
 * @param maxChars            the longest text accepted, in UTF-16 chars; longer gives an error row
 * @param failPartition       test hook: the partition whose first attempt fails after one row, or -1
 * @param failDocument        test hook: the id of a document whose extraction throws, or null
 */
record Settings(Engine engine, boolean quotes, boolean reported, int maxChars, int failPartition,
                String failDocument) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The settings that build the extractor: the test hooks and limit do not change it. */
    ExtractorKey extractorKey() {
        return new ExtractorKey(engine, quotes, reported);
    }

    /** The part of the settings that identifies one shared extractor in an executor JVM. */
    record ExtractorKey(Engine engine, boolean quotes, boolean reported) {
    }
}
