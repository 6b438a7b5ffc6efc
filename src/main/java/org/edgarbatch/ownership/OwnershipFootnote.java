package org.edgarbatch.ownership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A stored footnote of a filing, as the SEC data set FOOTNOTES has it; the {@code *_fn} columns refer to its id. */
@Entity
@Table(name = "ownership_footnote", indexes = @Index(name = "ix_ownership_footnote_filing", columnList = "filing_id"))
public class OwnershipFootnote extends FilingRow {

    @Column(name = "footnote_id", length = 20, nullable = false)
    private String footnoteId;

    @Column(name = "footnote_txt", length = 20000)
    private String text;

    protected OwnershipFootnote() {
        // for JPA
    }

    OwnershipFootnote(OwnershipFiling filing, int rowIndex, String footnoteId, String text) {
        super(filing, rowIndex);
        this.footnoteId = footnoteId;
        this.text = text;
    }
}
