package org.edgarbatch.units;

import static org.edgarbatch.filings.SourceDocument.truncate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Statements of the stored designations that cannot all hold, each side with the documents that state it. */
@Entity
@Table(name = "unit_ranking_contradiction")
public class UnitRankingContradiction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_ranking_seq")
    @SequenceGenerator(name = "unit_ranking_seq", sequenceName = "unit_ranking_seq", allocationSize = 50)
    private Long id;

    @Column(name = "partnership_key", length = DesignatedUnitClass.NAME_LENGTH, nullable = false)
    private String partnershipKey;

    @Column(name = "statement", length = 4000, nullable = false)
    private String statement;

    @Column(name = "sources", length = UnitClassRelation.SOURCES_LENGTH, nullable = false)
    private String sources;

    @Column(name = "conflicting_statement", length = 4000, nullable = false)
    private String conflictingStatement;

    @Column(name = "conflicting_sources", length = UnitClassRelation.SOURCES_LENGTH, nullable = false)
    private String conflictingSources;

    protected UnitRankingContradiction() {
        // for JPA
    }

    UnitRankingContradiction(String partnershipKey, UnitRanking.Contradiction contradiction) {
        this.partnershipKey = partnershipKey;
        this.statement = truncate(contradiction.statement(), 4000);
        this.sources = truncate(String.join("\n", contradiction.sources()), UnitClassRelation.SOURCES_LENGTH);
        this.conflictingStatement = truncate(contradiction.conflictingStatement(), 4000);
        this.conflictingSources = truncate(String.join("\n", contradiction.conflictingSources()), UnitClassRelation.SOURCES_LENGTH);
    }
}
