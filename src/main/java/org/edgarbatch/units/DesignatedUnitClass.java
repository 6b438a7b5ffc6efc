package org.edgarbatch.units;

import static org.edgarbatch.filings.SourceDocument.truncate;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.edgarbatch.filings.SourceDocument;

/**
 * A class of partnership units as its stored designation exhibit defines it, with the ranking statements of
 * that exhibit ({@code unit_ranking_statement}). Long sections are kept as written, up to the column length.
 */
@Entity
@Table(name = "unit_designation",
        uniqueConstraints = @UniqueConstraint(name = "uk_unit_designation_document", columnNames = "source_document_id"),
        indexes = @Index(name = "ix_unit_designation_partnership", columnList = "partnership_key, class_name"))
public class DesignatedUnitClass {

    static final int TEXT_LENGTH = 100_000;
    static final int NAME_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_designation_seq")
    @SequenceGenerator(name = "unit_designation_seq", sequenceName = "unit_designation_seq", allocationSize = 50)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_document_id", nullable = false)
    private SourceDocument sourceDocument;

    @Column(name = "partnership", length = NAME_LENGTH)
    private String partnership;

    /** The partnership's name with case, spacing and punctuation taken out: what groups designations for ranking. */
    @Column(name = "partnership_key", length = NAME_LENGTH, nullable = false)
    private String partnershipKey;

    @Column(name = "general_partner", length = NAME_LENGTH)
    private String generalPartner;

    @Column(name = "amendment_ordinal")
    private Integer amendmentOrdinal;

    @Column(name = "amended_agreement", length = 1000)
    private String amendedAgreement;

    @Column(name = "amended_agreement_date")
    private LocalDate amendedAgreementDate;

    @Column(name = "amendment_date")
    private LocalDate amendmentDate;

    @Column(name = "signatory", length = NAME_LENGTH)
    private String signatory;

    @Column(name = "exhibit", length = 10)
    private String exhibit;

    @Column(name = "class_name", length = NAME_LENGTH, nullable = false)
    private String className;

    @Column(name = "units")
    private Long units;

    @Column(name = "liquidation_preference", precision = 19, scale = 4)
    private BigDecimal liquidationPreference;

    @Column(name = "liquidation_preference_addition", length = 4000)
    private String liquidationPreferenceAddition;

    @Column(name = "mirrored_stock", length = NAME_LENGTH)
    private String mirroredStock;

    @Column(name = "mirrored_stock_description", length = 1000)
    private String mirroredStockDescription;

    @Column(name = "distribution_terms", length = TEXT_LENGTH)
    private String distributionTerms;

    @Column(name = "redemption_terms", length = TEXT_LENGTH)
    private String redemptionTerms;

    @Column(name = "ownership_restrictions", length = TEXT_LENGTH)
    private String ownershipRestrictions;

    @OneToMany(mappedBy = "designation", cascade = CascadeType.PERSIST)
    @OrderBy("clauseIndex, position")
    private List<UnitRankingStatement> rankingStatements = new ArrayList<>();

    protected DesignatedUnitClass() {
        // for JPA
    }

    public DesignatedUnitClass(SourceDocument sourceDocument, UnitDesignation designation) {
        this.sourceDocument = sourceDocument;
        this.partnership = truncate(designation.partnership(), NAME_LENGTH);
        this.partnershipKey = truncate(partnershipKey(designation.partnership()), NAME_LENGTH);
        this.generalPartner = truncate(designation.generalPartner(), NAME_LENGTH);
        UnitDesignation.Amendment amendment = designation.amendment();
        if (amendment != null) {
            this.amendmentOrdinal = amendment.ordinal();
            this.amendedAgreement = truncate(amendment.amendedAgreement(), 1000);
            this.amendedAgreementDate = amendment.amendedAgreementDate();
            this.amendmentDate = amendment.date();
            this.signatory = truncate(amendment.signatory(), NAME_LENGTH);
        }
        this.exhibit = truncate(designation.exhibit(), 10);
        this.className = truncate(designation.className(), NAME_LENGTH);
        this.units = designation.units();
        this.liquidationPreference = designation.liquidationPreference();
        this.liquidationPreferenceAddition = truncate(designation.liquidationPreferenceAddition(), 4000);
        this.mirroredStock = truncate(designation.mirroredStock(), NAME_LENGTH);
        this.mirroredStockDescription = truncate(designation.mirroredStockDescription(), 1000);
        this.distributionTerms = truncate(designation.distributionTerms(), TEXT_LENGTH);
        this.redemptionTerms = truncate(designation.redemptionTerms(), TEXT_LENGTH);
        this.ownershipRestrictions = truncate(designation.ownershipRestrictions(), TEXT_LENGTH);
        List<UnitDesignation.RankingClause> ranking = designation.ranking();
        for (int clause = 0; clause < ranking.size(); clause++) {
            UnitDesignation.RankingClause written = ranking.get(clause);
            rankingStatements.add(new UnitRankingStatement(this, clause + 1, 0, written.rank(), null, null, written.generalTest()));
            for (int i = 0; i < written.classes().size(); i++) {
                rankingStatements.add(new UnitRankingStatement(this, clause + 1, i + 1, written.rank(),
                        written.classes().get(i), written.classesAsWritten().get(i), null));
            }
        }
    }

    /** "AIMCO Properties, L.P." and "AIMCO PROPERTIES LP" are one partnership; an unnamed one has the key "". */
    public static String partnershipKey(String partnership) {
        return partnership == null ? "" : partnership.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").trim();
    }
}
