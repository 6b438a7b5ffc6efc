package org.edgarbatch.ownership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The columns of a derivative security's terms, named as in the SEC data sets' DERIV_TRANS and DERIV_HOLDING. */
@Embeddable
public class DerivativeTermsColumns {

    @Column(name = "conv_exercise_price", precision = OwnershipTableRow.PRECISION, scale = OwnershipTableRow.SCALE)
    private BigDecimal conversionOrExercisePrice;
    @Column(name = "conv_exercise_price_fn", length = 500)
    private String conversionOrExercisePriceFn;

    // The SEC data sets spell this column EXCERCISE_DATE; the spelling here is corrected.
    @Column(name = "exercise_date")
    private LocalDate exerciseDate;
    @Column(name = "exercise_date_fn", length = 500)
    private String exerciseDateFn;

    @Column(name = "expiration_date")
    private LocalDate expirationDate;
    @Column(name = "expiration_date_fn", length = 500)
    private String expirationDateFn;

    @Column(name = "undlyng_sec_title", length = 500)
    private String underlyingTitle;
    @Column(name = "undlyng_sec_title_fn", length = 500)
    private String underlyingTitleFn;

    @Column(name = "undlyng_sec_shares", precision = OwnershipTableRow.PRECISION, scale = OwnershipTableRow.SCALE)
    private BigDecimal underlyingShares;
    @Column(name = "undlyng_sec_shares_fn", length = 500)
    private String underlyingSharesFn;

    @Column(name = "undlyng_sec_value", precision = OwnershipTableRow.PRECISION, scale = OwnershipTableRow.SCALE)
    private BigDecimal underlyingValue;
    @Column(name = "undlyng_sec_value_fn", length = 500)
    private String underlyingValueFn;

    protected DerivativeTermsColumns() {
        // for JPA
    }

    DerivativeTermsColumns(DerivativeTerms terms) {
        conversionOrExercisePrice = terms.conversionOrExercisePrice().value();
        conversionOrExercisePriceFn = OwnershipTableRow.footnoteIds(terms.conversionOrExercisePrice());
        exerciseDate = terms.exerciseDate().value();
        exerciseDateFn = OwnershipTableRow.footnoteIds(terms.exerciseDate());
        expirationDate = terms.expirationDate().value();
        expirationDateFn = OwnershipTableRow.footnoteIds(terms.expirationDate());
        underlyingTitle = terms.underlyingSecurityTitle().value();
        underlyingTitleFn = OwnershipTableRow.footnoteIds(terms.underlyingSecurityTitle());
        underlyingShares = terms.underlyingSecurityShares().value();
        underlyingSharesFn = OwnershipTableRow.footnoteIds(terms.underlyingSecurityShares());
        underlyingValue = terms.underlyingSecurityValue().value();
        underlyingValueFn = OwnershipTableRow.footnoteIds(terms.underlyingSecurityValue());
    }
}
