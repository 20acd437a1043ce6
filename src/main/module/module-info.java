/**
 * newsextract: the people, places, organizations and quotes of English news text, behind the
 * API of the one exported package, {@link org.newsextract} (start at
 * {@link org.newsextract.NewsExtractor}).
 *
 * <p>Every other package of the jar is internal and not exported: the engines, resolution rules
 * and quote attribution, the command-line tool and the evaluation, benchmark and training tools
 * ({@code org.newsextract.tools.*}), and the Spark API {@code org.newsextract.spark}, which runs on
 * the class path only (Spark's jars have no valid module names).
 */
module org.newsextract {
    exports org.newsextract;

    requires com.fasterxml.jackson.core;
    requires edu.stanford.nlp.corenlp;
    requires org.apache.opennlp.tools;
    requires org.slf4j;

    // Only the tools need these: the command line (picocli) and the benchmark (heap figures).
    requires static info.picocli;
    requires static java.management;
    requires static jdk.management;

    // OpenNLP loads the engine's feature generator, which the name model names, by reflection;
    // picocli reads the commands' annotated fields.
    opens org.newsextract.opennlp to org.apache.opennlp.tools;
    opens org.newsextract.tools.cli to info.picocli;
}
