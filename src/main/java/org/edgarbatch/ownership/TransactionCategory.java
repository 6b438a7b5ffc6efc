package org.edgarbatch.ownership;

/** What kind of trade a transaction is, grouping the SEC's transaction codes the way the reports summarise them. */
public enum TransactionCategory {
    OPEN_MARKET_PURCHASE("Open market or private purchase"),
    OPEN_MARKET_SALE("Open market or private sale"),
    GRANT_OR_AWARD("Grant, award or other acquisition from the issuer"),
    TAX_OR_EXERCISE_PAYMENT("Payment of exercise price or tax by delivering or withholding securities"),
    GIFT("Bona fide gift"),
    EXERCISE_OR_CONVERSION("Exercise or conversion of a derivative security"),
    DISPOSITION_TO_ISSUER("Disposition to the issuer"),
    DISCRETIONARY("Discretionary transaction"),
    EXPIRATION("Expiration or cancellation of a derivative position"),
    SMALL_ACQUISITION("Small acquisition"),
    WILL_OR_DESCENT("Acquisition or disposition by will or the laws of descent"),
    VOTING_TRUST("Deposit into or withdrawal from a voting trust"),
    EQUITY_SWAP("Transaction in an equity swap or similar instrument"),
    TENDER_IN_CHANGE_OF_CONTROL("Disposition in a tender of shares in a change of control"),
    OTHER("Other acquisition or disposition"),
    VOLUNTARILY_REPORTED("Voluntarily reported earlier than required"),
    UNKNOWN_CODE("A code that is not in the SEC's list");

    private final String label;

    TransactionCategory(String label) {
        this.label = label;
    }

    /** @return True for a purchase or sale on the open market or in a private deal (codes P and S). */
    public boolean isOpenMarket() {
        return this == OPEN_MARKET_PURCHASE || this == OPEN_MARKET_SALE;
    }

    /** @return How a report heads this category. */
    public String label() {
        return label;
    }
}
