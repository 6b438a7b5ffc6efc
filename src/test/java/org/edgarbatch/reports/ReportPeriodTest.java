package org.edgarbatch.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a report covers and how its file is named. */
class ReportPeriodTest {

    private static final LocalDate FEB_1 = LocalDate.of(2022, 2, 1);
    private static final LocalDate FEB_4 = LocalDate.of(2022, 2, 4);

    @Test
    void namesADayARangeAndAnIssuer() {
        assertEquals("insider-transactions-2022-02-04.xlsx", ReportPeriod.day(FEB_4).fileName(ReportKind.INSIDER_TRANSACTIONS));
        assertEquals("preferred-unit-ranks-2022-02-01-to-2022-02-04.xlsx",
                new ReportPeriod(FEB_1, FEB_4, null).fileName(ReportKind.PREFERRED_UNIT_RANKS));
        assertEquals("insider-transactions-2022-02-04-AIV.xlsx",
                new ReportPeriod(FEB_4, FEB_4, "aiv").fileName(ReportKind.INSIDER_TRANSACTIONS));
        assertEquals("insider-transactions-2022-02-04-_.._X.xlsx",
                new ReportPeriod(FEB_4, FEB_4, "/../x").fileName(ReportKind.INSIDER_TRANSACTIONS),
                "an issuer never adds a directory to the name");
    }

    @Test
    void readsAnIssuerAsACikPaddedToTenDigitsOrAsASymbol() {
        ReportPeriod byCik = new ReportPeriod(FEB_4, FEB_4, "922864");
        assertEquals("0000922864", byCik.issuerCik());
        assertNull(byCik.issuerSymbol());
        ReportPeriod bySymbol = new ReportPeriod(FEB_4, FEB_4, " brk.b ");
        assertNull(bySymbol.issuerCik());
        assertEquals("BRK.B", bySymbol.issuerSymbol());
        assertNull(new ReportPeriod(FEB_4, FEB_4, " ").issuer(), "blank means every issuer");
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new ReportPeriod(FEB_4, FEB_1, null));
        assertEquals("the period ends (2022-02-01) before it starts (2022-02-04)", refused.getMessage());
    }
}
