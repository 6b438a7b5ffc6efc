package org.edgarbatch.ownership;

/** A row of Table I's transactions (the SEC data sets' NONDERIV_TRANS). */
public record NonDerivativeTransaction(Footnoted<String> securityTitle, TransactionAmounts transaction, HoldingAfter after) {
}
