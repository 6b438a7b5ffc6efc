package org.edgarbatch.ownership;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The terms of a derivative security: its exercise price and dates, and the security underlying it. */
public record DerivativeTerms(
        Footnoted<BigDecimal> conversionOrExercisePrice,
        Footnoted<LocalDate> exerciseDate,
        Footnoted<LocalDate> expirationDate,
        Footnoted<String> underlyingSecurityTitle,
        Footnoted<BigDecimal> underlyingSecurityShares,
        Footnoted<BigDecimal> underlyingSecurityValue) {
}
