package org.edgarbatch.units;

import static org.edgarbatch.filings.SourceDocument.truncate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One line of a designation's ranking section as stated: a named class (position 1, 2, ... in its clause),
 * or, at position 0, the clause's general test in words.
 */
@Entity
@Table(name = "unit_ranking_statement")
public class UnitRankingStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_ranking_statement_seq")
    @SequenceGenerator(name = "unit_ranking_statement_seq", sequenceName = "unit_ranking_statement_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "designation_id", nullable = false)
    private DesignatedUnitClass designation;

    /** The clause's place in the ranking section, from 1 ((a) is 1). */
    @Column(name = "clause_index", nullable = false)
    private int clauseIndex;

    /** The named class's place in its clause, from 1; 0 for the clause's general test. */
    @Column(name = "position", nullable = false)
    private int position;

    /** How the named class ranks against the designated class. */
    // VARCHAR, not H2's native ENUM type: values must read back as names from any client (reports, dumps).
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_rank", length = 10, nullable = false, columnDefinition = "varchar(10)")
    private UnitRank rank;

    @Column(name = "class_name", length = DesignatedUnitClass.NAME_LENGTH)
    private String className;

    @Column(name = "class_as_written", length = DesignatedUnitClass.NAME_LENGTH)
    private String classAsWritten;

    @Column(name = "general_test", length = 4000)
    private String generalTest;

    protected UnitRankingStatement() {
        // for JPA
    }

    UnitRankingStatement(DesignatedUnitClass designation, int clauseIndex, int position, UnitRank rank,
                         String className, String classAsWritten, String generalTest) {
        this.designation = designation;
        this.clauseIndex = clauseIndex;
        this.position = position;
        this.rank = rank;
        this.className = truncate(className, DesignatedUnitClass.NAME_LENGTH);
        this.classAsWritten = truncate(classAsWritten, DesignatedUnitClass.NAME_LENGTH);
        this.generalTest = truncate(generalTest, 4000);
    }
}
