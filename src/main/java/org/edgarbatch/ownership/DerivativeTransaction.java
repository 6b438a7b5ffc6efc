package org.edgarbatch.ownership;

/** A row of Table II's transactions (DERIV_TRANS). */
public record DerivativeTransaction(
        Footnoted<String> securityTitle, DerivativeTerms terms, TransactionAmounts transaction, HoldingAfter after) {
}
