package org.newsextract;

/**
 * The API's one way of rejecting an argument: every public method and constructor of this
 * package throws {@link IllegalArgumentException}, with a message naming the argument, for a
 * null or invalid argument (never {@link NullPointerException}); absent values are returned as
 * {@link java.util.Optional} or as an empty list, never as null.
 */
final class Checks {
    private Checks() {
    }

    /**
     * Returns {@code value}, or throws when it is null.
     *
     * @param value the argument
     * @param name  its name for the message, e.g. {@code "type"}
     * @param <T>   its type
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is null
     */
    static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
