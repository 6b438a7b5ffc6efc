package org.edgarbatch.ownership;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A Form 3, 4 or 5 (or amendment) as its ownership XML states it, every field of the EDGAR Ownership
 * XML specification that the reports use; the SEC data sets' SUBMISSION row and the tables under it.
 *
 * @param aff10b5One  whether the transactions were made under a Rule 10b5-1(c) plan; null when the
 *                    document does not say (schemas before X0407 cannot)
 * @param footnotes   footnote text by id (F1, F2, ...), in document order
 */
public record OwnershipDocument(
        String schemaVersion,
        String documentType,
        LocalDate periodOfReport,
        LocalDate dateOfOriginalSubmission,
        Boolean notSubjectToSection16,
        Boolean form3HoldingsReported,
        Boolean form4TransactionsReported,
        Boolean noSecuritiesOwned,
        Boolean aff10b5One,
        Issuer issuer,
        List<ReportingOwner> reportingOwners,
        List<NonDerivativeTransaction> nonDerivativeTransactions,
        List<NonDerivativeHolding> nonDerivativeHoldings,
        List<DerivativeTransaction> derivativeTransactions,
        List<DerivativeHolding> derivativeHoldings,
        Map<String, String> footnotes,
        String remarks,
        List<OwnerSignature> signatures) {

    /** @return True for an amendment (3/A, 4/A, 5/A). */
    public boolean isAmendment() {
        return documentType.endsWith("/A");
    }
}
