package org.edgarbatch.ingest;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Optional;
import org.edgarbatch.filings.DocumentClassifier;
import org.edgarbatch.filings.DocumentKind;
import org.edgarbatch.filings.ExhibitText;
import org.edgarbatch.filings.FilingDocument;
import org.edgarbatch.filings.InvalidDocumentException;
import org.edgarbatch.filings.RejectedDocumentException;
import org.edgarbatch.filings.SourceDocument;
import org.edgarbatch.jointfiling.JointFilingAgreement;
import org.edgarbatch.jointfiling.JointFilingAgreementParser;
import org.edgarbatch.ownership.OwnershipDocument;
import org.edgarbatch.ownership.OwnershipFiling;
import org.edgarbatch.ownership.OwnershipXmlParser;
import org.edgarbatch.units.UnitDesignationParser;

/**
 * Recognises each document by its content and parses what it recognises; a document that claims a
 * kind but does not parse (malformed, truncated, hostile XML; a designation without a ranking section)
 * is rejected with the parser's reason. A document that only mentions a joint filing agreement is
 * kept as unrecognised.
 */
@Named
@Dependent
public class FilingDocumentItemProcessor implements ItemProcessor {

    private final DocumentClassifier classifier = new DocumentClassifier();
    private final OwnershipXmlParser ownershipParser = new OwnershipXmlParser();
    private final UnitDesignationParser designationParser = new UnitDesignationParser();
    private final JointFilingAgreementParser agreementParser = new JointFilingAgreementParser();

    @Override
    public ClassifiedDocument processItem(Object item) throws RejectedDocumentException {
        FilingDocument document = (FilingDocument) item;
        String what = "";
        try {
            switch (classifier.classify(document.content())) {
                case OWNERSHIP -> {
                    what = "ownership XML ";
                    OwnershipDocument ownership = ownershipParser.parse(document.content());
                    // A value longer than its column would fail the chunk when written: reject the document now.
                    Optional<String> tooLong = ColumnLengths.firstTooLong(new OwnershipFiling(
                            new SourceDocument(document, DocumentKind.OWNERSHIP, 0, Instant.EPOCH), document.submission(), ownership));
                    if (tooLong.isPresent()) {
                        throw new InvalidDocumentException(tooLong.get());
                    }
                    return ClassifiedDocument.of(document, ownership);
                }
                case UNIT_DESIGNATION -> {
                    what = "unit designation: ";
                    return ClassifiedDocument.of(document, designationParser.parse(ExhibitText.of(document.content())));
                }
                case JOINT_FILING_AGREEMENT -> {
                    what = "joint filing agreement: ";
                    Optional<JointFilingAgreement> agreement = agreementParser.parse(ExhibitText.of(document.content()));
                    return agreement.map(a -> ClassifiedDocument.of(document, a))
                            .orElseGet(() -> ClassifiedDocument.unrecognised(document));
                }
                default -> {
                    return ClassifiedDocument.unrecognised(document);
                }
            }
        } catch (InvalidDocumentException e) {
            throw new RejectedDocumentException(document.location().toString(), what + e.getMessage(), e);
        }
    }
}
