package org.newsextract.tools.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Lets tests in other packages run the CLI in-process. */
public final class CliTestAccess {
    private CliTestAccess() {
    }

    /** Runs the CLI and returns its exit code. */
    public static int run(String... args) {
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }
}
