/**
 * The benchmark harness behind {@code newsextract bench}. Each configuration runs in its own JVM
 * ({@link org.newsextract.tools.bench.BenchWorker}) so that load time and heap are its own. Not
 * part of the public API.
 */
package org.newsextract.tools.bench;
