package org.edgarbatch.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.edgarbatch.testsupport.TestFilings;
import org.junit.jupiter.api.Test;

class OpenMarketTradesTest {

    private final OwnershipXmlParser parser = new OwnershipXmlParser();

    @Test
    void netsSalesAtSeveralPricesAndLeavesTheOptionExerciseOut() throws Exception {
        OwnershipDocument form4 = parser.parse(TestFilings.bytes(TestFilings.FORM_4_SALES_AT_SEVERAL_PRICES));

        OpenMarketTrades trades = OpenMarketTrades.of(form4);

        // Five sales (S); the exercise (M) is not an open-market trade. Worked out by hand from the filing.
        assertEquals(5, trades.trades());
        assertEquals(0, new BigDecimal("-200000").compareTo(trades.netShares()));
        assertEquals(0, new BigDecimal("-30351309.770").compareTo(trades.netValue()));
    }

    @Test
    void netsTwoSalesOfAJointFiling() throws Exception {
        OwnershipDocument form4 = parser.parse(TestFilings.ownershipXmlOf(TestFilings.PRO_DEX_FORM_4_SUBMISSION));

        OpenMarketTrades trades = OpenMarketTrades.of(form4);

        assertEquals(2, trades.trades());
        assertEquals(0, new BigDecimal("-2271").compareTo(trades.netShares()));
        assertEquals(0, new BigDecimal("-94577.84").compareTo(trades.netValue()));
    }

    @Test
    void hasNoTradesWhenAFilingHasOnlyGiftsAndGrants() throws Exception {
        OwnershipDocument amendment = parser.parse(TestFilings.ownershipXmlOf(TestFilings.LAM_FORM_4A_SUBMISSION));

        OpenMarketTrades trades = OpenMarketTrades.of(amendment);

        assertEquals(0, trades.trades());
        assertEquals(0, BigDecimal.ZERO.compareTo(trades.netShares()));
        assertEquals(0, BigDecimal.ZERO.compareTo(trades.netValue()));
    }

    @Test
    void leavesNetValueUnknownWhenASaleHasOnlyAFootnoteForItsPrice() throws Exception {
        String xml = new String(TestFilings.bytes(TestFilings.FORM_4_SALES_AT_SEVERAL_PRICES), java.nio.charset.StandardCharsets.UTF_8);
        // The last sale's price as some filers give it: a footnote, no value.
        int price = xml.lastIndexOf("<transactionPricePerShare>", xml.indexOf("<derivativeTable>"));
        int end = xml.indexOf("</transactionPricePerShare>", price);
        String footnoteOnly = xml.substring(0, price)
                + "<transactionPricePerShare><footnoteId id=\"F7\"/>" + xml.substring(end);
        OwnershipDocument form4 = parser.parse(footnoteOnly.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        OpenMarketTrades trades = OpenMarketTrades.of(form4);

        assertEquals(5, trades.trades());
        assertEquals(0, new BigDecimal("-200000").compareTo(trades.netShares()));
        assertNull(trades.netValue(), "a partial sum must not pass for the whole");
    }

    @Test
    void valueIsSharesTimesPriceOnlyWhenBothAreKnown() {
        assertEquals(new BigDecimal("100354.500"), OpenMarketTrades.valueOf(new BigDecimal("1500"), new BigDecimal("66.903")));
        assertNull(OpenMarketTrades.valueOf(new BigDecimal("1500"), null));
        assertNull(OpenMarketTrades.valueOf(null, new BigDecimal("66.903")));
    }

    @Test
    void categorisesEveryCodeOfTheSecList() {
        assertEquals(20, TransactionCode.values().length);
        assertEquals(TransactionCategory.OPEN_MARKET_PURCHASE, TransactionCode.categoryOf("P"));
        assertEquals(TransactionCategory.OPEN_MARKET_SALE, TransactionCode.categoryOf("S"));
        assertEquals(TransactionCategory.GRANT_OR_AWARD, TransactionCode.categoryOf("A"));
        assertEquals(TransactionCategory.TAX_OR_EXERCISE_PAYMENT, TransactionCode.categoryOf("F"));
        assertEquals(TransactionCategory.GIFT, TransactionCode.categoryOf("G"));
        for (String exercise : List.of("M", "X", "C", "O")) {
            assertEquals(TransactionCategory.EXERCISE_OR_CONVERSION, TransactionCode.categoryOf(exercise), exercise);
        }
        assertEquals(TransactionCategory.GIFT, TransactionCode.categoryOf(" g "), "as filers sometimes write it");
        assertEquals(TransactionCategory.UNKNOWN_CODE, TransactionCode.categoryOf("Q"));
        assertEquals(TransactionCategory.UNKNOWN_CODE, TransactionCode.categoryOf(null));
        assertEquals(TransactionCategory.UNKNOWN_CODE, TransactionCode.categoryOf("SS"));
    }
}
