package org.edgarbatch.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.edgarbatch.ownership.Footnoted;

/**
 * Generated filings with their transactions, seeded, for the workbook benchmarks: the same seed gives the same
 * rows, so POI and the reference writer are fed the same cells without holding a million rows in memory.
 */
public final class GeneratedTransactions {

    /** Receives one filing with its lines. */
    @FunctionalInterface
    public interface Sink {
        void add(FilingFacts filing, List<TransactionLine> transactions, List<HoldingLine> holdings) throws Exception;
    }

    private static final String[] CODES = {"P", "S", "S", "A", "M", "F", "G", "S", "P", "D"};
    private static final String[] SECURITIES = {"Common Stock", "Class A Common Stock", "Restricted Stock Units",
            "Stock Option (right to buy)", "Series B Preferred Stock"};

    private GeneratedTransactions() {
    }

    /** Feeds filings of 1 to 30 transactions (a holding now and then) until {@code rows} transactions were given. */
    public static void generate(long rows, long seed, Sink sink) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        long given = 0;
        long filingId = 0;
        while (given < rows) {
            filingId++;
            int count = (int) Math.min(rows - given, 1 + random.nextInt(30));
            FilingFacts filing = filing(filingId, random);
            List<TransactionLine> lines = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                lines.add(transaction(filing, random));
            }
            sink.add(filing, lines, random.nextInt(10) == 0 ? List.of(holding(random)) : List.of());
            given += count;
        }
    }

    private static FilingFacts filing(long id, SplittableRandom random) {
        int issuer = random.nextInt(5_000);
        int owner = issuer * 4 + random.nextInt(4);
        LocalDate filed = LocalDate.of(2024, 1, 2).plusDays(random.nextInt(360));
        return new FilingFacts(id, String.format(Locale.ROOT, "0001%06d-24-%06d", issuer, id), filed, filed.minusDays(2),
                random.nextInt(20) == 0 ? "4/A" : "4", String.format(Locale.ROOT, "%010d", 1_000_000 + issuer),
                "Issuer " + issuer + " Holdings Inc.", "I" + issuer,
                random.nextBoolean() ? Boolean.TRUE : random.nextBoolean() ? Boolean.FALSE : null,
                "2024/QTR" + (1 + filed.getMonthValue() / 4) + "/" + id + ".txt",
                List.of(new OwnerFacts(String.format(Locale.ROOT, "%010d", 2_000_000 + owner), "OWNER " + owner,
                        owner % 3 == 0 ? "Director,Officer" : "Officer", owner % 3 == 0 ? "Chief Executive Officer" : "EVP")),
                Map.of("F1", "The price reported is a weighted average price for filing " + id
                                + "; these shares were sold in multiple transactions at prices ranging from $10.00 to $10.50.",
                        "F2", "Held by a family trust of which the reporting person is a trustee."));
    }

    private static TransactionLine transaction(FilingFacts filing, SplittableRandom random) {
        String code = CODES[random.nextInt(CODES.length)];
        boolean derivative = "M".equals(code) && random.nextBoolean();
        BigDecimal shares = BigDecimal.valueOf(1 + random.nextInt(50_000));
        Footnoted<BigDecimal> price = random.nextInt(8) == 0 ? new Footnoted<>(null, List.of("F1"))
                : new Footnoted<>(BigDecimal.valueOf(100 + random.nextInt(90_000), 2), List.of("F1"));
        boolean acquired = "P".equals(code) || "A".equals(code) || "M".equals(code);
        return new TransactionLine(derivative, Footnoted.of(SECURITIES[random.nextInt(SECURITIES.length)]),
                Footnoted.of(filing.filingDate().minusDays(random.nextInt(5))), code, Footnoted.of(shares), price,
                Footnoted.of(acquired ? "A" : "D"), Footnoted.of(shares.add(BigDecimal.valueOf(random.nextInt(1_000_000)))),
                random.nextInt(4) == 0 ? new Footnoted<>("I", List.of("F2")) : Footnoted.of("D"), List.of());
    }

    private static HoldingLine holding(SplittableRandom random) {
        return new HoldingLine(false, Footnoted.of("Common Stock"), Footnoted.of(BigDecimal.valueOf(random.nextInt(1_000_000))),
                Footnoted.absent(), Footnoted.of("I"), new Footnoted<>("By trust", List.of("F2")), Footnoted.absent(),
                Footnoted.absent(), Footnoted.absent(), Footnoted.absent(), Footnoted.absent());
    }
}
