package org.edgarbatch.units;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A class's seniority tier and parity group in its partnership, as last computed from every stored designation. */
@Entity
@Table(name = "unit_class_rank")
public class UnitClassRank extends PartnershipRankingRow {

    @Column(name = "partnership", length = DesignatedUnitClass.NAME_LENGTH)
    private String partnership;

    @Column(name = "class_name", length = DesignatedUnitClass.NAME_LENGTH, nullable = false)
    private String className;

    /** 1 for the most senior classes. */
    @Column(name = "tier", nullable = false)
    private int tier;

    @Column(name = "parity_group", nullable = false)
    private int parityGroup;

    protected UnitClassRank() {
        // for JPA
    }

    UnitClassRank(String partnershipKey, String partnership, UnitRanking.ClassTier tier) {
        super(partnershipKey);
        this.partnership = partnership;
        this.className = tier.className();
        this.tier = tier.tier();
        this.parityGroup = tier.parityGroup();
    }
}
