package org.edgarbatch.ownership;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A stored non-derivative transaction: one row of Table I, as the SEC data set NONDERIV_TRANS has it. */
@Entity
@Table(name = "nonderiv_trans", indexes = @Index(name = "ix_nonderiv_trans_filing", columnList = "filing_id"))
public class NonDerivativeTransactionRow extends OwnershipTableRow {

    @Embedded
    private TransactionColumns transaction;

    protected NonDerivativeTransactionRow() {
        // for JPA
    }

    NonDerivativeTransactionRow(OwnershipFiling filing, int rowIndex, NonDerivativeTransaction row) {
        super(filing, rowIndex, row.securityTitle(), row.after());
        this.transaction = new TransactionColumns(row.transaction());
    }
}
