package org.edgarbatch.reports;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What a report covers: the filing dates from {@code from} to {@code to}, both included, and optionally
 * one issuer, named by CIK or trading symbol.
 */
public record ReportPeriod(LocalDate from, LocalDate to, String issuer) {

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        issuer = issuer == null || issuer.isBlank() ? null : issuer.strip();
    }

    public static ReportPeriod day(LocalDate day) {
        return new ReportPeriod(day, day, null);
    }

    /** @return The issuer as a CIK, zero-padded to ten digits as EDGAR stores it, when it is one; else null. */
    public String issuerCik() {
        if (issuer == null || !issuer.matches("\\d{1,10}")) {
            return null;
        }
        return "0".repeat(10 - issuer.length()) + issuer;
    }

    /** @return The issuer as a trading symbol, upper case, when it is not a CIK; else null. */
    public String issuerSymbol() {
        return issuer == null || issuerCik() != null ? null : issuer.toUpperCase(Locale.ROOT);
    }

    /**
     * @return The workbook's file name: the kind and the date ({@code insider-transactions-2022-02-04.xlsx}),
     *         or both dates for a longer period, and the issuer when there is one.
     */
    public String fileName(ReportKind kind) {
        StringBuilder name = new StringBuilder(kind.fileStem()).append('-').append(from);
        if (!to.equals(from)) {
            name.append("-to-").append(to);
        }
        if (issuer != null) {
            name.append('-').append(issuer.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9.]", "_"));
        }
        return name.append(".xlsx").toString();
    }

    /** @return The period in words, for a workbook's heading. */
    public String describe() {
        String dates = from.equals(to) ? "filing date " + from : "filing dates " + from + " to " + to;
        return dates + (issuer == null ? ", all issuers" : ", issuer " + issuer);
    }
}
