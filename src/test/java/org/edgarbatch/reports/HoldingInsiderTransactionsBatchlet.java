package org.edgarbatch.reports;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Named;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A test switch, deployed only with the crash test: the insider-transactions step, holding its workbook midway
 * through being written while a hold file exists, so the test can kill the server at exactly that moment instead
 * of racing a file that appears. Named as the real step, it replaces it in the test WAR.
 *
 * <p>System property {@code edgar.test.report-hold}: the hold file. Once {@value #HOLD_AFTER_BYTES} bytes of the
 * workbook have gone to its temporary file (flushed), and while the hold file exists, the step writes
 * {@code <hold>.held} (the bytes written so far) and waits. Without the property, or without the file, it is the
 * real step.
 */
@Alternative
@Priority(1)
@Named("writeInsiderTransactionsBatchlet")
@Dependent
public class HoldingInsiderTransactionsBatchlet extends WriteInsiderTransactionsBatchlet {

    public static final String HOLD_PROPERTY = "edgar.test.report-hold";
    public static final long HOLD_AFTER_BYTES = 16 * 1024;
    private static final Duration LONGEST_HOLD = Duration.ofMinutes(10);

    @Override
    ReportPublisher.Built build(ReportPeriod period, Connection connection, OutputStream out) throws IOException, SQLException {
        String hold = System.getProperty(HOLD_PROPERTY);
        return super.build(period, connection, hold == null ? out : new HoldingStream(out, Path.of(hold)));
    }

    /** Counts the bytes going through and, once past the threshold, holds while the hold file exists. */
    private static final class HoldingStream extends FilterOutputStream {
        private final Path hold;
        private long written;
        private boolean held;

        HoldingStream(OutputStream out, Path hold) {
            super(out);
            this.hold = hold;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count(1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count(length);
        }

        private void count(int bytes) throws IOException {
            written += bytes;
            if (held || written < HOLD_AFTER_BYTES || !Files.exists(hold)) {
                return;
            }
            held = true;
            // What is written so far is on disk in the temporary file when the test sees the signal.
            out.flush();
            Files.writeString(hold.resolveSibling(hold.getFileName() + ".held"), Long.toString(written), StandardCharsets.UTF_8);
            long deadline = System.nanoTime() + LONGEST_HOLD.toNanos();
            while (Files.exists(hold) && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while held");
                }
            }
        }
    }
}
