package org.edgarbatch.jointfiling;

import static org.edgarbatch.filings.SourceDocument.truncate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A party to a stored joint filing agreement, with who signed for it and how. */
@Entity
@Table(name = "joint_filing_party")
public class JointFilingParty {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "joint_filing_seq")
    @SequenceGenerator(name = "joint_filing_seq", sequenceName = "joint_filing_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private JointFiling agreement;

    /** Its place among the signatures, from 1. */
    @Column(name = "party_index", nullable = false)
    private int partyIndex;

    @Column(name = "party_name", length = JointFiling.NAME_LENGTH, nullable = false)
    private String name;

    @Column(name = "signed_through", length = JointFiling.NAME_LENGTH)
    private String signedThrough;

    @Column(name = "signatory", length = JointFiling.NAME_LENGTH)
    private String signatory;

    @Column(name = "signatory_title", length = JointFiling.NAME_LENGTH)
    private String title;

    @Column(name = "under_power_of_attorney", nullable = false)
    private boolean underPowerOfAttorney;

    protected JointFilingParty() {
        // for JPA
    }

    JointFilingParty(JointFiling agreement, int partyIndex, JointFilingAgreement.Party party) {
        this.agreement = agreement;
        this.partyIndex = partyIndex;
        this.name = truncate(party.name(), JointFiling.NAME_LENGTH);
        this.signedThrough = truncate(party.signedThrough(), JointFiling.NAME_LENGTH);
        this.signatory = truncate(party.signatory(), JointFiling.NAME_LENGTH);
        this.title = truncate(party.title(), JointFiling.NAME_LENGTH);
        this.underPowerOfAttorney = party.underPowerOfAttorney();
    }
}
