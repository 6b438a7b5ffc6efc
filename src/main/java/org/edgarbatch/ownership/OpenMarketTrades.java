package org.edgarbatch.ownership;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A filing's open-market trading in the issuer's non-derivative securities: its purchases (code P)
 * less its sales (code S), in shares and in value. Derivative rows are left out: their shares are
 * of options and other instruments, not of the issuer's stock.
 *
 * @param trades    how many open-market rows the filing has
 * @param netShares shares bought less shares sold; zero when there are no trades
 * @param netValue  value bought less value sold; null when a trade lacks its shares or price, so a
 *                  partial sum is never passed off as the whole
 */
public record OpenMarketTrades(int trades, BigDecimal netShares, BigDecimal netValue) {

    /** Values keep this many decimal places: more than any price or share count on a real filing. */
    public static final int VALUE_SCALE = 6;

    public static OpenMarketTrades of(OwnershipDocument document) {
        int trades = 0;
        BigDecimal netShares = BigDecimal.ZERO;
        BigDecimal netValue = BigDecimal.ZERO;
        for (NonDerivativeTransaction row : document.nonDerivativeTransactions()) {
            TransactionAmounts amounts = row.transaction();
            TransactionCategory category = TransactionCode.categoryOf(amounts.coding().code());
            if (!category.isOpenMarket()) {
                continue;
            }
            trades++;
            BigDecimal shares = amounts.shares().value();
            if (shares == null) {
                netValue = null;
                continue;
            }
            boolean acquired = isAcquisition(amounts.acquiredDisposed().value(), category);
            BigDecimal signed = acquired ? shares : shares.negate();
            netShares = netShares.add(signed);
            BigDecimal value = valueOf(shares, amounts.pricePerShare().value());
            netValue = netValue == null || value == null ? null : netValue.add(acquired ? value : value.negate());
        }
        return new OpenMarketTrades(trades, netShares, netValue);
    }

    /**
     * @return True when a transaction acquired shares: marked {@code A}, or unmarked and bought on the open
     *         market (some filings leave the code out of a purchase).
     */
    public static boolean isAcquisition(String acquiredDisposedCode, TransactionCategory category) {
        return "A".equals(acquiredDisposedCode)
                || (acquiredDisposedCode == null && category == TransactionCategory.OPEN_MARKET_PURCHASE);
    }

    /** @return Shares times price when both are known, else null. */
    public static BigDecimal valueOf(BigDecimal shares, BigDecimal price) {
        if (shares == null || price == null) {
            return null;
        }
        BigDecimal value = shares.multiply(price);
        return value.scale() > VALUE_SCALE ? value.setScale(VALUE_SCALE, RoundingMode.HALF_EVEN) : value;
    }
}
