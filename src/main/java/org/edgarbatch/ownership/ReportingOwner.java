package org.edgarbatch.ownership;

/**
 * A person or entity filing the ownership document, with their relationship to the issuer
 * (the SEC data sets' REPORTINGOWNER table).
 */
public record ReportingOwner(
        String cik,
        String name,
        String street1,
        String street2,
        String city,
        String state,
        String zipCode,
        String stateDescription,
        boolean director,
        boolean officer,
        boolean tenPercentOwner,
        boolean other,
        String officerTitle,
        String otherText) {
}
