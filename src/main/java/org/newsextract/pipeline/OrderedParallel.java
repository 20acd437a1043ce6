package org.newsextract.pipeline;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Maps a stream on several threads and returns the results in input order, keeping at most
 * {@code 4 × threads} items in flight so that memory stays bounded on streams of any length.
 * The function must not throw (turn failures into results); if it does, or the reading thread is
 * interrupted, the stream ends with the exception the caller's {@code failure} makes.
 */
public final class OrderedParallel {
    private OrderedParallel() {
    }

    /**
     * Returns the lazily mapped stream, ending with an {@link IllegalStateException} if the
     * function throws. Closing it (or consuming it fully) stops the threads.
     *
     * @param input    the items
     * @param threads  how many worker threads, at least 1
     * @param function maps an item and its position (0-based) to a result
     */
    public static <T, R> Stream<R> map(Stream<T> input, int threads, BiFunction<T, Integer, R> function) {
        return map(input, threads, function, IllegalStateException::new);
    }

    /**
     * Returns the lazily mapped stream. Closing it (or consuming it fully) stops the threads.
     *
     * @param input    the items
     * @param threads  how many worker threads, at least 1
     * @param function maps an item and its position (0-based) to a result
     * @param failure  makes the exception the stream ends with from a message and a cause: when
     *                 the function throws, or the thread reading the stream is interrupted
     */
    public static <T, R> Stream<R> map(Stream<T> input, int threads, BiFunction<T, Integer, R> function,
                                       Failure failure) {
        Window<T, R> window = new Window<>(input.iterator(), threads, function, failure);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(window, Spliterator.ORDERED), false)
                .onClose(window::close).onClose(input::close);
    }

    /** Makes the unchecked exception a failed stream ends with. */
    @FunctionalInterface
    public interface Failure {
        /**
         * @param message what failed
         * @param cause   the function's exception, or the {@link InterruptedException}
         * @return the exception to throw
         */
        RuntimeException of(String message, Throwable cause);
    }

    private static final class Window<T, R> implements Iterator<R> {
        private final Iterator<T> input;
        private final BiFunction<T, Integer, R> function;
        private final Failure failure;
        private final ExecutorService pool;
        private final ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
        private final int capacity;
        private int position;

        Window(Iterator<T> input, int threads, BiFunction<T, Integer, R> function, Failure failure) {
            this.input = input;
            this.function = function;
            this.failure = failure;
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "newsextract-worker-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            this.capacity = threads * 4;
        }

        @Override
        public boolean hasNext() {
            while (inFlight.size() < capacity && input.hasNext()) {
                T item = input.next();
                int at = position++;
                inFlight.add(pool.submit(() -> function.apply(item, at)));
            }
            if (inFlight.isEmpty()) {
                pool.shutdown();
                return false;
            }
            return true;
        }

        @Override
        public R next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            try {
                return inFlight.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw failure.of("batch interrupted", e);
            } catch (ExecutionException e) {
                close();
                throw failure.of("batch worker failed: " + e.getCause(), e.getCause());
            }
        }

        void close() {
            pool.shutdownNow();
        }
    }
}
