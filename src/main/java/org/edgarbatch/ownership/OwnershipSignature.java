package org.edgarbatch.ownership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A stored signature of a filing, as the SEC data set OWNER_SIGNATURE has it. */
@Entity
@Table(name = "owner_signature", indexes = @Index(name = "ix_owner_signature_filing", columnList = "filing_id"))
public class OwnershipSignature extends FilingRow {

    @Column(name = "ownersignaturename", length = 500)
    private String name;

    @Column(name = "ownersignaturedate")
    private LocalDate date;

    protected OwnershipSignature() {
        // for JPA
    }

    OwnershipSignature(OwnershipFiling filing, int rowIndex, OwnerSignature signature) {
        super(filing, rowIndex);
        this.name = signature.name();
        this.date = signature.date();
    }
}
