package org.edgarbatch.units;

import static org.edgarbatch.filings.SourceDocument.truncate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A relation between two classes as the stored designations state it, with the documents that state it. */
@Entity
@Table(name = "unit_class_relation")
public class UnitClassRelation extends PartnershipRankingRow {

    static final int SOURCES_LENGTH = 8000;

    @Column(name = "first_class", length = DesignatedUnitClass.NAME_LENGTH, nullable = false)
    private String firstClass;

    /** SENIOR (first is senior to second) or PARITY. */
    // VARCHAR, not H2's native ENUM type: values must read back as names from any client (reports, dumps).
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_rank", length = 10, nullable = false, columnDefinition = "varchar(10)")
    private UnitRank rank;

    @Column(name = "second_class", length = DesignatedUnitClass.NAME_LENGTH, nullable = false)
    private String secondClass;

    /** The locations of the documents that state it, one per line. */
    @Column(name = "sources", length = SOURCES_LENGTH, nullable = false)
    private String sources;

    protected UnitClassRelation() {
        // for JPA
    }

    UnitClassRelation(String partnershipKey, UnitRanking.Relation relation) {
        super(partnershipKey);
        this.firstClass = relation.first();
        this.rank = relation.rank();
        this.secondClass = relation.second();
        this.sources = truncate(String.join("\n", relation.sources()), SOURCES_LENGTH);
    }
}
