package org.newsextract.tools.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the command-line tool. Exit codes: 0 success, 1 a failure (a document or
 * input that could not be processed; the others still are), 2 a usage error. Every error is one
 * line on standard error that names the input and the problem. Quiet unless {@code --verbose}.
 */
@Command(name = "newsextract", mixinStandardHelpOptions = true, version = "newsextract 0.1.0",
        description = "People, places, organizations and quotes from English news text.",
        subcommands = {ExtractCommand.class, TagCommand.class, EvalCommand.class, AccuracyCommand.class, EvalQuotesCommand.class,
                BenchCommand.class, EngineBenchCommand.class, TrainOpenNlpCommand.class, TrainReportedCommand.class})
public final class Main implements Runnable {
    /** Exit code when something could not be processed. */
    public static final int FAILURE = 1;
    /** Exit code for a usage error. */
    public static final int USAGE = 2;

    /** True when the process's own standard error is the CLI's error stream (not a test's writer). */
    static volatile boolean realStderr;

    /** Runs the tool on the process's standard streams and exits with its code. */
    public static void main(String[] args) {
        realStderr = true;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the tool with the given streams and returns the exit code (for tests and embedding).
     * Never throws: errors are reported on {@code err} and in the exit code.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean verbose = Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v");
        configureLogging(verbose);
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("newsextract: usage error: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandName()
                    + " --help')");
            err.flush();
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("newsextract: error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return FAILURE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Silences SLF4J Simple (the tool's logging binding) and CoreNLP unless verbose. Must run
     * before any logger is created.
     */
    static void configureLogging(boolean verbose) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "off");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this),
                "a command is required: extract, tag, eval, accuracy, eval-quotes, bench, bench-engines or train-opennlp");
    }
}
