package org.edgarbatch.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A stored Form 3, 4 or 5 as the insider-transactions workbook needs it: the facts of the filing, its
 * reporting owners and the full text of its footnotes.
 *
 * @param id              the stored filing's id
 * @param accessionNumber the accession number, or null for a document found on its own
 * @param filingDate      the filing date of its submission, or null for a document found on its own
 * @param periodOfReport  the period of report the document states
 * @param documentType    {@code 3}, {@code 4}, {@code 5} or an amendment ({@code 4/A})
 * @param issuerCik       the issuer's CIK
 * @param issuerName      the issuer's name
 * @param issuerSymbol    the issuer's trading symbol, or null
 * @param aff10b5One      whether the 10b5-1 box is checked; null when the filing does not say
 * @param sourceDocument  where the document was read from
 * @param owners          its reporting owners, in filing order
 * @param footnotes       its footnotes' text by id ({@code F1})
 */
public record FilingFacts(long id, String accessionNumber, LocalDate filingDate, LocalDate periodOfReport,
                          String documentType, String issuerCik, String issuerName, String issuerSymbol,
                          Boolean aff10b5One, String sourceDocument, List<OwnerFacts> owners,
                          Map<String, String> footnotes) {

    public FilingFacts {
        Objects.requireNonNull(documentType, "documentType");
        owners = List.copyOf(owners);
        footnotes = Map.copyOf(footnotes);
    }

    /** @return The date the report files it under: the filing date, or for a document on its own its period of report. */
    public LocalDate reportDate() {
        return filingDate != null ? filingDate : periodOfReport;
    }

    /** @return What {@link #reportDate()} is, in words for the row. */
    public String datedBy() {
        return filingDate != null ? "filing date" : "period of report (document on its own, no filing date)";
    }

    /** @return The owners' names, {@code ; }-separated. */
    public String ownerNames() {
        return owners.stream().map(OwnerFacts::name).filter(Objects::nonNull).collect(Collectors.joining("; "));
    }

    public String ownerCiks() {
        return owners.stream().map(OwnerFacts::cik).filter(Objects::nonNull).collect(Collectors.joining("; "));
    }

    /** @return Each owner's relationships, {@code ; }-separated in owner order; one entry when all owners share them. */
    public String ownerRelationships() {
        return distinctJoined(owners.stream().map(OwnerFacts::relationshipText).toList());
    }

    public String ownerTitles() {
        return distinctJoined(owners.stream().map(o -> o.title() == null ? "" : o.title()).toList());
    }

    private static String distinctJoined(List<String> values) {
        if (values.stream().distinct().count() <= 1) {
            return values.isEmpty() ? "" : values.get(0);
        }
        return String.join("; ", values);
    }

    /** @return The text of each of these footnotes, one per line as {@code F2: text}, in id order; ids without text are named so. */
    public String footnotesInFull(Collection<String> ids) {
        List<String> lines = new ArrayList<>();
        ids.stream().distinct().sorted(FilingFacts::compareFootnoteIds).forEach(id -> {
            String text = footnotes.get(id);
            lines.add(id + ": " + (text == null ? "(no such footnote in the filing)" : text));
        });
        return String.join("\n", lines);
    }

    private static int compareFootnoteIds(String a, String b) {
        String digitsA = a.replaceAll("\\D", "");
        String digitsB = b.replaceAll("\\D", "");
        if (!digitsA.isEmpty() && !digitsB.isEmpty() && digitsA.length() < 10 && digitsB.length() < 10) {
            int byNumber = Integer.compare(Integer.parseInt(digitsA), Integer.parseInt(digitsB));
            if (byNumber != 0) {
                return byNumber;
            }
        }
        return a.compareTo(b);
    }
}
