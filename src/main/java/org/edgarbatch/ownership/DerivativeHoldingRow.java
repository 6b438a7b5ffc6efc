package org.edgarbatch.ownership;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A stored derivative holding: a Table II row without a transaction, as the SEC data set DERIV_HOLDING has it. */
@Entity
@Table(name = "deriv_holding", indexes = @Index(name = "ix_deriv_holding_filing", columnList = "filing_id"))
public class DerivativeHoldingRow extends OwnershipTableRow {

    @Column(name = "trans_form_type", length = 10)
    private String formType;
    @Column(name = "trans_form_type_fn", length = 500)
    private String formTypeFn;

    @Embedded
    private DerivativeTermsColumns terms;

    protected DerivativeHoldingRow() {
        // for JPA
    }

    DerivativeHoldingRow(OwnershipFiling filing, int rowIndex, DerivativeHolding row) {
        super(filing, rowIndex, row.securityTitle(), row.after());
        if (row.coding() != null) {
            this.formType = row.coding().formType();
            this.formTypeFn = footnoteIds(row.coding().footnoteIds());
        }
        this.terms = new DerivativeTermsColumns(row.terms());
    }
}
