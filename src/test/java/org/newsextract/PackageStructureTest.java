package org.newsextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the library's structure as issue 13 set it: {@code jdeps} on the compiled classes finds no
 * cycle among the {@code org.newsextract} packages, the API package depends on the internals and
 * never the other way round, no runtime package uses a tool, and the module descriptor exports
 * {@code org.newsextract} alone.
 */
class PackageStructureTest {
    private static final String API = "org.newsextract";
    private static final String TOOLS = "org.newsextract.tools";
    /** The Spark API sits on top of the public API, as a user's code would. */
    private static final String SPARK = "org.newsextract.spark";

    private static Path classes;
    /** Package to the packages it depends on, among {@code org.newsextract*}, self edges left out. */
    private static Map<String, Set<String>> graph;

    @BeforeAll
    static void readTheClasses() throws URISyntaxException {
        classes = Path.of(NewsExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // jdeps on the class files' directory, not the module root: as a module it would need the
        // module path of every dependency; the class files and their dependences are the same.
        graph = packageGraph(jdeps("-verbose:package", "-e", "org\\.newsextract(\\..*)?",
                classes.resolve("org").toString()));
    }

    @Test
    void jdepsSeesEveryPackage() {
        // a jdeps output format that the parser no longer understands must not pass as "no edges"
        for (String p : List.of(API, "org.newsextract.pipeline", "org.newsextract.resolve", "org.newsextract.tools.cli",
                SPARK)) {
            assertTrue(graph.containsKey(p), "jdeps reported no dependences of " + p + ": " + graph.keySet());
        }
        assertTrue(graph.get(API).contains("org.newsextract.pipeline"), graph.get(API).toString());
    }

    @Test
    void noPackageCycle() {
        List<Set<String>> cycles = cycles(graph);
        assertTrue(cycles.isEmpty(), "package cycles (each a set of packages that reach each other): " + cycles
                + "\n" + describe(graph));
    }

    @Test
    void internalPackagesDoNotUseTheApiPackage() {
        Map<String, Set<String>> backwards = new TreeMap<>();
        graph.forEach((from, to) -> {
            if (!from.equals(API) && !isTool(from) && !from.equals(SPARK) && to.contains(API)) {
                backwards.put(from, Set.of(API));
            }
        });
        assertEquals(Map.of(), backwards, "internal packages must get their own types, and the API package "
                + "converts at the boundary; these use the API package");
    }

    @Test
    void runtimePackagesDoNotUseTools() {
        Map<String, Set<String>> offending = new TreeMap<>();
        graph.forEach((from, to) -> {
            Set<String> tools = to.stream().filter(PackageStructureTest::isTool).collect(Collectors.toCollection(TreeSet::new));
            if (!isTool(from) && !tools.isEmpty()) {
                offending.put(from, tools);
            }
        });
        assertEquals(Map.of(), offending, "runtime packages that use tools");
    }

    @Test
    void theModuleExportsOnlyTheApiPackage() throws IOException {
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        assertEquals(API, module.name());
        Set<String> exports = module.exports().stream().map(e -> e.source() + (e.isQualified() ? " to " + e.targets() : ""))
                .collect(Collectors.toSet());
        assertEquals(Set.of(API), exports);
        for (ModuleDescriptor.Opens o : module.opens()) {
            assertTrue(o.isQualified(), "a package opened to every module is as good as exported: " + o);
        }
    }

    @Test
    void theCycleCheckFindsACycle() {
        // the check above must be able to fail: a graph with a back edge gives its cycle
        Map<String, Set<String>> g = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"), "d", Set.of());
        assertEquals(List.of(Set.of("a", "b", "c")), cycles(g));
        assertEquals(List.of(), cycles(Map.of("a", Set.of("b"), "b", Set.of())));
    }

    private static boolean isTool(String pkg) {
        return pkg.equals(TOOLS) || pkg.startsWith(TOOLS + ".");
    }

    private static String jdeps(String... args) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = jdeps.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertEquals(0, code, "jdeps failed: " + err + out);
        return out.toString();
    }

    /** Parses {@code jdeps -verbose:package} lines: {@code   org.a   -> org.b   archive}. */
    static Map<String, Set<String>> packageGraph(String jdepsOutput) {
        Pattern edge = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+\\S+$");
        Map<String, Set<String>> g = new TreeMap<>();
        for (String line : jdepsOutput.split("\\R")) {
            Matcher m = edge.matcher(line);
            if (m.matches() && isOurs(m.group(1)) && isOurs(m.group(2)) && !m.group(1).equals(m.group(2))) {
                g.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
                g.computeIfAbsent(m.group(2), k -> new TreeSet<>());
            }
        }
        return g;
    }

    private static boolean isOurs(String pkg) {
        return pkg.equals(API) || pkg.startsWith(API + ".");
    }

    /** Returns the strongly connected components with more than one package (Tarjan), sorted. */
    static List<Set<String>> cycles(Map<String, Set<String>> g) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> out = new ArrayList<>();
        int[] next = {0};
        for (String v : new TreeSet<>(g.keySet())) {
            if (!index.containsKey(v)) {
                connect(v, g, index, low, stack, onStack, out, next);
            }
        }
        out.sort((a, b) -> a.toString().compareTo(b.toString()));
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> g, Map<String, Integer> index, Map<String, Integer> low,
                                Deque<String> stack, Set<String> onStack, List<Set<String>> out, int[] next) {
        index.put(v, next[0]);
        low.put(v, next[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : g.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, g, index, low, stack, onStack, out, next);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                out.add(component);
            }
        }
    }

    private static String describe(Map<String, Set<String>> g) {
        StringBuilder b = new StringBuilder("package graph:\n");
        g.forEach((from, to) -> b.append("  ").append(from).append(" -> ").append(to).append('\n'));
        return b.toString();
    }
}
