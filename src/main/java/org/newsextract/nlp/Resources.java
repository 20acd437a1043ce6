package org.newsextract.nlp;

import java.io.InputStream;

/**
 * Opens the model files and word lists the engines read. The project's own resources (under
 * {@code org/newsextract/}) are looked up in this library's own jar or module, where a named
 * module would hide them from a class loader lookup; everything else (the models jars of CoreNLP
 * and OpenNLP) through the class loader.
 */
public final class Resources {
    private Resources() {
    }

    /**
     * Opens a resource.
     *
     * @param resource the resource's path, without a leading slash ({@code org/newsextract/models/titles.txt})
     * @return the stream, or null when there is no such resource
     */
    public static InputStream open(String resource) {
        InputStream own = Resources.class.getResourceAsStream("/" + resource);
        return own != null ? own : Resources.class.getClassLoader().getResourceAsStream(resource);
    }
}
