package org.edgarbatch.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.edgarbatch.ownership.Footnoted;

/**
 * One holding of a filing (a row of Table I or II without a transaction), as the insider-transactions
 * workbook shows it. The derivative terms are absent for a non-derivative holding.
 */
public record HoldingLine(boolean derivative, Footnoted<String> security, Footnoted<BigDecimal> sharesOwned,
                          Footnoted<BigDecimal> valueOwned, Footnoted<String> directIndirect,
                          Footnoted<String> natureOfOwnership, Footnoted<BigDecimal> exercisePrice,
                          Footnoted<LocalDate> exerciseDate, Footnoted<LocalDate> expirationDate,
                          Footnoted<String> underlyingSecurity, Footnoted<BigDecimal> underlyingShares) {

    /** @return Every footnote id the row refers to. */
    public List<String> footnoteIds() {
        return Stream.of(security, sharesOwned, valueOwned, directIndirect, natureOfOwnership, exercisePrice,
                        exerciseDate, expirationDate, underlyingSecurity, underlyingShares)
                .flatMap(field -> field.footnoteIds().stream()).distinct().toList();
    }
}
