package org.edgarbatch.filings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.stream.Stream;

/** The files of filings directories that runs have read to their end ({@link ReadFile}). */
@ApplicationScoped
public class ReadFileRepository {

    @PersistenceContext(unitName = "edgar-batch")
    private EntityManager entityManager;

    /** @return What runs have read under the filings directory {@code root}, streamed into primitive arrays. */
    public ReadFiles readUnder(String root) {
        ReadFiles.Builder files = new ReadFiles.Builder();
        try (Stream<?> rows = entityManager.createNativeQuery("""
                        select path_key, size_bytes, modified_nanos, documents from read_file
                        where root = :root order by path_key""")
                .setParameter("root", root)
                .setHint("org.hibernate.fetchSize", 1000)
                .getResultStream()) {
            rows.forEach(row -> {
                Object[] columns = (Object[]) row;
                files.add(number(columns[0]), number(columns[1]), number(columns[2]), number(columns[3]));
            });
        }
        return files.build();
    }

    /**
     * Records a file read to its end, in the current transaction (the chunk's).
     *
     * @param recordedBefore whether a run recorded a file under the same path key before: its record is replaced
     */
    public void record(ReadFile file, boolean recordedBefore) {
        if (recordedBefore) {
            int replaced = entityManager.createQuery("""
                            update ReadFile f set f.sizeBytes = :size, f.modifiedNanos = :modified,
                                   f.documents = :documents, f.readByExecutionId = :execution, f.readAt = :readAt
                            where f.pathKey = :key and f.root = :root and f.relativePath = :path""")
                    .setParameter("size", file.getSizeBytes())
                    .setParameter("modified", file.getModifiedNanos())
                    .setParameter("documents", file.getDocuments())
                    .setParameter("execution", file.getReadByExecutionId())
                    .setParameter("readAt", file.getReadAt())
                    .setParameter("key", file.getPathKey())
                    .setParameter("root", file.getRoot())
                    .setParameter("path", file.getRelativePath())
                    .executeUpdate();
            if (replaced > 0) {
                return;
            }
        }
        entityManager.persist(file);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
