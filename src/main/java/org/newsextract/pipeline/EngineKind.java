package org.newsextract.pipeline;

/**
 * The engines, as the internal packages name them: one constant per constant of the API's
 * {@code org.newsextract.Engine}, with the same name ({@link #named(String)} maps one to the
 * other; {@code EnginesTest} checks that both list the same engines).
 */
public enum EngineKind {
    /** Stanford CoreNLP's tokenizer and two of its CRFs, decoded by newsextract's code. */
    CORENLP,
    /** Apache OpenNLP's sentence detector, tokenizer and the project's name finder model. */
    OPENNLP;

    /**
     * Returns the engine of a name.
     *
     * @param name an API engine's name ({@code Engine.name()}), e.g. {@code "CORENLP"}
     * @return the engine
     * @throws IllegalArgumentException if no engine has that name
     */
    public static EngineKind named(String name) {
        return valueOf(name);
    }
}
