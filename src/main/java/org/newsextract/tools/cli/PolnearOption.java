package org.newsextract.tools.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --polnear DIR}: where the commands that read PolNeAR find it, and whether it is there. */
final class PolnearOption {
    @Option(names = "--polnear", paramLabel = "DIR", defaultValue = "../shared/data/polnear",
            description = "The PolNeAR folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    /** Returns true when the folder holds PolNeAR's {@code attributions.jsonl}. */
    boolean present() {
        return Files.isRegularFile(dir.resolve("attributions.jsonl"));
    }
}
