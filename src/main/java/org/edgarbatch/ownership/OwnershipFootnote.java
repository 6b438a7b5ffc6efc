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

/** A stored footnote of a filing, as the SEC data set FOOTNOTES has it; the {@code *_fn} columns refer to its id. */
@Entity
@Table(name = "ownership_footnote", indexes = @Index(name = "ix_ownership_footnote_filing", columnList = "filing_id"))
public class OwnershipFootnote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ownership_row_seq")
    @SequenceGenerator(name = "ownership_row_seq", sequenceName = "ownership_row_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "filing_id", nullable = false)
    private OwnershipFiling filing;

    @Column(name = "footnote_id", length = 20, nullable = false)
    private String footnoteId;

    @Column(name = "footnote_txt", length = 20000)
    private String text;

    protected OwnershipFootnote() {
        // for JPA
    }

    OwnershipFootnote(OwnershipFiling filing, String footnoteId, String text) {
        this.filing = filing;
        this.footnoteId = footnoteId;
        this.text = text;
    }

    public String getFootnoteId() {
        return footnoteId;
    }

    public String getText() {
        return text;
    }
}
