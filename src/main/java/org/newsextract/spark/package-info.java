/**
 * newsextract on Apache Spark: {@link org.newsextract.spark.NewsExtractorSpark} turns a
 * {@code Dataset<Row>} of documents into rows that mirror the {@code newsextract/1} JSON
 * contract, and {@link org.newsextract.spark.ExtractJob} is the job for {@code spark-submit} or
 * plain {@code java} in local mode. Spark is a {@code provided} dependency: nothing else in the
 * library refers to this package, and library users inherit nothing of Spark.
 */
package org.newsextract.spark;
