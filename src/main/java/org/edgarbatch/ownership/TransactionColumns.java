package org.edgarbatch.ownership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The columns of a transaction, derivative or not, named as in the SEC data sets' NONDERIV_TRANS and
 * DERIV_TRANS, plus two derived for the reports: the category of its code and its value.
 */
@Embeddable
public class TransactionColumns {

    @Column(name = "trans_date")
    private LocalDate transactionDate;
    @Column(name = "trans_date_fn", length = 500)
    private String transactionDateFn;

    @Column(name = "deemed_execution_date")
    private LocalDate deemedExecutionDate;
    @Column(name = "deemed_execution_date_fn", length = 500)
    private String deemedExecutionDateFn;

    @Column(name = "trans_form_type", length = 10)
    private String formType;
    @Column(name = "trans_code", length = 10)
    private String code;
    @Column(name = "equity_swap_involved")
    private Boolean equitySwapInvolved;
    @Column(name = "equity_swap_trans_cd_fn", length = 500)
    private String codingFn;

    @Column(name = "trans_timeliness", length = 10)
    private String timeliness;
    @Column(name = "trans_timeliness_fn", length = 500)
    private String timelinessFn;

    @Column(name = "trans_shares", precision = OwnershipTableRow.PRECISION, scale = OwnershipTableRow.SCALE)
    private BigDecimal shares;
    @Column(name = "trans_shares_fn", length = 500)
    private String sharesFn;

    @Column(name = "trans_pricepershare", precision = OwnershipTableRow.PRECISION, scale = OwnershipTableRow.SCALE)
    private BigDecimal pricePerShare;
    @Column(name = "trans_pricepershare_fn", length = 500)
    private String pricePerShareFn;

    @Column(name = "trans_total_value", precision = OwnershipTableRow.PRECISION, scale = OwnershipTableRow.SCALE)
    private BigDecimal totalValue;
    @Column(name = "trans_total_value_fn", length = 500)
    private String totalValueFn;

    @Column(name = "trans_acquired_disp_cd", length = 5)
    private String acquiredDisposed;
    @Column(name = "trans_acquired_disp_cd_fn", length = 500)
    private String acquiredDisposedFn;

    /** Derived from the code. */
    // VARCHAR, not H2's native ENUM type: values must read back as names from any client (reports, dumps).
    @Enumerated(EnumType.STRING)
    @Column(name = "trans_category", length = 40, nullable = false, columnDefinition = "varchar(40)")
    private TransactionCategory category;

    /** Derived: shares times price per share, when the filing gives both. */
    @Column(name = "trans_value", precision = OwnershipTableRow.PRECISION, scale = OwnershipTableRow.SCALE)
    private BigDecimal value;

    protected TransactionColumns() {
        // for JPA
    }

    TransactionColumns(TransactionAmounts amounts) {
        transactionDate = amounts.transactionDate().value();
        transactionDateFn = OwnershipTableRow.footnoteIds(amounts.transactionDate());
        deemedExecutionDate = amounts.deemedExecutionDate().value();
        deemedExecutionDateFn = OwnershipTableRow.footnoteIds(amounts.deemedExecutionDate());
        formType = amounts.coding().formType();
        code = amounts.coding().code();
        equitySwapInvolved = amounts.coding().equitySwapInvolved();
        codingFn = OwnershipTableRow.footnoteIds(amounts.coding().footnoteIds());
        timeliness = amounts.timeliness().value();
        timelinessFn = OwnershipTableRow.footnoteIds(amounts.timeliness());
        shares = amounts.shares().value();
        sharesFn = OwnershipTableRow.footnoteIds(amounts.shares());
        pricePerShare = amounts.pricePerShare().value();
        pricePerShareFn = OwnershipTableRow.footnoteIds(amounts.pricePerShare());
        totalValue = amounts.totalValue().value();
        totalValueFn = OwnershipTableRow.footnoteIds(amounts.totalValue());
        acquiredDisposed = amounts.acquiredDisposed().value();
        acquiredDisposedFn = OwnershipTableRow.footnoteIds(amounts.acquiredDisposed());
        category = TransactionCode.categoryOf(code);
        value = OpenMarketTrades.valueOf(shares, pricePerShare);
    }
}
