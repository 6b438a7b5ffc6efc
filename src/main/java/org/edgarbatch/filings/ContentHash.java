package org.edgarbatch.filings;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content hash by which a document is recognised when it is met again, bare or inside another
 * container: the SHA-256 of its bytes with leading and trailing white space left out and CR LF line
 * ends read as LF. EDGAR wraps the same document differently in a full submission, a feed file and
 * a download of the document alone; those differences are exactly these.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** @return The hash as 64 lower-case hex digits. */
    public static String of(byte[] content) {
        int start = 0;
        int end = content.length;
        while (start < end && isWhiteSpace(content[start])) {
            start++;
        }
        while (end > start && isWhiteSpace(content[end - 1])) {
            end--;
        }
        MessageDigest digest = sha256();
        int from = start;
        for (int i = start; i < end - 1; i++) {
            if (content[i] == '\r' && content[i + 1] == '\n') {
                digest.update(content, from, i - from);
                from = i + 1;
            }
        }
        digest.update(content, from, end - from);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static boolean isWhiteSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
