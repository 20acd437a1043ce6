/**
 * Internal: reading and writing the {@code newsextract/1} JSON contract. Use
 * {@link org.newsextract.Extraction#toJson()} rather than this package.
 */
package org.newsextract.json;
