package org.edgarbatch.ownership;

/** A row of Table II's holdings (DERIV_HOLDING); coding is null unless the holding is reported on another form. */
public record DerivativeHolding(
        Footnoted<String> securityTitle, DerivativeTerms terms, TransactionCoding coding, HoldingAfter after) {
}
