package org.edgarbatch.jointfiling;

import java.time.LocalDate;
import java.util.List;

/**
 * What a joint filing agreement says: that one Schedule 13D or 13G (and its amendments) is filed on behalf
 * of every party, under Rule 13d-1(k). Values the agreement does not state are null.
 *
 * @param schedule "13D" or "13G"
 * @param coversAmendments whether the agreement also covers amendments to the schedule
 * @param subjectCompany the issuer whose securities the schedule reports
 * @param securityClass the class of security, as written ("Class A Common Stock, par value $0.01 per share")
 * @param rule the rule cited ("Rule 13d-1(k)(1)")
 * @param date the date of the agreement
 * @param parties the parties, in the order they sign
 */
public record JointFilingAgreement(String schedule, boolean coversAmendments, String subjectCompany,
                                   String securityClass, String rule, LocalDate date, List<Party> parties) {

    /**
     * @param name the party, a company or a person
     * @param signedThrough the entity the party signs through ("Millennium Management LLC, its Investment Manager"), or null
     * @param signatory the person who signed for it
     * @param title that person's title, or null (a person signing for themselves has none)
     * @param underPowerOfAttorney whether the signatory signed as attorney-in-fact under a power of attorney
     */
    public record Party(String name, String signedThrough, String signatory, String title, boolean underPowerOfAttorney) {
    }
}
