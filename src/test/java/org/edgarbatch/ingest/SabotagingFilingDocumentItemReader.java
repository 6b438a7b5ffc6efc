package org.edgarbatch.ingest;

import jakarta.annotation.Priority;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.edgarbatch.filings.FilingsTreeWalker;

/**
 * The test switch for the race between the scan and the read: deployed only with the tests, it
 * replaces the ingest reader and, once the walk has found a file named by the job parameter
 * {@code sabotage} and before the reader opens it, does to the file what the parameter says. The
 * parameter lists {@code relative/path=action} pairs separated by commas; the actions are
 * {@code delete}, {@code chmod-000} (no permissions), {@code fifo} (replaced by a named pipe) and
 * {@code directory} (replaced by a directory). So the race is met every time, without a sleep.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@Named("filingDocumentItemReader")
@Dependent
public class SabotagingFilingDocumentItemReader extends FilingDocumentItemReader {

    @Inject
    JobContext jobContext;

    @Override
    protected InputStream openScanned(FilingsTreeWalker walker, FilingsTreeWalker.Entry entry) throws IOException {
        String sabotage = BatchRuntime.getJobOperator().getParameters(jobContext.getExecutionId()).getProperty("sabotage");
        if (sabotage != null) {
            for (String pair : sabotage.split(",")) {
                String[] fileAndAction = pair.split("=", 2);
                if (fileAndAction[0].equals(entry.relativePath())) {
                    sabotage(entry.path(), fileAndAction[1]);
                }
            }
        }
        return super.openScanned(walker, entry);
    }

    private static void sabotage(Path file, String action) throws IOException {
        switch (action) {
            case "delete" -> Files.delete(file);
            case "chmod-000" -> Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
            case "fifo" -> {
                Files.delete(file);
                mkfifo(file);
            }
            case "directory" -> {
                Files.delete(file);
                Files.createDirectory(file);
            }
            default -> throw new IllegalArgumentException("unknown sabotage " + action);
        }
    }

    /** Java cannot make a named pipe: the system's mkfifo does. */
    static void mkfifo(Path path) {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            String output = new String(mkfifo.getInputStream().readAllBytes());
            if (mkfifo.waitFor() != 0) {
                throw new IllegalStateException("mkfifo " + path + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
