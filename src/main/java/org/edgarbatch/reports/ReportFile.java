package org.edgarbatch.reports;

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
import java.time.LocalDate;

/**
 * A workbook a report step wrote and moved into place: what it is, where, its size and SHA-256, the
 * parameters it was built with and the job execution that wrote it. One row per file: building the same
 * report again replaces the file and updates its row.
 */
@Entity
@Table(name = "report_file", uniqueConstraints = @UniqueConstraint(name = "uk_report_file_path", columnNames = "path"))
public class ReportFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_file_seq")
    @SequenceGenerator(name = "report_file_seq", sequenceName = "report_file_seq", allocationSize = 1)
    private Long id;

    // VARCHAR, not H2's native ENUM type: values must read back as names from any client (reports, dumps).

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false, columnDefinition = "varchar(30)")
    private ReportKind kind;

    @Column(name = "file_name", length = 255, nullable = false)
    private String fileName;

    /** The absolute path of the file. */
    @Column(name = "path", length = 4096, nullable = false)
    private String path;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "issuer", length = 20)
    private String issuer;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", length = 64, nullable = false)
    private String sha256;

    /** How many rows the workbook's main sheet has (transactions, or unit classes). */
    @Column(name = "main_rows", nullable = false)
    private long mainRows;

    /** The job parameters it was built with, as {@code name=value} lines in name order. */
    @Column(name = "parameters", length = 4000, nullable = false)
    private String parameters;

    @Column(name = "job_execution_id", nullable = false)
    private long jobExecutionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReportFile() {
        // for JPA
    }

    ReportFile(ReportKind kind, String path, String fileName) {
        this.kind = kind;
        this.path = path;
        this.fileName = fileName;
    }

    /** Records what was written: the file's figures and the run that wrote it. */
    void written(ReportPeriod period, WrittenFile file, long mainRows, String parameters, long jobExecutionId,
                 Instant createdAt) {
        this.periodFrom = period.from();
        this.periodTo = period.to();
        this.issuer = period.issuer();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
        this.mainRows = mainRows;
        this.parameters = parameters;
        this.jobExecutionId = jobExecutionId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }
}
