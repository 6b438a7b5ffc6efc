package org.edgarbatch.filings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** A document stored from a filings directory: one row per distinct content, whatever its kind. */
@Entity
@Table(name = "source_document", uniqueConstraints = @UniqueConstraint(name = "uk_source_document_sha256", columnNames = "sha256"))
public class SourceDocument {

    // A pooled sequence, not IDENTITY: IDENTITY would turn off JDBC insert batching.
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_document_seq")
    @SequenceGenerator(name = "source_document_seq", sequenceName = "source_document_seq", allocationSize = 50)
    private Long id;

    @Column(name = "path", nullable = false, length = 4096)
    private String path;

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
        this.path = document.path();
        this.sizeBytes = document.sizeBytes();
        this.sha256 = document.sha256();
        this.kind = kind;
        this.firstSeenExecutionId = firstSeenExecutionId;
        this.storedAt = storedAt;
    }

    public Long getId() {
        return id;
    }

    public String getPath() {
        return path;
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
