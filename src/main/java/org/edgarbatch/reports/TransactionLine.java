package org.edgarbatch.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.edgarbatch.ownership.Footnoted;
import org.edgarbatch.ownership.OpenMarketTrades;
import org.edgarbatch.ownership.TransactionCategory;
import org.edgarbatch.ownership.TransactionCode;

/**
 * One transaction of a filing, from Table I (non-derivative) or Table II (derivative), as the
 * insider-transactions workbook shows it.
 *
 * @param derivative        true for a Table II row
 * @param security          the security's title
 * @param transactionDate   the trade date
 * @param code              the transaction code ({@code P}, {@code S}, {@code A}, ...)
 * @param shares            the number of shares (or units, or derivatives)
 * @param price             the price per share
 * @param acquiredDisposed  {@code A} or {@code D}
 * @param sharesOwnedAfter  the shares owned following the transaction
 * @param directIndirect    {@code D} or {@code I}
 * @param otherFootnoteIds  footnotes on the row's other fields (coding, nature of ownership, derivative terms)
 */
public record TransactionLine(boolean derivative, Footnoted<String> security, Footnoted<LocalDate> transactionDate,
                              String code, Footnoted<BigDecimal> shares, Footnoted<BigDecimal> price,
                              Footnoted<String> acquiredDisposed, Footnoted<BigDecimal> sharesOwnedAfter,
                              Footnoted<String> directIndirect, List<String> otherFootnoteIds) {

    public TransactionLine {
        otherFootnoteIds = List.copyOf(otherFootnoteIds);
    }

    public TransactionCategory category() {
        return TransactionCode.categoryOf(code);
    }

    /** @return True when the shares were acquired: marked {@code A}, or unmarked and bought on the open market. */
    public boolean acquired() {
        return OpenMarketTrades.isAcquisition(acquiredDisposed.value(), category());
    }

    /** @return Shares times price when the filing gives both, else null. */
    public BigDecimal value() {
        return OpenMarketTrades.valueOf(shares.value(), price.value());
    }

    /**
     * @return How much the holding changed: the shares traded over the shares held before, signed; null when
     *         a figure is missing or nothing was held before (a new position, see {@link #isNewPosition()}).
     */
    public Double ownershipChange() {
        BigDecimal traded = shares.value();
        BigDecimal after = sharesOwnedAfter.value();
        if (traded == null || after == null || isNewPosition()) {
            return null;
        }
        BigDecimal before = acquired() ? after.subtract(traded) : after.add(traded);
        double change = traded.doubleValue() / before.doubleValue();
        return acquired() ? change : -change;
    }

    /** @return True when an acquisition started the holding: nothing was held before it. */
    public boolean isNewPosition() {
        BigDecimal traded = shares.value();
        BigDecimal after = sharesOwnedAfter.value();
        return traded != null && after != null && acquired() && after.subtract(traded).signum() <= 0;
    }

    /** @return Every footnote id the row refers to. */
    public List<String> footnoteIds() {
        return java.util.stream.Stream.of(security.footnoteIds(), transactionDate.footnoteIds(), shares.footnoteIds(),
                        price.footnoteIds(), acquiredDisposed.footnoteIds(), sharesOwnedAfter.footnoteIds(),
                        directIndirect.footnoteIds(), otherFootnoteIds)
                .flatMap(List::stream).distinct().toList();
    }
}
