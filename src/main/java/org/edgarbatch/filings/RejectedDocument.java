package org.edgarbatch.filings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A document a job could not store, with the reason: bad input is recorded, never silently lost. */
@Entity
@Table(name = "rejected_document")
public class RejectedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rejected_document_seq")
    @SequenceGenerator(name = "rejected_document_seq", sequenceName = "rejected_document_seq", allocationSize = 50)
    private Long id;

    @Column(name = "path", nullable = false, length = SourceDocument.PATH_LENGTH)
    private String path;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    @Column(name = "rejected_at", nullable = false)
    private Instant rejectedAt;

    /** The filing date of the submission the document came in, when it came in one and the header was read. */
    @Column(name = "filing_date")
    private LocalDate filingDate;

    protected RejectedDocument() {
        // for JPA
    }

    public RejectedDocument(String path, String reason, long executionId, Instant rejectedAt, LocalDate filingDate) {
        // A path too long to store is itself a reason for rejection: kept recognisable, its start and its end.
        this.path = path.length() <= SourceDocument.PATH_LENGTH ? path
                : path.substring(0, 2000) + "..." + path.substring(path.length() - 2000);
        this.reason = reason.length() > 2000 ? reason.substring(0, 1997) + "..." : reason;
        this.executionId = executionId;
        this.rejectedAt = rejectedAt;
        this.filingDate = filingDate;
    }

    public Long getId() {
        return id;
    }

    public String getPath() {
        return path;
    }

    public String getReason() {
        return reason;
    }

    public long getExecutionId() {
        return executionId;
    }

    public Instant getRejectedAt() {
        return rejectedAt;
    }
}
