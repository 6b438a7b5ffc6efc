package org.edgarbatch.ownership;

import java.util.List;

/**
 * How a transaction is coded: the form it is reported on, its transaction code (P, S, A, ...) and
 * whether an equity swap was involved (null when the document does not say).
 */
public record TransactionCoding(String formType, String code, Boolean equitySwapInvolved, List<String> footnoteIds) {

    public TransactionCoding {
        footnoteIds = List.copyOf(footnoteIds);
    }
}
