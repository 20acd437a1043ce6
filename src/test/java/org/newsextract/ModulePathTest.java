package org.newsextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java example as a user's own named module ({@code requires org.newsextract}), run
 * in a JVM with the library on the module path: the descriptor's {@code requires} suffice, the
 * word lists and models load from a named module, and the output is the class path's. Also: such a
 * module cannot compile against an internal package.
 *
 * <p>The module path holds the library, the modules it requires and the jars of the OpenNLP models
 * it reads, nothing else: the user's dependency closure (the test class path has more, such as
 * Spark and CoreNLP's models jar, which users do not get).
 */
class ModulePathTest {
    /**
     * The resources the engines read from other jars: Apache's OpenNLP models (CoreNLP's models
     * ship in the library's own jar; CoreNLP's models jar is only on the test class path, for the
     * reference pipeline, and must not be on this module path).
     */
    private static final List<String> MODEL_RESOURCES = List.of(
            org.newsextract.opennlp.OpenNlpModels.SENTENCE_EN, org.newsextract.opennlp.OpenNlpModels.TOKENIZER_EN);

    @Test
    void theReadmeExampleRunsAsANamedModule(@TempDir Path dir) throws Exception {
        String modulePath = modulePath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("org/example"));
        Files.writeString(src.resolve("module-info.java"), "module org.example {\n    requires org.newsextract;\n}\n");
        Files.writeString(src.resolve("org/example/Example.java"), exampleClass(readmeExample()));
        Path out = dir.resolve("out");
        String errors = compile(modulePath, out, src.resolve("module-info.java"), src.resolve("org/example/Example.java"));
        assertEquals("", errors, "the README example must compile against the module");

        Path work = Files.createDirectories(dir.resolve("work"));
        Files.createDirectories(work.resolve("seeds"));
        Files.writeString(work.resolve("seeds/assad-flees-damascus.txt"), Fixtures.seed());
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "--module-path", modulePath + File.pathSeparator + out, "-m", "org.example/org.example.Example")
                .directory(work.toFile()).redirectError(work.resolve("stderr.txt").toFile()).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the example did not finish");
        assertEquals(0, p.exitValue(), "the example failed on the module path:\n" + stdout
                + Files.readString(work.resolve("stderr.txt"), StandardCharsets.UTF_8));

        Extraction expected = Fixtures.extractor().extract("seed", Fixtures.seed());
        assertTrue(stdout.contains(expected.toJson()), "the module path run prints the class path's JSON:\n" + stdout);
        assertTrue(stdout.startsWith(expected.people().get(0).name() + " "), stdout);
        assertEquals(expected.toHtml(), Files.readString(work.resolve("seed.html"), StandardCharsets.UTF_8));
    }

    @Test
    void aModuleCannotCompileAgainstAnInternalPackage(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("org/example"));
        Files.writeString(src.resolve("module-info.java"), "module org.example {\n    requires org.newsextract;\n}\n");
        Files.writeString(src.resolve("org/example/Internal.java"),
                "package org.example;\n\nclass Internal {\n    org.newsextract.pipeline.Pipeline pipeline;\n}\n");
        String modulePath = modulePath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        String errors = compile(modulePath, dir.resolve("out"), src.resolve("module-info.java"),
                src.resolve("org/example/Internal.java"));
        assertTrue(errors.contains("package org.newsextract.pipeline is not visible"), errors);
    }

    /** Returns the Java code block of the README's "Use it from Java" section. */
    private static String readmeExample() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Use it from Java");
        int start = readme.indexOf("```java\n", section);
        assertTrue(section >= 0 && start >= 0, "README.md has no Java example under 'Use it from Java'");
        start += "```java\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    /** Wraps the example's statements in a main method; its imports stay imports. */
    private static String exampleClass(String example) {
        StringBuilder imports = new StringBuilder("import java.nio.file.Files;\nimport java.nio.file.Path;\n");
        StringBuilder body = new StringBuilder();
        for (String line : example.split("\n")) {
            (line.startsWith("import ") ? imports : body.append("        ")).append(line).append('\n');
        }
        return "package org.example;\n\n" + imports + "\npublic class Example {\n    public static void main(String[] args) "
                + "throws Exception {\n" + body + "    }\n}\n";
    }

    private static String compile(String modulePath, Path out, Path... sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--module-path", modulePath,
                "-Xlint:-requires-automatic", "-proc:none"));
        for (Path s : sources) {
            args.add(s.toString());
        }
        int code = javac.run(null, null, errors, args.toArray(new String[0]));
        return code == 0 ? "" : errors.toString(StandardCharsets.UTF_8);
    }

    /**
     * Returns the library's classes (with their module descriptor), the jars of the modules the
     * descriptor requires, and the jars that hold the models, all from this test's class path.
     */
    private static List<Path> modulePath() throws IOException, URISyntaxException {
        Path classes = Path.of(NewsExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor library;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            library = ModuleDescriptor.read(in);
        }
        Set<String> required = library.requires().stream()
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .map(ModuleDescriptor.Requires::name).filter(n -> !n.startsWith("java.")).collect(Collectors.toSet());
        Set<Path> path = new LinkedHashSet<>(List.of(classes));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (!entry.endsWith(".jar") || !Files.isRegularFile(jar)) {
                continue;
            }
            try {
                for (ModuleReference m : ModuleFinder.of(jar).findAll()) {
                    if (required.remove(m.descriptor().name())) {
                        path.add(jar);
                    }
                }
            } catch (RuntimeException e) {
                // a jar that cannot be a module (no valid name) is none of the required ones
            }
        }
        assertEquals(Set.of(), required, "required modules not found on the test class path");
        for (String resource : MODEL_RESOURCES) {
            URL url = ClassLoader.getSystemResource(resource);
            assertTrue(url != null, resource + " is not on the test class path");
            if (url.getProtocol().equals("jar")) {
                path.add(Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI()));
            }
        }
        return new ArrayList<>(path);
    }
}
