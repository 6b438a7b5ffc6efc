package org.edgarbatch.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.edgarbatch.units.UnitRank;

/**
 * What the preferred-unit-ranks workbook shows: every ranked class of every partnership, the stated relations
 * between them, the contradictions, and the joint filing agreements.
 */
public record PreferredUnitRanks(List<UnitClass> classes, List<Relation> relations,
                                 List<Contradiction> contradictions, List<JointFilingAgreement> jointFilings) {

    public PreferredUnitRanks {
        classes = List.copyOf(classes);
        relations = List.copyOf(relations);
        contradictions = List.copyOf(contradictions);
        jointFilings = List.copyOf(jointFilings);
    }

    /**
     * A ranked class, with its designation when a stored document designates it (else only named by others).
     *
     * @param partnershipKey   the partnership's key (its name, normalised)
     * @param partnership      the partnership as written
     * @param className        the class, canonical
     * @param tier             1 for the most senior classes
     * @param parityGroup      classes with the same number rank on a parity
     * @param designation      its designation, or null when the class is only named in other designations
     * @param statedSenior     the classes its designation names senior to it
     * @param statedParity     the classes its designation puts on a parity with it
     * @param statedJunior     the classes its designation names junior to it
     */
    public record UnitClass(String partnershipKey, String partnership, String className, int tier, int parityGroup,
                            Designation designation, List<String> statedSenior, List<String> statedParity,
                            List<String> statedJunior) {

        public UnitClass {
            statedSenior = List.copyOf(statedSenior);
            statedParity = List.copyOf(statedParity);
            statedJunior = List.copyOf(statedJunior);
        }
    }

    /** The facts of a stored designation. {@code filingDate} is null for a document found on its own. */
    public record Designation(Long units, BigDecimal liquidationPreference, String liquidationPreferenceAddition,
                              String mirroredStock, String exhibit, Integer amendmentOrdinal, String amendedAgreement,
                              LocalDate amendmentDate, LocalDate filingDate, String sourceDocument) {

        /** @return The date the designation is filed under: its filing date, or its own stated date. */
        public LocalDate date() {
            return filingDate != null ? filingDate : amendmentDate;
        }

        public String datedBy() {
            return filingDate != null ? "filing date" : "date of the amendment (document on its own, no filing date)";
        }
    }

    /** A stated relation: {@code first} ranks {@code rank} {@code second}, per the documents in {@code sources}. */
    public record Relation(String partnershipKey, String first, UnitRank rank, String second, String sources) {
    }

    /** Two statements that cannot both hold, each with the documents that make it. */
    public record Contradiction(String partnership, String statement, String sources, String conflictingStatement,
                                String conflictingSources) {
    }

    /** A stored joint filing agreement and its parties. {@code filingDate} is null for a document found on its own. */
    public record JointFilingAgreement(String schedule, boolean coversAmendments, String subjectCompany,
                                       String securityClass, String rule, LocalDate agreementDate, LocalDate filingDate,
                                       String sourceDocument, List<Party> parties) {

        public JointFilingAgreement {
            parties = List.copyOf(parties);
        }

        public LocalDate date() {
            return filingDate != null ? filingDate : agreementDate;
        }

        public String datedBy() {
            return filingDate != null ? "filing date" : "date of the agreement (document on its own, no filing date)";
        }
    }

    /** A party to a joint filing agreement, and who signed for it. */
    public record Party(String name, String signedThrough, String signatory, String title, boolean underPowerOfAttorney) {
    }
}
