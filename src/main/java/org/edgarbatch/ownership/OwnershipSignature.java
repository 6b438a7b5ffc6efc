package org.edgarbatch.ownership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A stored signature of a filing, as the SEC data set OWNER_SIGNATURE has it. */
@Entity
@Table(name = "owner_signature", indexes = @Index(name = "ix_owner_signature_filing", columnList = "filing_id"))
public class OwnershipSignature {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ownership_row_seq")
    @SequenceGenerator(name = "ownership_row_seq", sequenceName = "ownership_row_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "filing_id", nullable = false)
    private OwnershipFiling filing;

    @Column(name = "row_index", nullable = false)
    private int rowIndex;

    @Column(name = "ownersignaturename", length = 500)
    private String name;

    @Column(name = "ownersignaturedate")
    private LocalDate date;

    protected OwnershipSignature() {
        // for JPA
    }

    OwnershipSignature(OwnershipFiling filing, int rowIndex, OwnerSignature signature) {
        this.filing = filing;
        this.rowIndex = rowIndex;
        this.name = signature.name();
        this.date = signature.date();
    }
}
