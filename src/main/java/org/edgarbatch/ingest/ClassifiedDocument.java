package org.edgarbatch.ingest;

import org.edgarbatch.filings.DocumentKind;
import org.edgarbatch.filings.FilingDocument;
import org.edgarbatch.jointfiling.JointFilingAgreement;
import org.edgarbatch.ownership.OwnershipDocument;
import org.edgarbatch.units.UnitDesignation;

/**
 * A document read by the ingest step together with what its content was recognised as and what it says.
 * At most one of the parsed values is set, the one that matches {@code kind}.
 *
 * @param ownership the parsed Form 3, 4 or 5 when kind is {@link DocumentKind#OWNERSHIP}; null otherwise
 * @param unitDesignation the parsed designation when kind is {@link DocumentKind#UNIT_DESIGNATION}; null otherwise
 * @param jointFilingAgreement the parsed agreement when kind is {@link DocumentKind#JOINT_FILING_AGREEMENT}; null otherwise
 */
public record ClassifiedDocument(FilingDocument document, DocumentKind kind, OwnershipDocument ownership,
                                 UnitDesignation unitDesignation, JointFilingAgreement jointFilingAgreement) {

    static ClassifiedDocument unrecognised(FilingDocument document) {
        return new ClassifiedDocument(document, DocumentKind.UNRECOGNISED, null, null, null);
    }

    static ClassifiedDocument of(FilingDocument document, OwnershipDocument ownership) {
        return new ClassifiedDocument(document, DocumentKind.OWNERSHIP, ownership, null, null);
    }

    static ClassifiedDocument of(FilingDocument document, UnitDesignation designation) {
        return new ClassifiedDocument(document, DocumentKind.UNIT_DESIGNATION, null, designation, null);
    }

    static ClassifiedDocument of(FilingDocument document, JointFilingAgreement agreement) {
        return new ClassifiedDocument(document, DocumentKind.JOINT_FILING_AGREEMENT, null, null, agreement);
    }
}
