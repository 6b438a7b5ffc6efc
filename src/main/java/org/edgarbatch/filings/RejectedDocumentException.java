package org.edgarbatch.filings;

/**
 * Bad input: a document that cannot be stored, with the reason. The ingest job skips it and records
 * the reason, so the run goes on and the document is still accounted for.
 */
public class RejectedDocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String reason;

    public RejectedDocumentException(String path, String reason) {
        this(path, reason, null);
    }

    public RejectedDocumentException(String path, String reason, Throwable cause) {
        super(path + ": " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    /** @return Where the document was found. */
    public String path() {
        return path;
    }

    /** @return Why it was rejected, in words an operator can act on. */
    public String reason() {
        return reason;
    }
}
