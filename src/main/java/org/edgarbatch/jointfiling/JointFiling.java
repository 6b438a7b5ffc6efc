package org.edgarbatch.jointfiling;

import static org.edgarbatch.filings.SourceDocument.truncate;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.edgarbatch.filings.SourceDocument;

/** A stored joint filing agreement, with its parties in {@code joint_filing_party}. */
@Entity
@Table(name = "joint_filing_agreement",
        uniqueConstraints = @UniqueConstraint(name = "uk_joint_filing_document", columnNames = "source_document_id"))
public class JointFiling {

    static final int NAME_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "joint_filing_seq")
    @SequenceGenerator(name = "joint_filing_seq", sequenceName = "joint_filing_seq", allocationSize = 50)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_document_id", nullable = false)
    private SourceDocument sourceDocument;

    /** "13D" or "13G". */
    @Column(name = "schedule", length = 3, nullable = false)
    private String schedule;

    @Column(name = "covers_amendments", nullable = false)
    private boolean coversAmendments;

    @Column(name = "subject_company", length = NAME_LENGTH)
    private String subjectCompany;

    @Column(name = "security_class", length = NAME_LENGTH)
    private String securityClass;

    @Column(name = "rule_cited", length = 30)
    private String rule;

    @Column(name = "agreement_date")
    private LocalDate date;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST)
    @OrderBy("partyIndex")
    private List<JointFilingParty> parties = new ArrayList<>();

    protected JointFiling() {
        // for JPA
    }

    public JointFiling(SourceDocument sourceDocument, JointFilingAgreement agreement) {
        this.sourceDocument = sourceDocument;
        this.schedule = agreement.schedule();
        this.coversAmendments = agreement.coversAmendments();
        this.subjectCompany = truncate(agreement.subjectCompany(), NAME_LENGTH);
        this.securityClass = truncate(agreement.securityClass(), NAME_LENGTH);
        this.rule = truncate(agreement.rule(), 30);
        this.date = agreement.date();
        for (int i = 0; i < agreement.parties().size(); i++) {
            parties.add(new JointFilingParty(this, i + 1, agreement.parties().get(i)));
        }
    }
}
