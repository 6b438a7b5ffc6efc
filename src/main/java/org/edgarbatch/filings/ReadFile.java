package org.edgarbatch.filings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file of a filings directory that the ingest read to its end, every document in it stored or
 * accounted for, with its size and modification time as they were then. A later run passes over the
 * file while both are unchanged (the test rsync makes), unless asked to read everything again.
 *
 * <p>Recorded in the transaction of the chunk that read the file's last document, so it is never
 * committed before the documents it stands for.
 */
@Entity
@Table(name = "read_file", indexes = @Index(name = "ix_read_file_path_key", columnList = "path_key"))
public class ReadFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "read_file_seq")
    @SequenceGenerator(name = "read_file_seq", sequenceName = "read_file_seq", allocationSize = 50)
    private Long id;

    /**
     * 64 bits of the SHA-256 of root and relative path ({@link ReadFiles#pathKey}): what a run loads to
     * recognise a file without holding every path in memory. Not unique: two paths may share it.
     */
    @Column(name = "path_key", nullable = false)
    private long pathKey;

    /** The filings directory, absolute. */
    @Column(name = "root", nullable = false, length = SourceDocument.PATH_LENGTH)
    private String root;

    /** The file's path below the root, names joined by '/'. */
    @Column(name = "relative_path", nullable = false, length = SourceDocument.PATH_LENGTH)
    private String relativePath;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    /** Its modification time when read, in nanoseconds since the epoch (the file system's own resolution). */
    @Column(name = "modified_nanos", nullable = false)
    private long modifiedNanos;

    /** The documents (and rejections) read from it: what passing over it accounts for. */
    @Column(name = "documents", nullable = false)
    private long documents;

    @Column(name = "read_by_execution_id", nullable = false)
    private long readByExecutionId;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected ReadFile() {
        // for JPA
    }

    public ReadFile(String root, String relativePath, long sizeBytes, long modifiedNanos, long documents,
            long readByExecutionId, Instant readAt) {
        this.pathKey = ReadFiles.pathKey(root, relativePath);
        this.root = root;
        this.relativePath = relativePath;
        this.sizeBytes = sizeBytes;
        this.modifiedNanos = modifiedNanos;
        this.documents = documents;
        this.readByExecutionId = readByExecutionId;
        this.readAt = readAt;
    }

    public long getPathKey() {
        return pathKey;
    }

    public String getRoot() {
        return root;
    }

    public String getRelativePath() {
        return relativePath;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public long getModifiedNanos() {
        return modifiedNanos;
    }

    public long getDocuments() {
        return documents;
    }

    public long getReadByExecutionId() {
        return readByExecutionId;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
