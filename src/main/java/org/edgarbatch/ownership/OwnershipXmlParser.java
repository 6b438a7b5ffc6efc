package org.edgarbatch.ownership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.edgarbatch.filings.InvalidDocumentException;
import org.edgarbatch.filings.SafeXmlReader;
import org.edgarbatch.filings.XmlElement;

/**
 * Parses EDGAR ownership XML ({@code <ownershipDocument>}, schema versions X0201 to X0508) into an
 * {@link OwnershipDocument}. Elements it does not know are ignored; a value of the wrong type, a
 * missing issuer or owner, or XML that is malformed or hostile is refused with the reason and the
 * place. Thread-safe.
 */
public final class OwnershipXmlParser {

    private static final Set<String> DOCUMENT_TYPES = Set.of("3", "3/A", "4", "4/A", "5", "5/A");

    private final SafeXmlReader xml = new SafeXmlReader();

    public OwnershipDocument parse(byte[] content) throws InvalidDocumentException {
        XmlElement root = xml.read(content);
        if (!root.name().equals("ownershipDocument")) {
            throw new InvalidDocumentException("root element is <" + root.name() + ">, not <ownershipDocument>");
        }
        String documentType = root.childText("documentType")
                .orElseThrow(() -> new InvalidDocumentException("has no <documentType>"));
        if (!DOCUMENT_TYPES.contains(documentType)) {
            throw new InvalidDocumentException("<documentType> is '" + documentType + "', not one of " + DOCUMENT_TYPES);
        }
        List<ReportingOwner> owners = new ArrayList<>();
        for (XmlElement owner : root.children("reportingOwner")) {
            owners.add(reportingOwner(owner, owners.size() + 1));
        }
        if (owners.isEmpty()) {
            throw new InvalidDocumentException("has no <reportingOwner>");
        }
        Optional<XmlElement> nonDerivative = root.child("nonDerivativeTable");
        Optional<XmlElement> derivative = root.child("derivativeTable");
        return new OwnershipDocument(
                root.childText("schemaVersion").orElse(null),
                documentType,
                date(root, "periodOfReport"),
                date(root, "dateOfOriginalSubmission"),
                flag(root, "notSubjectToSection16"),
                flag(root, "form3HoldingsReported"),
                flag(root, "form4TransactionsReported"),
                flag(root, "noSecuritiesOwned"),
                flag(root, "aff10b5One"),
                issuer(root),
                List.copyOf(owners),
                rows(nonDerivative, "nonDerivativeTransaction", this::nonDerivativeTransaction),
                rows(nonDerivative, "nonDerivativeHolding", this::nonDerivativeHolding),
                rows(derivative, "derivativeTransaction", this::derivativeTransaction),
                rows(derivative, "derivativeHolding", this::derivativeHolding),
                footnotes(root),
                root.childText("remarks").orElse(null),
                signatures(root));
    }

    private static Issuer issuer(XmlElement root) throws InvalidDocumentException {
        XmlElement issuer = root.child("issuer").orElseThrow(() -> new InvalidDocumentException("has no <issuer>"));
        String cik = issuer.childText("issuerCik")
                .orElseThrow(() -> new InvalidDocumentException("<issuer> (line " + issuer.line() + ") has no <issuerCik>"));
        return new Issuer(cik, issuer.childText("issuerName").orElse(null),
                issuer.childText("issuerTradingSymbol").orElse(null));
    }

    private static ReportingOwner reportingOwner(XmlElement owner, int number) throws InvalidDocumentException {
        String where = "reportingOwner " + number;
        XmlElement id = owner.child("reportingOwnerId").orElseThrow(() -> new InvalidDocumentException(
                "<" + where + "> (line " + owner.line() + ") has no <reportingOwnerId>"));
        String cik = id.childText("rptOwnerCik").orElseThrow(() -> new InvalidDocumentException(
                "<" + where + "> (line " + owner.line() + ") has no <rptOwnerCik>"));
        Optional<XmlElement> address = owner.child("reportingOwnerAddress");
        Optional<XmlElement> relationship = owner.child("reportingOwnerRelationship");
        return new ReportingOwner(
                cik,
                id.childText("rptOwnerName").orElse(null),
                text(address, "rptOwnerStreet1"),
                text(address, "rptOwnerStreet2"),
                text(address, "rptOwnerCity"),
                text(address, "rptOwnerState"),
                text(address, "rptOwnerZipCode"),
                text(address, "rptOwnerStateDescription"),
                isSet(relationship, "isDirector"),
                isSet(relationship, "isOfficer"),
                isSet(relationship, "isTenPercentOwner"),
                isSet(relationship, "isOther"),
                text(relationship, "officerTitle"),
                text(relationship, "otherText"));
    }

    private NonDerivativeTransaction nonDerivativeTransaction(XmlElement row) throws InvalidDocumentException {
        return new NonDerivativeTransaction(footnotedText(row, "securityTitle"), transaction(row), holdingAfter(row));
    }

    private NonDerivativeHolding nonDerivativeHolding(XmlElement row) throws InvalidDocumentException {
        return new NonDerivativeHolding(footnotedText(row, "securityTitle"), coding(row), holdingAfter(row));
    }

    private DerivativeTransaction derivativeTransaction(XmlElement row) throws InvalidDocumentException {
        return new DerivativeTransaction(footnotedText(row, "securityTitle"), derivativeTerms(row), transaction(row),
                holdingAfter(row));
    }

    private DerivativeHolding derivativeHolding(XmlElement row) throws InvalidDocumentException {
        return new DerivativeHolding(footnotedText(row, "securityTitle"), derivativeTerms(row), coding(row),
                holdingAfter(row));
    }

    private static TransactionAmounts transaction(XmlElement row) throws InvalidDocumentException {
        Optional<XmlElement> amounts = row.child("transactionAmounts");
        TransactionCoding coding = coding(row);
        if (coding == null) {
            throw new InvalidDocumentException("<" + row.name() + "> (line " + row.line() + ") has no <transactionCoding>");
        }
        return new TransactionAmounts(
                footnotedDate(Optional.of(row), "transactionDate"),
                footnotedDate(Optional.of(row), "deemedExecutionDate"),
                coding,
                footnotedText(row, "transactionTimeliness"),
                footnotedNumber(amounts, "transactionShares"),
                footnotedNumber(amounts, "transactionTotalValue"),
                footnotedNumber(amounts, "transactionPricePerShare"),
                footnoted(amounts, "transactionAcquiredDisposedCode", (value, element) -> value));
    }

    private static TransactionCoding coding(XmlElement row) throws InvalidDocumentException {
        Optional<XmlElement> coding = row.child("transactionCoding");
        if (coding.isEmpty()) {
            return null;
        }
        return new TransactionCoding(
                text(coding, "transactionFormType"),
                text(coding, "transactionCode"),
                flag(coding.get(), "equitySwapInvolved"),
                footnoteIds(coding.get()));
    }

    private static HoldingAfter holdingAfter(XmlElement row) throws InvalidDocumentException {
        Optional<XmlElement> post = row.child("postTransactionAmounts");
        Optional<XmlElement> nature = row.child("ownershipNature");
        return new HoldingAfter(
                footnotedNumber(post, "sharesOwnedFollowingTransaction"),
                footnotedNumber(post, "valueOwnedFollowingTransaction"),
                footnoted(nature, "directOrIndirectOwnership", (value, element) -> value),
                footnoted(nature, "natureOfOwnership", (value, element) -> value));
    }

    private static DerivativeTerms derivativeTerms(XmlElement row) throws InvalidDocumentException {
        Optional<XmlElement> self = Optional.of(row);
        Optional<XmlElement> underlying = row.child("underlyingSecurity");
        return new DerivativeTerms(
                footnotedNumber(self, "conversionOrExercisePrice"),
                footnotedDate(self, "exerciseDate"),
                footnotedDate(self, "expirationDate"),
                footnoted(underlying, "underlyingSecurityTitle", (value, element) -> value),
                footnotedNumber(underlying, "underlyingSecurityShares"),
                footnotedNumber(underlying, "underlyingSecurityValue"));
    }

    private static Map<String, String> footnotes(XmlElement root) throws InvalidDocumentException {
        Map<String, String> footnotes = new LinkedHashMap<>();
        Optional<XmlElement> table = root.child("footnotes");
        if (table.isPresent()) {
            for (XmlElement footnote : table.get().children("footnote")) {
                String id = footnote.attribute("id").orElseThrow(() -> new InvalidDocumentException(
                        "<footnote> (line " + footnote.line() + ") has no id"));
                footnotes.put(id, footnote.text());
            }
        }
        return footnotes;
    }

    private static List<OwnerSignature> signatures(XmlElement root) throws InvalidDocumentException {
        List<OwnerSignature> signatures = new ArrayList<>();
        for (XmlElement signature : root.children("ownerSignature")) {
            signatures.add(new OwnerSignature(signature.childText("signatureName").orElse(null),
                    date(signature, "signatureDate")));
        }
        return List.copyOf(signatures);
    }

    @FunctionalInterface
    private interface RowParser<T> {
        T parse(XmlElement row) throws InvalidDocumentException;
    }

    private static <T> List<T> rows(Optional<XmlElement> table, String rowName, RowParser<T> parser)
            throws InvalidDocumentException {
        if (table.isEmpty()) {
            return List.of();
        }
        List<T> rows = new ArrayList<>();
        for (XmlElement row : table.get().children(rowName)) {
            rows.add(parser.parse(row));
        }
        return List.copyOf(rows);
    }

    @FunctionalInterface
    private interface Conversion<T> {
        T convert(String value, XmlElement element) throws InvalidDocumentException;
    }

    /** A value element: {@code <name><value>...</value><footnoteId id="F1"/></name>}. */
    private static <T> Footnoted<T> footnoted(Optional<XmlElement> parent, String name, Conversion<T> conversion)
            throws InvalidDocumentException {
        Optional<XmlElement> element = parent.flatMap(p -> p.child(name));
        if (element.isEmpty()) {
            return Footnoted.absent();
        }
        XmlElement field = element.get();
        Optional<XmlElement> valueElement = field.child("value");
        Optional<String> value = valueElement.map(XmlElement::text).filter(text -> !text.isEmpty());
        T converted = value.isPresent() ? conversion.convert(value.get(), valueElement.get()) : null;
        return new Footnoted<>(converted, footnoteIds(field));
    }

    private static Footnoted<String> footnotedText(XmlElement row, String name) throws InvalidDocumentException {
        return footnoted(Optional.of(row), name, (value, element) -> value);
    }

    private static Footnoted<BigDecimal> footnotedNumber(Optional<XmlElement> parent, String name)
            throws InvalidDocumentException {
        return footnoted(parent, name, (value, element) -> number(value, name, element));
    }

    private static Footnoted<LocalDate> footnotedDate(Optional<XmlElement> parent, String name)
            throws InvalidDocumentException {
        return footnoted(parent, name, (value, element) -> date(value, name, element));
    }

    private static List<String> footnoteIds(XmlElement field) throws InvalidDocumentException {
        List<String> ids = new ArrayList<>();
        for (XmlElement footnoteId : field.children("footnoteId")) {
            ids.add(footnoteId.attribute("id").orElseThrow(() -> new InvalidDocumentException(
                    "<footnoteId> (line " + footnoteId.line() + ") has no id")));
        }
        return ids;
    }

    private static BigDecimal number(String value, String name, XmlElement element) throws InvalidDocumentException {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new InvalidDocumentException("<" + name + "> (line " + element.line() + ") is '" + abbreviate(value)
                    + "', not a number");
        }
    }

    private static LocalDate date(XmlElement parent, String name) throws InvalidDocumentException {
        Optional<XmlElement> element = parent.child(name);
        Optional<String> value = element.map(XmlElement::text).filter(text -> !text.isEmpty());
        return value.isPresent() ? date(value.get(), name, element.get()) : null;
    }

    /** An xs:date: YYYY-MM-DD, possibly followed by a time zone ("Z", "-05:00") that a calendar date does not need. */
    private static LocalDate date(String value, String name, XmlElement element) throws InvalidDocumentException {
        try {
            if (value.length() > 10 && isTimeZone(value.substring(10))) {
                return LocalDate.parse(value.substring(0, 10));
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidDocumentException("<" + name + "> (line " + element.line() + ") is '" + abbreviate(value)
                    + "', not a date (YYYY-MM-DD)");
        }
    }

    private static boolean isTimeZone(String suffix) {
        return suffix.equals("Z") || suffix.matches("[+-]\\d{2}:\\d{2}");
    }

    /** A flag: "1"/"true" or "0"/"false"; null when the element is absent or empty. */
    private static Boolean flag(XmlElement parent, String name) throws InvalidDocumentException {
        Optional<XmlElement> element = parent.child(name);
        if (element.isEmpty()) {
            return null;
        }
        // Some filers wrap a flag in <value>, as for the value elements.
        String value = element.get().child("value").map(XmlElement::text).orElse(element.get().text());
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "" -> null;
            case "1", "true", "y", "yes" -> true;
            case "0", "false", "n", "no" -> false;
            default -> throw new InvalidDocumentException("<" + name + "> (line " + element.get().line() + ") is '"
                    + abbreviate(value) + "', not 1/0 or true/false");
        };
    }

    private static boolean isSet(Optional<XmlElement> parent, String name) throws InvalidDocumentException {
        return parent.isPresent() && Boolean.TRUE.equals(flag(parent.get(), name));
    }

    private static String text(Optional<XmlElement> parent, String name) {
        return parent.flatMap(p -> p.childText(name)).orElse(null);
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
