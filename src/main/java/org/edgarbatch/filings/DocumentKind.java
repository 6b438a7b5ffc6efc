package org.edgarbatch.filings;

/** What a document is, recognised from its content; the reports and parsers are chosen by it. */
public enum DocumentKind {
    /** An EDGAR ownership XML document ({@code <ownershipDocument>}): Form 3, 4 or 5 or an amendment. */
    OWNERSHIP,
    /** An exhibit designating a class of partnership preferred units. */
    UNIT_DESIGNATION,
    /** An agreement to file one Schedule 13D or 13G jointly on behalf of several persons. */
    JOINT_FILING_AGREEMENT,
    /** Anything else: kept and counted, never dropped. */
    UNRECOGNISED
}
