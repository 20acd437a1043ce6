/**
 * Build steps: {@link org.newsextract.tools.build.CompileModels} writes, at {@code mvn package}
 * time, the model files the library ships, from CoreNLP's models jar (a build-time input only).
 * Not part of the library's API.
 */
package org.newsextract.tools.build;
