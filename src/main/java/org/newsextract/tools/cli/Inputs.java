package org.newsextract.tools.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.newsextract.json.JsonLines;
import org.newsextract.text.Utf8Files;

/**
 * The documents the CLI reads: text files, directories of {@code .txt} files, JSON Lines files
 * ({@code {"id": …, "text": …}} per line) and standard input. Each input either yields its
 * text or fails with a message naming it; a broken input never stops the others.
 *
 * <p>Files must be UTF-8 (a byte-order mark is dropped). A file with a NUL byte is taken for
 * binary, and a file with bytes that are not UTF-8 is refused with the byte offset: both are
 * errors for that file, not silent replacement characters, so nothing is extracted from garbage.
 */
final class Inputs {
    /** The largest document accepted, in bytes. */
    static final long MAX_BYTES = 64L << 20;

    private Inputs() {
    }

    /** One input document: its id and a way to read its text (which may fail). */
    interface Input {
        String id();

        /** Returns the text. @throws InputException naming the input and the problem */
        String text();
    }

    /** An input that could not be read or parsed. */
    static final class InputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InputException(String message) {
            super(message);
        }
    }

    record Ready(String id, String text) implements Input {
    }

    record Broken(String id, String message) implements Input {
        @Override
        public String text() {
            throw new InputException(message);
        }
    }

    record FileInput(String id, Path path) implements Input {
        @Override
        public String text() {
            try {
                if (Files.size(path) > MAX_BYTES) {
                    throw new InputException(path + ": larger than " + (MAX_BYTES >> 20) + " MB");
                }
                return decode(Files.readAllBytes(path), path.toString());
            } catch (IOException e) {
                throw new InputException(path + ": cannot read: " + reason(e));
            }
        }
    }

    /**
     * Decodes UTF-8 strictly ({@link Utf8Files#decode}, as the Spark job does).
     *
     * @throws InputException for binary data or bytes that are not UTF-8
     */
    static String decode(byte[] bytes, String name) {
        try {
            return Utf8Files.decode(bytes, name);
        } catch (Utf8Files.NotText e) {
            throw new InputException(e.getMessage());
        }
    }

    /** An I/O error's reason in words, with the path: "permission denied", "no such file", … */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return "a link back to a directory above it (loop), not followed";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "not a directory";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** The inputs of one command-line argument, read lazily; closing releases its file. */
    private interface Source extends Iterator<Input>, Closeable {
        @Override
        void close();
    }

    private static Source of(Iterator<Input> inputs) {
        return new Source() {
            @Override
            public boolean hasNext() {
                return inputs.hasNext();
            }

            @Override
            public Input next() {
                return inputs.next();
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * Expands the command line's paths into inputs, in order: a directory gives its {@code .txt}
     * files (recursively, following links, sorted by path), a {@code .jsonl} file (or any file when
     * {@code jsonl} is set) gives one input per line, {@code -} is standard input. Lazy: each
     * argument is opened only when the inputs before it are consumed, and a JSON Lines file is read
     * a line at a time (never whole), so an archive of any size streams in bounded memory.
     */
    static Stream<Input> of(List<String> paths, boolean jsonl, InputStream stdin) {
        List<String> args = paths.isEmpty() ? List.of("-") : List.copyOf(paths);
        Lazy lazy = new Lazy(args, jsonl, stdin);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lazy, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(lazy::close);
    }

    /**
     * Concatenates the arguments' inputs without {@code Stream.flatMap}, which on JDK 17 drains
     * an inner stream whole as soon as its first element is asked for (JDK-8267359).
     */
    private static final class Lazy implements Iterator<Input> {
        private final List<String> args;
        private final boolean jsonl;
        private final InputStream stdin;
        private int nextArg;
        private Source current;

        Lazy(List<String> args, boolean jsonl, InputStream stdin) {
            this.args = args;
            this.jsonl = jsonl;
            this.stdin = stdin;
        }

        @Override
        public boolean hasNext() {
            while (current == null || !current.hasNext()) {
                close();
                if (nextArg == args.size()) {
                    return false;
                }
                current = expand(args.get(nextArg++), jsonl, stdin);
            }
            return true;
        }

        @Override
        public Input next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        void close() {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }

    private static Source expand(String arg, boolean jsonl, InputStream stdin) {
        if (arg.equals("-")) {
            if (jsonl) {
                return jsonLines(new JsonLines(new NonClosing(stdin), "stdin"));
            }
            return of(List.<Input>of(readStdin(stdin)).iterator());
        }
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
            return of(walk(arg, path).iterator());
        }
        if (!Files.exists(path)) {
            String why = Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "a link to nothing (broken symbolic link)"
                    : "no such file or directory";
            return of(List.<Input>of(new Broken(idOf(path.getFileName()), arg + ": " + why)).iterator());
        }
        if (jsonl || arg.endsWith(".jsonl")) {
            try {
                return jsonLines(new JsonLines(Files.newInputStream(path), arg));
            } catch (IOException e) {
                return of(List.<Input>of(new Broken(arg, arg + ": cannot read: " + reason(e))).iterator());
            }
        }
        return of(List.<Input>of(new FileInput(idOf(path.getFileName()), path)).iterator());
    }

    /** Standard input as one document, refused (with an error record) beyond {@link #MAX_BYTES}. */
    private static Input readStdin(InputStream stdin) {
        try {
            byte[] bytes = stdin.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return new Broken("stdin", "stdin: larger than " + (MAX_BYTES >> 20) + " MB (give a file, or use "
                        + "--jsonl for a stream of documents)");
            }
            return new Ready("stdin", decode(bytes, "stdin"));
        } catch (IOException e) {
            return new Broken("stdin", "stdin: cannot read: " + reason(e));
        } catch (InputException e) {
            return new Broken("stdin", e.getMessage());
        }
    }

    /**
     * A directory's {@code .txt} files, following symbolic links (each directory once: a link
     * back to a directory above it is reported, not followed), sorted by path; every entry that
     * cannot be read (an unreadable directory, a broken link) is an error record of its own in
     * its place, and the readable files beside it are still processed.
     */
    static List<Input> walk(String arg, Path root) {
        record Entry(Path path, Input input) {
        }
        List<Entry> entries = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<Path>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (file.getFileName().toString().endsWith(".txt")) {
                                if (attrs.isRegularFile()) {
                                    entries.add(new Entry(file, new FileInput(idOf(root.relativize(file)), file)));
                                } else if (attrs.isSymbolicLink()) {
                                    entries.add(new Entry(file, new Broken(idOf(root.relativize(file)),
                                            file + ": a link to nothing (broken symbolic link)")));
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String id = file.equals(root) ? arg : idOf(root.relativize(file));
                            entries.add(new Entry(file, new Broken(id, file + ": cannot read: " + reason(e))));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                String id = dir.equals(root) ? arg : idOf(root.relativize(dir));
                                entries.add(new Entry(dir, new Broken(id, dir + ": cannot list directory: " + reason(e))));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            entries.add(new Entry(root, new Broken(arg, arg + ": cannot list directory: " + reason(e))));
        }
        entries.sort(Comparator.comparing(Entry::path));
        List<Input> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(e.input());
        }
        return out;
    }

    /** Standard input, not closed with its reader. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }

    /**
     * Counts the inputs cheaply, for the progress display: directory entries as listed, JSON
     * Lines records as non-blank lines (bytes scanned, nothing parsed or held).
     */
    static long count(List<String> paths, boolean jsonl) {
        long n = 0;
        for (String arg : paths) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                n += walk(arg, path).size();
            } else if (Files.isRegularFile(path) && (jsonl || arg.endsWith(".jsonl"))) {
                n += countLines(path);
            } else {
                n++;
            }
        }
        return n;
    }

    private static long countLines(Path file) {
        long n = 0;
        boolean content = false;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                for (int i = 0; i < r; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        n += content ? 1 : 0;
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
            }
        } catch (IOException e) {
            return n + 1;
        }
        return n + (content ? 1 : 0);
    }

    /** A file's id: its path without the {@code .txt} extension, with forward slashes. */
    static String idOf(Path relative) {
        String s = relative.toString().replace('\\', '/');
        return s.endsWith(".txt") ? s.substring(0, s.length() - 4) : s;
    }

    private static Source jsonLines(JsonLines lines) {
        return new Source() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public Input next() {
                JsonLines.Record r = lines.next();
                return r.ok() ? new Ready(r.id(), r.text()) : new Broken(r.id(), r.error());
            }

            @Override
            public void close() {
                try {
                    lines.close();
                } catch (IOException ignored) {
                    // nothing left to read from it
                }
            }
        };
    }
}
