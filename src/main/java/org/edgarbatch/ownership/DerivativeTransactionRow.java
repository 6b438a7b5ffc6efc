package org.edgarbatch.ownership;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A stored derivative transaction: one row of Table II, as the SEC data set DERIV_TRANS has it. */
@Entity
@Table(name = "deriv_trans", indexes = @Index(name = "ix_deriv_trans_filing", columnList = "filing_id"))
public class DerivativeTransactionRow extends OwnershipTableRow {

    @Embedded
    private TransactionColumns transaction;

    @Embedded
    private DerivativeTermsColumns terms;

    protected DerivativeTransactionRow() {
        // for JPA
    }

    DerivativeTransactionRow(OwnershipFiling filing, int rowIndex, DerivativeTransaction row) {
        super(filing, rowIndex, row.securityTitle(), row.after());
        this.transaction = new TransactionColumns(row.transaction());
        this.terms = new DerivativeTermsColumns(row.terms());
    }
}
