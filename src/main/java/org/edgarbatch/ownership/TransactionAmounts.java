package org.edgarbatch.ownership;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a reported transaction did: when, how it is coded, and how many shares (or what total value)
 * at what price were acquired (A) or disposed of (D).
 */
public record TransactionAmounts(
        Footnoted<LocalDate> transactionDate,
        Footnoted<LocalDate> deemedExecutionDate,
        TransactionCoding coding,
        Footnoted<String> timeliness,
        Footnoted<BigDecimal> shares,
        Footnoted<BigDecimal> totalValue,
        Footnoted<BigDecimal> pricePerShare,
        Footnoted<String> acquiredDisposed) {
}
