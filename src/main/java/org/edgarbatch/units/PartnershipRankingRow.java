package org.edgarbatch.units;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * A row of the ranking computed for one partnership ({@code unit_class_rank}, {@code unit_class_relation},
 * {@code unit_ranking_contradiction}): replaced as a whole each time the ranking is recomputed.
 */
@MappedSuperclass
public abstract class PartnershipRankingRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_ranking_seq")
    @SequenceGenerator(name = "unit_ranking_seq", sequenceName = "unit_ranking_seq", allocationSize = 50)
    private Long id;

    /** The partnership as {@link DesignatedUnitClass#partnershipKey(String)} gives it. */
    @Column(name = "partnership_key", length = DesignatedUnitClass.NAME_LENGTH, nullable = false)
    private String partnershipKey;

    protected PartnershipRankingRow() {
        // for JPA
    }

    protected PartnershipRankingRow(String partnershipKey) {
        this.partnershipKey = partnershipKey;
    }
}
