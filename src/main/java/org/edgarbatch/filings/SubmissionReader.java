package org.edgarbatch.filings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Reads an EDGAR submission in SGML, one {@code <DOCUMENT>} at a time: a full submission text file
 * ({@code <SEC-DOCUMENT>} with a {@code <SEC-HEADER>} of {@code KEY: value} lines) or a daily feed
 * file ({@code <SUBMISSION>} with bare tags, newlines optional). Only one document is held in memory,
 * however large the submission.
 *
 * <p>SGML is read as ISO-8859-1, which maps each byte to one character, so a document's content
 * comes out as exactly the bytes the submission holds, whatever their real encoding.
 */
public final class SubmissionReader {

    /**
     * One {@code <DOCUMENT>} of the submission: its facts and content, or why it cannot be read.
     *
     * @param ordinal     its position in the submission, from 1
     * @param sequence    its {@code <SEQUENCE>}, or null when missing or not a number
     * @param type        its {@code <TYPE>}, or null
     * @param fileName    its {@code <FILENAME>}, or null
     * @param description its {@code <DESCRIPTION>}, or null
     * @param content     its {@code <TEXT>} without surrounding white space and {@code <XML>} wrapper; null when problem is set
     * @param problem     null, or why the document cannot be read
     */
    public record Part(int ordinal, Integer sequence, String type, String fileName, String description,
                       byte[] content, String problem) {

        /** @return The sequence the submission gives it, or its position when it gives none. */
        public int sequenceOrOrdinal() {
            return sequence != null ? sequence : ordinal;
        }
    }

    /** Headers list the filing's parties; even a filing with hundreds stays far below this. */
    private static final int HEADER_LIMIT = 4 * 1024 * 1024;
    /** Room for a document's tags around its text. */
    private static final int METADATA_ALLOWANCE = 64 * 1024;
    private static final Pattern ACCESSION_NUMBER = Pattern.compile("\\d{10}-\\d{2}-\\d{6}");
    private static final DateTimeFormatter SGML_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final InputStream in;
    private final long maxDocumentBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int bufferLength;
    private int bufferPosition;

    private SubmissionFacts facts;
    private boolean headerRead;
    private boolean documentAhead;
    private boolean finished;
    private int ordinal;

    /**
     * @param in               the submission; read to the end, not closed
     * @param maxDocumentBytes documents larger than this are returned with a problem, not their content
     */
    public SubmissionReader(InputStream in, long maxDocumentBytes) {
        this.in = in;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** @return What the submission's header says; reads the header if that has not happened yet. */
    public SubmissionFacts facts() throws IOException {
        readHeader();
        return facts;
    }

    /** @return The next document, or null after the last one. */
    public Part next() throws IOException {
        readHeader();
        if (finished) {
            if (ordinal == 0) {
                ordinal++;
                return problem("the submission holds no <DOCUMENT>");
            }
            return null;
        }
        if (!documentAhead) {
            if (scanTo("<DOCUMENT>", null, null, 0) != Scan.FOUND) {
                finished = true;
                return null;
            }
        }
        documentAhead = false;
        ordinal++;
        ByteSink block = new ByteSink();
        // A <DOCUMENT> before this one's </DOCUMENT> starts the next one: an unclosed document costs only itself.
        Scan scan = scanTo("</DOCUMENT>", "<DOCUMENT>", block, maxDocumentBytes + METADATA_ALLOWANCE);
        if (scan == Scan.END_OF_INPUT) {
            finished = true;
            return problem("truncated: the submission ends inside document " + ordinal + ", before its </DOCUMENT>");
        }
        if (scan == Scan.FOUND_OTHER || scan == Scan.FOUND_OTHER_TOO_LONG) {
            documentAhead = true;
            return problem("document " + ordinal + " has no </DOCUMENT>: the next <DOCUMENT> begins inside it");
        }
        if (scan == Scan.FOUND_TOO_LONG) {
            return problem("document " + ordinal + " is larger than the limit of " + maxDocumentBytes + " bytes");
        }
        return part(block);
    }

    private void readHeader() throws IOException {
        if (headerRead) {
            return;
        }
        headerRead = true;
        ByteSink header = new ByteSink();
        Scan scan = scanTo("<DOCUMENT>", null, header, HEADER_LIMIT);
        facts = parseHeader(header.toString());
        documentAhead = scan != Scan.END_OF_INPUT;
        if (!documentAhead) {
            finished = true;
        }
    }

    private Part part(ByteSink block) {
        int textStart = block.indexOfIgnoreCase("<TEXT>", 0);
        String metadata = block.toString(0, textStart < 0 ? block.size : textStart);
        String sequenceText = tagValue(metadata, "<SEQUENCE>");
        Integer sequence = null;
        if (sequenceText != null && sequenceText.matches("\\d{1,9}")) {
            sequence = Integer.valueOf(sequenceText);
        }
        String type = tagValue(metadata, "<TYPE>");
        String fileName = tagValue(metadata, "<FILENAME>");
        String description = tagValue(metadata, "<DESCRIPTION>");
        if (textStart < 0) {
            return new Part(ordinal, sequence, type, fileName, description, null,
                    "document " + ordinal + " has no <TEXT>");
        }
        int from = textStart + "<TEXT>".length();
        int to = block.lastIndexOfIgnoreCase("</TEXT>", from);
        if (to < 0) {
            return new Part(ordinal, sequence, type, fileName, description, null,
                    "truncated: document " + ordinal + " has no </TEXT>");
        }
        int[] range = block.trim(from, to);
        if (block.startsWithIgnoreCase("<XML>", range[0], range[1])
                && block.endsWithIgnoreCase("</XML>", range[0], range[1])) {
            range = block.trim(range[0] + "<XML>".length(), range[1] - "</XML>".length());
        }
        if (range[1] - range[0] > maxDocumentBytes) {
            return new Part(ordinal, sequence, type, fileName, description, null,
                    "document " + ordinal + " is larger than the limit of " + maxDocumentBytes + " bytes");
        }
        return new Part(ordinal, sequence, type, fileName, description,
                Arrays.copyOfRange(block.bytes, range[0], range[1]), null);
    }

    private Part problem(String reason) {
        return new Part(ordinal, null, null, null, null, null, reason);
    }

    /** Reads the header facts from either header form: {@code KEY: value} lines or bare SGML tags. */
    static SubmissionFacts parseHeader(String header) {
        return new SubmissionFacts(
                accessionNumber(firstValue(header, "ACCESSION NUMBER:", "<ACCESSION-NUMBER>")),
                firstValue(header, "CONFORMED SUBMISSION TYPE:", "<TYPE>"),
                date(firstValue(header, "FILED AS OF DATE:", "<FILING-DATE>")),
                date(firstValue(header, "CONFORMED PERIOD OF REPORT:", "<PERIOD>")));
    }

    /** @return The accession number in its usual form, {@code 0001180194-22-000002}, or null when it is not one. */
    private static String accessionNumber(String value) {
        if (value == null) {
            return null;
        }
        if (ACCESSION_NUMBER.matcher(value).matches()) {
            return value;
        }
        if (value.length() == 18 && value.chars().allMatch(Character::isDigit)) {
            return value.substring(0, 10) + "-" + value.substring(10, 12) + "-" + value.substring(12);
        }
        return null;
    }

    private static String firstValue(String text, String label, String tag) {
        String value = tagValue(text, label);
        return value != null ? value : tagValue(text, tag);
    }

    /** @return The text after the first occurrence of the label, up to the end of the line or the next tag. */
    private static String tagValue(String text, String label) {
        int at = indexOfIgnoreCase(text, label);
        if (at < 0) {
            return null;
        }
        int start = at + label.length();
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r' && text.charAt(end) != '<') {
            end++;
        }
        String value = text.substring(start, end).strip();
        return value.isEmpty() ? null : value;
    }

    private static int indexOfIgnoreCase(String text, String label) {
        int limit = text.length() - label.length();
        for (int i = 0; i <= limit; i++) {
            if (text.regionMatches(true, i, label, 0, label.length())) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, SGML_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private enum Scan { FOUND, FOUND_TOO_LONG, FOUND_OTHER, FOUND_OTHER_TOO_LONG, END_OF_INPUT }

    /**
     * Reads up to and including the tag, or the other tag when given and met first (both matched
     * ignoring case), copying what comes before it into the sink while that stays within the limit. A
     * tag starts with '<', which occurs nowhere else in it, so a mismatch can restart the match at the
     * current character.
     */
    private Scan scanTo(String tag, String other, ByteSink sink, long limit) throws IOException {
        int matched = 0;
        int otherMatched = 0;
        boolean tooLong = false;
        while (true) {
            if (bufferPosition == bufferLength) {
                bufferLength = in.read(buffer);
                bufferPosition = 0;
                if (bufferLength <= 0) {
                    bufferLength = 0;
                    return Scan.END_OF_INPUT;
                }
            }
            byte b = buffer[bufferPosition++];
            char c = Character.toUpperCase((char) (b & 0xFF));
            matched = c == tag.charAt(matched) ? matched + 1 : c == '<' ? 1 : 0;
            if (other != null) {
                otherMatched = c == other.charAt(otherMatched) ? otherMatched + 1 : c == '<' ? 1 : 0;
            }
            if (sink != null && !tooLong) {
                if (sink.size >= limit + tag.length()) {
                    tooLong = true;
                    sink.clear();
                } else {
                    sink.add(b);
                }
            }
            if (matched == tag.length()) {
                if (sink != null && !tooLong) {
                    sink.size -= tag.length();
                }
                return tooLong ? Scan.FOUND_TOO_LONG : Scan.FOUND;
            }
            if (other != null && otherMatched == other.length()) {
                return tooLong ? Scan.FOUND_OTHER_TOO_LONG : Scan.FOUND_OTHER;
            }
        }
    }

    /** A growable byte array holding one document while it is read. */
    private static final class ByteSink {
        byte[] bytes = new byte[8 * 1024];
        int size;

        void add(byte b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = b;
        }

        void clear() {
            bytes = new byte[0];
            size = 0;
        }

        int indexOfIgnoreCase(String tag, int from) {
            for (int i = from; i <= size - tag.length(); i++) {
                if (regionMatches(i, tag)) {
                    return i;
                }
            }
            return -1;
        }

        int lastIndexOfIgnoreCase(String tag, int notBefore) {
            for (int i = size - tag.length(); i >= notBefore; i--) {
                if (regionMatches(i, tag)) {
                    return i;
                }
            }
            return -1;
        }

        boolean startsWithIgnoreCase(String tag, int from, int to) {
            return to - from >= tag.length() && regionMatches(from, tag);
        }

        boolean endsWithIgnoreCase(String tag, int from, int to) {
            return to - from >= tag.length() && regionMatches(to - tag.length(), tag);
        }

        private boolean regionMatches(int at, String tag) {
            for (int j = 0; j < tag.length(); j++) {
                if (Character.toUpperCase((char) (bytes[at + j] & 0xFF)) != tag.charAt(j)) {
                    return false;
                }
            }
            return true;
        }

        /** @return {from, to} narrowed past white space at both ends. */
        int[] trim(int from, int to) {
            while (from < to && (bytes[from] & 0xFF) <= ' ') {
                from++;
            }
            while (to > from && (bytes[to - 1] & 0xFF) <= ' ') {
                to--;
            }
            return new int[] {from, to};
        }

        String toString(int from, int to) {
            return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return toString(0, size);
        }
    }
}
