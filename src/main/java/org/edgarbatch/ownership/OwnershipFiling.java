package org.edgarbatch.ownership;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edgarbatch.filings.SourceDocument;
import org.edgarbatch.filings.SubmissionFacts;

/**
 * A stored Form 3, 4 or 5 (or amendment): one row per filing, as the SEC data set SUBMISSION has it,
 * with its rows in the other ownership tables. The accession number and filing date come from the
 * submission the document came in, and are null for a document found on its own.
 */
@Entity
@Table(name = "ownership_filing",
        uniqueConstraints = {
                @UniqueConstraint(name = "uk_ownership_filing_document", columnNames = "source_document_id"),
                @UniqueConstraint(name = "uk_ownership_filing_accession", columnNames = "accession_number")},
        indexes = @Index(name = "ix_ownership_filing_issuer_period", columnList = "issuercik, period_of_report"))
public class OwnershipFiling {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ownership_filing_seq")
    @SequenceGenerator(name = "ownership_filing_seq", sequenceName = "ownership_filing_seq", allocationSize = 50)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_document_id", nullable = false)
    private SourceDocument sourceDocument;

    @Column(name = "accession_number", length = 25)
    private String accessionNumber;

    @Column(name = "filing_date")
    private LocalDate filingDate;

    @Column(name = "document_type", length = 10, nullable = false)
    private String documentType;

    @Column(name = "schema_version", length = 10)
    private String schemaVersion;

    @Column(name = "period_of_report")
    private LocalDate periodOfReport;

    @Column(name = "date_of_orig_sub")
    private LocalDate dateOfOriginalSubmission;

    @Column(name = "no_securities_owned")
    private Boolean noSecuritiesOwned;

    @Column(name = "not_subject_sec16")
    private Boolean notSubjectToSection16;

    @Column(name = "form3_holdings_reported")
    private Boolean form3HoldingsReported;

    @Column(name = "form4_trans_reported")
    private Boolean form4TransactionsReported;

    /** True, false, or null when the filing does not say (schemas before X0407 have no such box). */
    @Column(name = "aff10b5one")
    private Boolean aff10b5One;

    @Column(name = "issuercik", length = 10)
    private String issuerCik;

    @Column(name = "issuername", length = 200)
    private String issuerName;

    @Column(name = "issuertradingsymbol", length = 20)
    private String issuerTradingSymbol;

    @Column(name = "remarks", length = 20000)
    private String remarks;

    /** The filing this amendment amends, once it is known; null for an original or an amendment not yet linked. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "amends_filing_id")
    private OwnershipFiling amends;

    /** Derived: how many open-market purchases and sales (codes P and S) Table I has. */
    @Column(name = "open_market_trades", nullable = false)
    private int openMarketTrades;

    /** Derived: shares bought less shares sold on the open market. */
    @Column(name = "net_open_market_shares", precision = OwnershipTableRow.PRECISION, scale = OwnershipTableRow.SCALE)
    private BigDecimal netOpenMarketShares;

    /** Derived: value bought less value sold on the open market; null when a trade lacks its price. */
    @Column(name = "net_open_market_value", precision = OwnershipTableRow.PRECISION, scale = OwnershipTableRow.SCALE)
    private BigDecimal netOpenMarketValue;

    @OneToMany(mappedBy = "filing", cascade = CascadeType.PERSIST)
    @OrderBy("rowIndex")
    private List<ReportingOwnerRow> reportingOwners = new ArrayList<>();

    @OneToMany(mappedBy = "filing", cascade = CascadeType.PERSIST)
    @OrderBy("rowIndex")
    private List<NonDerivativeTransactionRow> nonDerivativeTransactions = new ArrayList<>();

    @OneToMany(mappedBy = "filing", cascade = CascadeType.PERSIST)
    @OrderBy("rowIndex")
    private List<NonDerivativeHoldingRow> nonDerivativeHoldings = new ArrayList<>();

    @OneToMany(mappedBy = "filing", cascade = CascadeType.PERSIST)
    @OrderBy("rowIndex")
    private List<DerivativeTransactionRow> derivativeTransactions = new ArrayList<>();

    @OneToMany(mappedBy = "filing", cascade = CascadeType.PERSIST)
    @OrderBy("rowIndex")
    private List<DerivativeHoldingRow> derivativeHoldings = new ArrayList<>();

    @OneToMany(mappedBy = "filing", cascade = CascadeType.PERSIST)
    @OrderBy("rowIndex")
    private List<OwnershipFootnote> footnotes = new ArrayList<>();

    @OneToMany(mappedBy = "filing", cascade = CascadeType.PERSIST)
    @OrderBy("rowIndex")
    private List<OwnershipSignature> signatures = new ArrayList<>();

    protected OwnershipFiling() {
        // for JPA
    }

    /**
     * @param sourceDocument the stored document it was parsed from
     * @param submission     the header facts of the submission it came in, or null
     * @param document       what the parser read
     */
    public OwnershipFiling(SourceDocument sourceDocument, SubmissionFacts submission, OwnershipDocument document) {
        this.sourceDocument = sourceDocument;
        if (submission != null) {
            accessionNumber = submission.accessionNumber();
            filingDate = submission.filingDate();
        }
        documentType = document.documentType();
        schemaVersion = document.schemaVersion();
        periodOfReport = document.periodOfReport();
        dateOfOriginalSubmission = document.dateOfOriginalSubmission();
        noSecuritiesOwned = document.noSecuritiesOwned();
        notSubjectToSection16 = document.notSubjectToSection16();
        form3HoldingsReported = document.form3HoldingsReported();
        form4TransactionsReported = document.form4TransactionsReported();
        aff10b5One = document.aff10b5One();
        if (document.issuer() != null) {
            issuerCik = document.issuer().cik();
            issuerName = document.issuer().name();
            issuerTradingSymbol = document.issuer().tradingSymbol();
        }
        remarks = document.remarks();
        OpenMarketTrades trades = OpenMarketTrades.of(document);
        openMarketTrades = trades.trades();
        netOpenMarketShares = trades.netShares();
        netOpenMarketValue = trades.netValue();

        int index = 0;
        for (ReportingOwner owner : document.reportingOwners()) {
            reportingOwners.add(new ReportingOwnerRow(this, ++index, owner));
        }
        index = 0;
        for (NonDerivativeTransaction row : document.nonDerivativeTransactions()) {
            nonDerivativeTransactions.add(new NonDerivativeTransactionRow(this, ++index, row));
        }
        index = 0;
        for (NonDerivativeHolding row : document.nonDerivativeHoldings()) {
            nonDerivativeHoldings.add(new NonDerivativeHoldingRow(this, ++index, row));
        }
        index = 0;
        for (DerivativeTransaction row : document.derivativeTransactions()) {
            derivativeTransactions.add(new DerivativeTransactionRow(this, ++index, row));
        }
        index = 0;
        for (DerivativeHolding row : document.derivativeHoldings()) {
            derivativeHoldings.add(new DerivativeHoldingRow(this, ++index, row));
        }
        index = 0;
        for (Map.Entry<String, String> footnote : document.footnotes().entrySet()) {
            footnotes.add(new OwnershipFootnote(this, ++index, footnote.getKey(), footnote.getValue()));
        }
        index = 0;
        for (OwnerSignature signature : document.signatures()) {
            signatures.add(new OwnershipSignature(this, ++index, signature));
        }
    }

    /** @return True for an amendment (3/A, 4/A, 5/A). */
    public boolean isAmendment() {
        return documentType.endsWith("/A");
    }

    public String getDocumentType() {
        return documentType;
    }

    public LocalDate getPeriodOfReport() {
        return periodOfReport;
    }

    public LocalDate getDateOfOriginalSubmission() {
        return dateOfOriginalSubmission;
    }

    public String getIssuerCik() {
        return issuerCik;
    }
}
