package org.edgarbatch.ownership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A stored non-derivative holding: a Table I row without a transaction, as the SEC data set NONDERIV_HOLDING has it. */
@Entity
@Table(name = "nonderiv_holding", indexes = @Index(name = "ix_nonderiv_holding_filing", columnList = "filing_id"))
public class NonDerivativeHoldingRow extends OwnershipTableRow {

    /** On a Form 5 or a late report, the form the holding should have been reported on. */
    @Column(name = "trans_form_type", length = 10)
    private String formType;
    @Column(name = "trans_form_type_fn", length = 500)
    private String formTypeFn;

    protected NonDerivativeHoldingRow() {
        // for JPA
    }

    NonDerivativeHoldingRow(OwnershipFiling filing, int rowIndex, NonDerivativeHolding row) {
        super(filing, rowIndex, row.securityTitle(), row.after());
        if (row.coding() != null) {
            this.formType = row.coding().formType();
            this.formTypeFn = footnoteIds(row.coding().footnoteIds());
        }
    }
}
