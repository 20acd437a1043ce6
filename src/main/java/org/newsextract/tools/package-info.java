/**
 * The project's tools, kept apart from the library: the command line ({@code tools.cli}), the
 * accuracy evaluation ({@code tools.eval}), the benchmark ({@code tools.bench}), the training of
 * the OpenNLP name model ({@code tools.train}), raw CoreNLP's own pipelines as the baseline
 * ({@code tools.reference}), and the build step that writes the shipped model files
 * ({@code tools.build}). Tools may use any package of the library; no runtime package uses a
 * tool (the test {@code PackageStructureTest} keeps it so). Not part of the public API: the
 * module exports only {@code org.newsextract}.
 */
package org.newsextract.tools;
