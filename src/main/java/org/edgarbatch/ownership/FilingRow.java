package org.edgarbatch.ownership;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * A row of one of the tables under {@code ownership_filing}: it belongs to one filing, at its place in
 * the document. Where the SEC data sets key such a row by accession number and a surrogate key, these
 * rows have {@code filing_id} and {@code row_index}.
 */
@MappedSuperclass
public abstract class FilingRow {

    // A pooled sequence, not IDENTITY: IDENTITY would turn off JDBC insert batching.
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ownership_row_seq")
    @SequenceGenerator(name = "ownership_row_seq", sequenceName = "ownership_row_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "filing_id", nullable = false)
    private OwnershipFiling filing;

    /** Its place in its table in the document, from 1. */
    @Column(name = "row_index", nullable = false)
    private int rowIndex;

    protected FilingRow() {
        // for JPA
    }

    protected FilingRow(OwnershipFiling filing, int rowIndex) {
        this.filing = filing;
        this.rowIndex = rowIndex;
    }
}
