package org.edgarbatch.filings;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A byte order mark that opens a document, and the charset it declares. */
enum ByteOrderMark {
    UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF),
    UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE);

    private final Charset charset;
    private final int[] bytes;

    ByteOrderMark(Charset charset, int... bytes) {
        this.charset = charset;
        this.bytes = bytes;
    }

    /** @return The mark the content opens with, if any. */
    static Optional<ByteOrderMark> of(byte[] content) {
        for (ByteOrderMark mark : values()) {
            if (mark.opens(content)) {
                return Optional.of(mark);
            }
        }
        return Optional.empty();
    }

    Charset charset() {
        return charset;
    }

    /** @return The content after the mark, decoded in the charset the mark declares. */
    String decodeAfter(byte[] content) {
        return new String(content, bytes.length, content.length - bytes.length, charset);
    }

    private boolean opens(byte[] content) {
        if (content.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((content[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
