package org.edgarbatch.ownership;

import java.util.Optional;

/** The SEC's transaction codes (General Instruction 8 of Forms 4 and 5), with what each means and its category. */
public enum TransactionCode {
    P("Open market or private purchase of non-derivative or derivative security", TransactionCategory.OPEN_MARKET_PURCHASE),
    S("Open market or private sale of non-derivative or derivative security", TransactionCategory.OPEN_MARKET_SALE),
    V("Transaction voluntarily reported earlier than required", TransactionCategory.VOLUNTARILY_REPORTED),
    A("Grant, award or other acquisition pursuant to Rule 16b-3(d)", TransactionCategory.GRANT_OR_AWARD),
    D("Disposition to the issuer of issuer equity securities pursuant to Rule 16b-3(e)", TransactionCategory.DISPOSITION_TO_ISSUER),
    F("Payment of exercise price or tax liability by delivering or withholding securities incident to the receipt,"
            + " exercise or vesting of a security issued in accordance with Rule 16b-3", TransactionCategory.TAX_OR_EXERCISE_PAYMENT),
    I("Discretionary transaction in accordance with Rule 16b-3(f)", TransactionCategory.DISCRETIONARY),
    M("Exercise or conversion of derivative security exempted pursuant to Rule 16b-3", TransactionCategory.EXERCISE_OR_CONVERSION),
    C("Conversion of derivative security", TransactionCategory.EXERCISE_OR_CONVERSION),
    E("Expiration of short derivative position", TransactionCategory.EXPIRATION),
    H("Expiration (or cancellation) of long derivative position with value received", TransactionCategory.EXPIRATION),
    O("Exercise of out-of-the-money derivative security", TransactionCategory.EXERCISE_OR_CONVERSION),
    X("Exercise of in-the-money or at-the-money derivative security", TransactionCategory.EXERCISE_OR_CONVERSION),
    G("Bona fide gift", TransactionCategory.GIFT),
    L("Small acquisition under Rule 16a-6", TransactionCategory.SMALL_ACQUISITION),
    W("Acquisition or disposition by will or the laws of descent and distribution", TransactionCategory.WILL_OR_DESCENT),
    Z("Deposit into or withdrawal from voting trust", TransactionCategory.VOTING_TRUST),
    J("Other acquisition or disposition", TransactionCategory.OTHER),
    K("Transaction in equity swap or instrument with similar characteristics", TransactionCategory.EQUITY_SWAP),
    U("Disposition pursuant to a tender of shares in a change of control transaction",
            TransactionCategory.TENDER_IN_CHANGE_OF_CONTROL);

    private final String description;
    private final TransactionCategory category;

    TransactionCode(String description, TransactionCategory category) {
        this.description = description;
        this.category = category;
    }

    public String description() {
        return description;
    }

    public TransactionCategory category() {
        return category;
    }

    /** @return The code a filing gives, if it is one of the SEC's. */
    public static Optional<TransactionCode> of(String code) {
        if (code == null || code.strip().length() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** @return The category of the code a filing gives; {@link TransactionCategory#UNKNOWN_CODE} for any other. */
    public static TransactionCategory categoryOf(String code) {
        return of(code).map(TransactionCode::category).orElse(TransactionCategory.UNKNOWN_CODE);
    }
}
