package org.edgarbatch.filings;

import java.time.LocalDate;

/**
 * What the SGML header of a full submission or feed file says about the filing its documents belong to.
 * Any of the facts may be null when the header does not give it or gives something unreadable.
 *
 * @param accessionNumber EDGAR's id of the filing, such as {@code 0001180194-22-000002}
 * @param formType        the submission type, such as {@code 4} or {@code 4/A}
 * @param filingDate      the date EDGAR filed it ({@code FILED AS OF DATE}, {@code <FILING-DATE>})
 * @param periodOfReport  the period it reports ({@code CONFORMED PERIOD OF REPORT}, {@code <PERIOD>})
 */
public record SubmissionFacts(String accessionNumber, String formType, LocalDate filingDate, LocalDate periodOfReport) {
}
