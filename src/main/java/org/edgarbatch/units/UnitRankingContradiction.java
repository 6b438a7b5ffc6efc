package org.edgarbatch.units;

import static org.edgarbatch.filings.SourceDocument.truncate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Statements of the stored designations that cannot all hold, each side with the documents that state it. */
@Entity
@Table(name = "unit_ranking_contradiction")
public class UnitRankingContradiction extends PartnershipRankingRow {

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
        super(partnershipKey);
        this.statement = truncate(contradiction.statement(), 4000);
        this.sources = truncate(String.join("\n", contradiction.sources()), UnitClassRelation.SOURCES_LENGTH);
        this.conflictingStatement = truncate(contradiction.conflictingStatement(), 4000);
        this.conflictingSources = truncate(String.join("\n", contradiction.conflictingSources()), UnitClassRelation.SOURCES_LENGTH);
    }
}
