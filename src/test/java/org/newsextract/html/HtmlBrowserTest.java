package org.newsextract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsextract.Extraction;
import org.newsextract.Fixtures;

/**
 * The HTML view as a person sees it: rendered by headless Chromium (no network), screenshot in
 * {@code target/browser/}, and the rendered DOM checked: every entity mention and every quote of
 * the seed is highlighted, and markup in an input is shown as text. Skips when Chromium is not
 * installed ({@code scripts/install-test-deps.sh} installs it; CI runs that).
 */
class HtmlBrowserTest {
    private static final Path OUT = Path.of("target", "browser");
    private static Path chromium;

    @BeforeAll
    static void findChromium() {
        chromium = locateChromium().orElse(null);
    }

    /** Skips the test (reported as skipped, with the reason) when Chromium is not installed. */
    private static void requireChromium() throws IOException {
        Assumptions.assumeTrue(chromium != null, "skipped: Chromium not found (looked at $CHROMIUM, chromium and "
                + "chromium-browser on PATH); install it with scripts/install-test-deps.sh (Debian package 'chromium')");
        Files.createDirectories(OUT);
    }

    static Optional<Path> locateChromium() {
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank() && Files.isExecutable(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Runs headless Chromium on a local file with a fresh profile; returns its standard output. */
    static String chromium(Path page, String... extra) throws Exception {
        Path profile = Files.createTempDirectory(OUT.toAbsolutePath(), "profile-");
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile));
        cmd.addAll(List.of(extra));
        cmd.add(page.toAbsolutePath().toUri().toString());
        Path stdout = OUT.resolve("chromium.out");
        Path log = OUT.resolve("chromium.log");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(log.toFile()).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                throw new AssertionError("Chromium did not finish in 120 s: " + cmd + " (log: " + log + ")");
            }
            assertEquals(0, p.exitValue(), "Chromium failed, see " + log.toAbsolutePath() + ": " + cmd);
            return Files.readString(stdout, StandardCharsets.UTF_8);
        } finally {
            p.destroyForcibly();
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void theSeedRendersWithEveryMentionAndQuoteHighlighted() throws Exception {
        requireChromium();
        Extraction x = Fixtures.extractor().extract("assad-flees-damascus", Fixtures.seed());
        Path page = OUT.resolve("seed.html");
        Files.writeString(page, x.toHtml(), StandardCharsets.UTF_8);

        String dom = chromium(page, "--dump-dom");
        Files.writeString(OUT.resolve("seed.dom.html"), dom, StandardCharsets.UTF_8);
        MiniDom.Element root = MiniDom.parse(dom);
        ViewAssertions.assertShowsEverything(root, x);
        assertTrue(x.people().size() >= 3 && !x.places().isEmpty() && !x.organizations().isEmpty(), x.toString());

        Path png = screenshot(page, "seed.png");
        // The same text with nothing found: the legend alone, the baseline for each colour.
        Path bare = OUT.resolve("seed-bare.html");
        Files.writeString(bare, new Extraction(x.id().orElse(null), x.text(), List.of(), List.of(), List.of(), List.of())
                .toHtml(), StandardCharsets.UTF_8);
        BufferedImage image = ImageIO.read(png.toFile());
        BufferedImage baseline = ImageIO.read(screenshot(bare, "seed-bare.png").toFile());
        assertEquals(1280, image.getWidth(), "screenshot " + png);
        // The highlight colours were really painted over the article: each mention adds far more
        // pixels of its type's colour than the side list's 10-pixel dot per entity could.
        Map<String, int[]> colours = new java.util.LinkedHashMap<>();
        colours.put("person", new int[]{0xfcd34d, mentions(x.people())});
        colours.put("place", new int[]{0x6ee7b7, mentions(x.places())});
        colours.put("organization", new int[]{0x93c5fd, mentions(x.organizations())});
        colours.put("quote", new int[]{0xf3e8ff, x.quotes().size()});
        for (Map.Entry<String, int[]> c : colours.entrySet()) {
            int rgb = c.getValue()[0];
            int added = countPixels(image, rgb) - countPixels(baseline, rgb);
            int expected = 300 * c.getValue()[1];
            assertTrue(added >= expected, c.getKey() + " colour #" + Integer.toHexString(rgb) + ": " + added
                    + " more pixels than without highlights, expected at least " + expected + " for " + c.getValue()[1]
                    + " highlighted spans (" + png + ")");
        }
    }

    private static int mentions(List<org.newsextract.Entity> entities) {
        return entities.stream().mapToInt(e -> e.mentions().size()).sum();
    }

    private static Path screenshot(Path page, String name) throws Exception {
        Path png = OUT.resolve(name).toAbsolutePath();
        Files.deleteIfExists(png);
        chromium(page, "--screenshot=" + png, "--window-size=1280,2000", "--hide-scrollbars");
        assertTrue(Files.size(png) > 0, png.toString());
        return png;
    }

    @Test
    void injectedMarkupIsShownAsText() throws Exception {
        requireChromium();
        Extraction x = HtmlViewTest.handBuilt();
        Path page = OUT.resolve("injected.html");
        Files.writeString(page, x.toHtml(), StandardCharsets.UTF_8);
        MiniDom.Element root = MiniDom.parse(chromium(page, "--dump-dom"));
        ViewAssertions.assertShowsEverything(root, x);
        assertTrue(root.findAll(e -> e.tag.equals("script") || e.tag.equals("b") || e.tag.equals("i")).isEmpty(),
                "no element made from the input's markup");
        String shown = ViewAssertions.view(root, x).first(e -> e.hasClass("ne-text")).text();
        assertTrue(shown.contains("<script>alert('x')</script>") && shown.contains("&amp;"), shown);
        screenshot(page, "injected.png");
    }

    private static int countPixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y) & 0xffffff;
                if (Math.abs((p >> 16) - (rgb >> 16)) <= 3 && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) <= 3
                        && Math.abs((p & 0xff) - (rgb & 0xff)) <= 3) {
                    n++;
                }
            }
        }
        return n;
    }
}
