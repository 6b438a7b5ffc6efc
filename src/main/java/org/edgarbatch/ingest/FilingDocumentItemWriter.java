package org.edgarbatch.ingest;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.edgarbatch.filings.DocumentKind;
import org.edgarbatch.filings.FilingDocument;
import org.edgarbatch.filings.SourceDocument;
import org.edgarbatch.filings.SourceDocumentRepository;
import org.edgarbatch.filings.SubmissionFacts;
import org.edgarbatch.jointfiling.JointFiling;
import org.edgarbatch.jointfiling.JointFilingRepository;
import org.edgarbatch.ownership.OwnershipFiling;
import org.edgarbatch.ownership.OwnershipFilingRepository;
import org.edgarbatch.units.DesignatedUnitClass;
import org.edgarbatch.units.UnitDesignationRepository;

/**
 * Stores each document of a chunk once, with what was parsed from it. A document already stored
 * adds nothing: the same content (by an earlier run, earlier in the chunk, or in another container),
 * or an ownership filing whose accession number is already stored.
 */
@Named
@Dependent
public class FilingDocumentItemWriter extends AbstractItemWriter {

    @Inject
    JobContext jobContext;

    @Inject
    SourceDocumentRepository documents;

    @Inject
    OwnershipFilingRepository ownershipFilings;

    @Inject
    UnitDesignationRepository unitDesignations;

    @Inject
    JointFilingRepository jointFilings;

    // Batch steps manage their own transactions: this runs inside the chunk's.
    @Override
    public void writeItems(List<Object> items) {
        List<ClassifiedDocument> chunk = items.stream().map(ClassifiedDocument.class::cast).toList();
        Map<String, Boolean> alreadyStored = documents.findStored(chunk.stream().map(d -> d.document().sha256()).toList());
        Set<String> storedHashes = new HashSet<>(alreadyStored.keySet());
        // Only documents stored from a bare file need a submission's facts when met again: a rerun updates nothing.
        Set<String> lackingFacts = new HashSet<>();
        for (ClassifiedDocument item : chunk) {
            if (accessionNumber(item.document()) != null && Boolean.TRUE.equals(alreadyStored.get(item.document().sha256()))) {
                lackingFacts.add(item.document().sha256());
            }
        }
        Set<String> storedAccessions = ownershipFilings.findStoredAccessionNumbers(chunk.stream()
                .filter(d -> d.kind() == DocumentKind.OWNERSHIP)
                .map(d -> accessionNumber(d.document()))
                .filter(Objects::nonNull)
                .toList());
        Instant now = Instant.now();
        for (ClassifiedDocument item : chunk) {
            FilingDocument document = item.document();
            String accessionNumber = accessionNumber(document);
            if (storedHashes.contains(document.sha256())) {
                if (accessionNumber != null && lackingFacts.remove(document.sha256())) {
                    documents.completeSubmissionFacts(document.sha256(), document.submission());
                    if (item.kind() == DocumentKind.OWNERSHIP) {
                        ownershipFilings.completeSubmissionFacts(document.sha256(), document.submission());
                    }
                }
                continue;
            }
            if (item.kind() == DocumentKind.OWNERSHIP && accessionNumber != null && !storedAccessions.add(accessionNumber)) {
                continue;
            }
            storedHashes.add(document.sha256());
            if (accessionNumber == null) {
                lackingFacts.add(document.sha256());
            }
            SourceDocument stored = new SourceDocument(document, item.kind(), jobContext.getExecutionId(), now);
            documents.store(stored);
            if (item.ownership() != null) {
                ownershipFilings.store(new OwnershipFiling(stored, document.submission(), item.ownership()));
            } else if (item.unitDesignation() != null) {
                unitDesignations.store(new DesignatedUnitClass(stored, item.unitDesignation()));
            } else if (item.jointFilingAgreement() != null) {
                jointFilings.store(new JointFiling(stored, item.jointFilingAgreement()));
            }
        }
    }

    private static String accessionNumber(FilingDocument document) {
        SubmissionFacts submission = document.submission();
        return submission == null ? null : submission.accessionNumber();
    }
}
