package org.edgarbatch.filings;

/**
 * A document a parser cannot accept: malformed, hostile, or with a value that is not what its
 * specification allows. The reason names what was wrong and where.
 */
public class InvalidDocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidDocumentException(String reason) {
        super(reason);
    }

    public InvalidDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
