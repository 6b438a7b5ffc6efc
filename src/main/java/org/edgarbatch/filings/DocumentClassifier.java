package org.edgarbatch.filings;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Recognises a document by its content, never by its file name: EDGAR serves ownership XML in
 * {@code .txt} files and exhibits under names that say nothing of what they hold.
 */
public final class DocumentClassifier {

    /** Ownership XML declares its root element within the first few hundred bytes. */
    private static final int XML_PROLOGUE_LIMIT = 8 * 1024;
    private static final int BINARY_PROBE_LIMIT = 8 * 1024;

    /** Between two words: white space, and in HTML also non-breaking spaces and tags ("Class Five</B> Partnership"). */
    private static final String GAP = "(?:\\s|&nbsp;|&#160;|<[^<>]{0,300}>)+";
    private static final String OPENING_QUOTE = "(?:[\"\\u201c\\u0093]|&#147;|&#8220;|&ldquo;|&quot;)?";
    // EDGAR keeps exhibit text with words broken by a stray space ("Partner ship"): allow one.
    private static final Pattern UNIT_DESIGNATION = Pattern.compile(
            "designated" + GAP + "as" + GAP + "(?:the" + GAP + ")?" + OPENING_QUOTE + "class" + GAP + "[\\w-]+" + GAP
                    + "partner\\s?ship" + GAP + "preferred" + GAP + "units",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JOINT_FILING_TITLE = Pattern.compile(
            "joint" + GAP + "filing" + GAP + "agreement", Pattern.CASE_INSENSITIVE);
    private static final Pattern RULE_13D_1_K = Pattern.compile(
            "rule" + GAP + "13d-1\\s*\\(\\s*k\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_BEHALF_OF_EACH = Pattern.compile(
            "on" + GAP + "behalf" + GAP + "of" + GAP + "each", Pattern.CASE_INSENSITIVE);

    /** @return The kind of the document. Never null: what is not recognised is {@link DocumentKind#UNRECOGNISED}. */
    public DocumentKind classify(byte[] content) {
        if (content.length == 0) {
            return DocumentKind.UNRECOGNISED;
        }
        Charset charset = ByteOrderMark.of(content).map(ByteOrderMark::charset).orElse(null);
        if (charset == null && looksBinary(content)) {
            return DocumentKind.UNRECOGNISED;
        }
        // ISO-8859-1 maps every byte to one char, so ASCII markers match whatever the real 8-bit encoding.
        String text = new String(content, charset == null ? StandardCharsets.ISO_8859_1 : charset);
        if (hasOwnershipRoot(text)) {
            return DocumentKind.OWNERSHIP;
        }
        if (UNIT_DESIGNATION.matcher(text).find()) {
            return DocumentKind.UNIT_DESIGNATION;
        }
        if (JOINT_FILING_TITLE.matcher(text).find()
                || (RULE_13D_1_K.matcher(text).find() && ON_BEHALF_OF_EACH.matcher(text).find())) {
            return DocumentKind.JOINT_FILING_AGREEMENT;
        }
        return DocumentKind.UNRECOGNISED;
    }

    /** Text in an 8-bit or UTF-8 encoding has no NUL bytes; almost every binary format has some early on. */
    private static boolean looksBinary(byte[] content) {
        int end = Math.min(content.length, BINARY_PROBE_LIMIT);
        for (int i = 0; i < end; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the first element, after the XML declaration, comments, processing instructions and a
     * document type declaration, is {@code ownershipDocument}.
     */
    static boolean hasOwnershipRoot(String text) {
        int end = Math.min(text.length(), XML_PROLOGUE_LIMIT);
        int i = 0;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("<?", i)) {
                i = skipPast(text, i, "?>");
            } else if (text.startsWith("<!--", i)) {
                i = skipPast(text, i, "-->");
            } else if (text.startsWith("<!DOCTYPE", i)) {
                // Hostile XML hides in the internal subset; it must still be recognised (and then rejected by the parser).
                int subset = text.indexOf('[', i);
                int close = text.indexOf('>', i);
                i = subset >= 0 && (close < 0 || subset < close)
                        ? skipPast(text, skipPast(text, subset, "]"), ">")
                        : skipPast(text, i, ">");
            } else if (text.startsWith("<!", i)) {
                i = skipPast(text, i, ">");
            } else if (text.startsWith("<ownershipDocument", i)) {
                int after = i + "<ownershipDocument".length();
                return after < text.length() && isNameEnd(text.charAt(after));
            } else {
                return false;
            }
        }
        return false;
    }

    private static int skipPast(String text, int from, String terminator) {
        if (from >= text.length()) {
            return Integer.MAX_VALUE;
        }
        int at = text.indexOf(terminator, from);
        return at < 0 ? Integer.MAX_VALUE : at + terminator.length();
    }

    private static boolean isNameEnd(char c) {
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }
}
