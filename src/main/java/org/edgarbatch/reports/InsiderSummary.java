package org.edgarbatch.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Summary of the insider-transactions workbook, added up filing by filing as the transactions stream
 * past: per issuer, and per reporting owner within it. Open-market means codes P and S in Table I; a joint
 * filing's transactions count once for the issuer and once for each of its owners.
 */
final class InsiderSummary {

    /** The totals of one issuer, or of one owner within it. */
    static final class Totals {
        final String issuerCik;
        final String issuerName;
        final String issuerSymbol;
        final OwnerFacts owner;
        private final Map<String, Totals> owners = new HashMap<>();
        long filings;
        long transactions;
        BigDecimal sharesBought = BigDecimal.ZERO;
        BigDecimal valueBought = BigDecimal.ZERO;
        BigDecimal sharesSold = BigDecimal.ZERO;
        BigDecimal valueSold = BigDecimal.ZERO;
        long tradesWithoutValue;
        BigDecimal latestSharesOwned;
        String latestSecurity;
        LocalDate latestTradeDate;
        boolean planMarked;
        boolean planDenied;

        private Totals(String issuerCik, String issuerName, String issuerSymbol, OwnerFacts owner) {
            this.issuerCik = issuerCik;
            this.issuerName = issuerName;
            this.issuerSymbol = issuerSymbol;
            this.owner = owner;
        }

        BigDecimal netShares() {
            return sharesBought.subtract(sharesSold);
        }

        BigDecimal netValue() {
            return valueBought.subtract(valueSold);
        }

        /** @return {@code Yes} when a filing marks a 10b5-1 plan, {@code No} when filings say no, else {@code Not stated}. */
        String plan() {
            return planMarked ? "Yes" : planDenied ? "No" : "Not stated";
        }

        /** @return The owners of an issuer, by name. */
        List<Totals> owners() {
            List<Totals> sorted = new ArrayList<>(owners.values());
            sorted.sort(Comparator.comparing((Totals t) -> nullToEmpty(t.owner.name())).thenComparing(t -> nullToEmpty(t.owner.cik())));
            return sorted;
        }

        private void add(FilingFacts filing, List<TransactionLine> lines, List<OpenMarketTrade> trades) {
            filings++;
            transactions += lines.size();
            if (Boolean.TRUE.equals(filing.aff10b5One())) {
                planMarked = true;
            } else if (Boolean.FALSE.equals(filing.aff10b5One())) {
                planDenied = true;
            }
            for (OpenMarketTrade trade : trades) {
                addOpenMarket(trade);
            }
            for (TransactionLine line : lines) {
                LocalDate tradeDate = line.transactionDate().value();
                if (!line.derivative() && line.sharesOwnedAfter().value() != null
                        && (latestTradeDate == null || tradeDate != null && !tradeDate.isBefore(latestTradeDate))) {
                    latestTradeDate = tradeDate != null ? tradeDate : latestTradeDate;
                    latestSharesOwned = line.sharesOwnedAfter().value();
                    latestSecurity = line.security().value();
                }
            }
        }

        private void addOpenMarket(OpenMarketTrade trade) {
            if (trade.value() == null) {
                tradesWithoutValue++;
            }
            if (trade.bought()) {
                sharesBought = sharesBought.add(trade.shares());
                valueBought = trade.value() == null ? valueBought : valueBought.add(trade.value());
            } else {
                sharesSold = sharesSold.add(trade.shares());
                valueSold = trade.value() == null ? valueSold : valueSold.add(trade.value());
            }
        }
    }

    /** A Table I purchase or sale on the open market, read once from its line for every total it counts in. */
    private record OpenMarketTrade(LocalDate tradeDate, BigDecimal shares, BigDecimal value, boolean bought) {

        static List<OpenMarketTrade> of(List<TransactionLine> lines) {
            List<OpenMarketTrade> trades = new ArrayList<>();
            for (TransactionLine line : lines) {
                if (!line.derivative() && line.shares().value() != null && line.category().isOpenMarket()) {
                    trades.add(new OpenMarketTrade(line.transactionDate().value(), line.shares().value(), line.value(),
                            line.acquired()));
                }
            }
            return trades;
        }
    }

    private final Map<String, Totals> issuers = new HashMap<>();
    private final Map<LocalDate, BigDecimal> netValueByTradeDate = new TreeMap<>();

    void add(FilingFacts filing, List<TransactionLine> lines) {
        String issuerKey = filing.issuerCik() != null ? filing.issuerCik() : "name:" + filing.issuerName();
        Totals issuer = issuers.computeIfAbsent(issuerKey,
                k -> new Totals(filing.issuerCik(), filing.issuerName(), filing.issuerSymbol(), null));
        List<OpenMarketTrade> trades = OpenMarketTrade.of(lines);
        issuer.add(filing, lines, trades);
        for (OwnerFacts owner : filing.owners()) {
            String ownerKey = owner.cik() != null ? owner.cik() : "name:" + owner.name();
            issuer.owners.computeIfAbsent(ownerKey, k -> new Totals(filing.issuerCik(), filing.issuerName(),
                    filing.issuerSymbol(), owner)).add(filing, lines, trades);
        }
        for (OpenMarketTrade trade : trades) {
            if (trade.value() != null && trade.tradeDate() != null) {
                netValueByTradeDate.merge(trade.tradeDate(), trade.bought() ? trade.value() : trade.value().negate(),
                        BigDecimal::add);
            }
        }
    }

    /** @return The issuers by name. */
    List<Totals> issuers() {
        List<Totals> sorted = new ArrayList<>(issuers.values());
        sorted.sort(Comparator.comparing((Totals t) -> nullToEmpty(t.issuerName)).thenComparing(t -> nullToEmpty(t.issuerCik)));
        return sorted;
    }

    /** @return Net open-market value by trade date, in date order. */
    Map<LocalDate, BigDecimal> netValueByTradeDate() {
        return netValueByTradeDate;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
