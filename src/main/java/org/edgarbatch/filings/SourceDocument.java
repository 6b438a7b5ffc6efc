package org.edgarbatch.filings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A document stored from a filings directory: one row per distinct content, whatever its kind, with
 * where it was first found and, for a document that came in a submission, the submission's facts.
 */
@Entity
@Table(name = "source_document",
        uniqueConstraints = @UniqueConstraint(name = "uk_source_document_sha256", columnNames = "sha256"),
        indexes = @Index(name = "ix_source_document_accession", columnList = "accession_number"))
public class SourceDocument {

    static final int FORM_TYPE_LENGTH = 30;
    /** A document's path is its identity and is never cut: the walk rejects a file whose path is longer. */
    static final int PATH_LENGTH = 4096;

    // A pooled sequence, not IDENTITY: IDENTITY would turn off JDBC insert batching.
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_document_seq")
    @SequenceGenerator(name = "source_document_seq", sequenceName = "source_document_seq", allocationSize = 50)
    private Long id;

    @Column(name = "path", nullable = false, length = PATH_LENGTH)
    private String path;

    /** The archive entry holding it, or null when its file is not an archive. */
    @Column(name = "container_entry", length = 1024)
    private String containerEntry;

    /** Its sequence in its submission, or null for a document on its own. */
    @Column(name = "document_sequence")
    private Integer sequence;

    @Column(name = "accession_number", length = 25)
    private String accessionNumber;

    /** The submission's type, such as 4 or SC 13G/A. */
    @Column(name = "form_type", length = FORM_TYPE_LENGTH)
    private String formType;

    @Column(name = "filing_date")
    private LocalDate filingDate;

    @Column(name = "period_of_report")
    private LocalDate periodOfReport;

    /** The document's own type in the submission, such as 4 or EX-99.1. */
    @Column(name = "document_type", length = 30)
    private String documentType;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private DocumentKind kind;

    @Column(name = "first_seen_execution_id", nullable = false)
    private long firstSeenExecutionId;

    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    protected SourceDocument() {
        // for JPA
    }

    public SourceDocument(FilingDocument document, DocumentKind kind, long firstSeenExecutionId, Instant storedAt) {
        this.path = document.location().path();
        this.containerEntry = document.location().entry();
        this.sequence = document.location().sequence();
        SubmissionFacts submission = document.submission();
        if (submission != null) {
            this.accessionNumber = submission.accessionNumber();
            this.formType = truncate(submission.formType(), FORM_TYPE_LENGTH);
            this.filingDate = submission.filingDate();
            this.periodOfReport = submission.periodOfReport();
        }
        this.documentType = truncate(document.type(), 30);
        this.fileName = truncate(document.fileName(), 255);
        this.sizeBytes = document.sizeBytes();
        this.sha256 = document.sha256();
        this.kind = kind;
        this.firstSeenExecutionId = firstSeenExecutionId;
        this.storedAt = storedAt;
    }

    /** @return The value cut to the column's length; a header's junk must not fail the chunk. */
    public static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public String getPath() {
        return path;
    }

    /** @return Where it was first found, as {@code path!entry#sequence}. */
    public String getLocation() {
        return new DocumentLocation(path, containerEntry, sequence).toString();
    }

    public String getAccessionNumber() {
        return accessionNumber;
    }

    public String getFormType() {
        return formType;
    }

    public LocalDate getFilingDate() {
        return filingDate;
    }

    public String getDocumentType() {
        return documentType;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public DocumentKind getKind() {
        return kind;
    }

    /** @return The job execution that stored it: the first that saw this content. */
    public long getFirstSeenExecutionId() {
        return firstSeenExecutionId;
    }

    public Instant getStoredAt() {
        return storedAt;
    }
}
