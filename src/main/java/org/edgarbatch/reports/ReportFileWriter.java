package org.edgarbatch.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * Writes a file so that no reader ever sees half of it: the content goes to a hidden temporary name in the
 * same directory, is forced to disk, and is then moved onto the final name in one step. A temporary file
 * left by a run that died is deleted by the next write of the same name.
 */
public final class ReportFileWriter {

    /** Writes a file's content, read from the database, to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException, SQLException;
    }

    private ReportFileWriter() {
    }

    /** @return The temporary name a file is written under until it is complete. */
    static String temporaryName(String fileName, String writer) {
        return "." + fileName + "." + writer + ".part";
    }

    /**
     * @param directory the directory the file goes to (created when missing)
     * @param fileName  its final name
     * @param writer    who writes it (such as the job execution id), so that two writers never share a temporary file
     */
    public static WrittenFile write(Path directory, String fileName, String writer, Content content)
            throws IOException, SQLException {
        Files.createDirectories(directory);
        deleteLeftovers(directory, fileName);
        Path target = directory.resolve(fileName);
        Path temporary = directory.resolve(temporaryName(fileName, writer));
        MessageDigest sha256 = sha256();
        try {
            long size;
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(new DigestOutputStream(Channels.newOutputStream(channel), sha256),
                        64 * 1024);
                content.writeTo(out);
                out.flush();
                channel.force(true);
                size = channel.size();
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot move " + temporary + " onto " + target + " in one step; the reports directory"
                        + " must be on a file system that can", e);
            }
            return new WrittenFile(target, size, HexFormat.of().formatHex(sha256.digest()));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void deleteLeftovers(Path directory, String fileName) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory, "." + fileName + ".*.part")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
