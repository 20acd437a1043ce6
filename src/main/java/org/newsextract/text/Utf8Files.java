package org.newsextract.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file as the CLI and the Spark job both read them: UTF-8, strictly,
 * a leading byte-order mark dropped; UTF-16 and binary data are refused with a message that
 * names the file and says what to do. Stateless and thread-safe.
 */
public final class Utf8Files {
    private Utf8Files() {
    }

    /** A file whose bytes are not UTF-8 text; the message names the file and the problem. */
    public static final class NotText extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotText(String message) {
            super(message);
        }
    }

    /**
     * Returns the text of a file's bytes.
     *
     * @param bytes the file's bytes
     * @param name  the file's name, for the message
     * @return the text, without a leading byte-order mark
     * @throws NotText for UTF-16 text, binary data (a NUL byte) or bytes that are not UTF-8
     */
    public static String decode(byte[] bytes, String name) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            throw new NotText(name + ": UTF-16 text (byte-order mark); newsextract reads UTF-8: convert it "
                    + "first, e.g. iconv -f UTF-16 -t UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (looksUtf16(bytes)) {
                    throw new NotText(name + ": looks like UTF-16 text without a byte-order mark (every other "
                            + "byte is NUL); newsextract reads UTF-8: convert it first, e.g. iconv -f UTF-16LE -t UTF-8");
                }
                throw new NotText(name + ": looks binary (NUL byte at offset " + i + "), not text");
            }
        }
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            throw new NotText(name + ": not valid UTF-8 (bad byte at offset " + buffer.position() + ")");
        } catch (CharacterCodingException e) {
            throw new NotText(name + ": not valid UTF-8 (" + e + ")");
        }
    }

    /** True when the first bytes alternate NUL and ASCII, as UTF-16 English text does. */
    private static boolean looksUtf16(byte[] bytes) {
        int n = Math.min(bytes.length & ~1, 512);
        if (n < 4) {
            return false;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        return evenNul * 10 >= pairs * 9 && oddNul == 0 || oddNul * 10 >= pairs * 9 && evenNul == 0;
    }

}
