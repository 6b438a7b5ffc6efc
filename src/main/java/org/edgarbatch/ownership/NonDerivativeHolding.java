package org.edgarbatch.ownership;

/** A row of Table I's holdings (NONDERIV_HOLDING); coding is null unless the holding is reported on another form. */
public record NonDerivativeHolding(Footnoted<String> securityTitle, TransactionCoding coding, HoldingAfter after) {
}
