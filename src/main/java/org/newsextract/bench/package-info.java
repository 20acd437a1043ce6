/**
 * Internal: the benchmark harness behind {@code newsextract bench}. Each configuration runs in
 * its own JVM ({@link org.newsextract.bench.BenchWorker}) so that load time and heap are its own.
 */
package org.newsextract.bench;
