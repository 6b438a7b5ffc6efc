package org.edgarbatch.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.edgarbatch.filings.SubmissionReader;

/**
 * The real EDGAR filings the tests use, under {@code src/test/filings} (where each came from: SOURCES.md
 * there), and the ways tests repackage them: without newlines, as a feed archive.
 */
public final class TestFilings {

    /** Inside the server the working directory is the server's: the build passes the directory in. */
    public static final Path ROOT = Path.of(System.getProperty("edgar.test.filings.dir", "src/test/filings"));

    /** Full submission of a Form 4 (AAR CORP) with an EX-24 exhibit. */
    public static final String AAR_FORM_4_SUBMISSION = "submissions/form4_0001127602-25-001055.txt";
    /** Full submission of a Form 4 (PRO DEX INC) with two reporting owners. */
    public static final String PRO_DEX_FORM_4_SUBMISSION = "submissions/form4-two-reporting-owners_0001079973-25-000129.txt";
    /** Full submission of a Form 4/A (LAM RESEARCH CORP). */
    public static final String LAM_FORM_4A_SUBMISSION = "submissions/form4A_0000707549-25-000004.txt";
    /** A daily feed file (Form D) with bare SGML tags. */
    public static final String FORM_D_FEED_FILE = "feed/formD_0002002260-24-000001.nc";

    public static final String FORM_3_HOLDINGS_ONLY = "ownership/form3-holdings-only_SNOW_garrett_2020-09-15.xml";
    public static final String FORM_3_NO_SECURITIES_OWNED = "ownership/form3-X0206-no-securities-owned_SPWR_hegde_2021-12-31.xml";
    public static final String FORM_3_TWO_OWNERS = "ownership/form3-X0206-two-reporting-owners_SNOW_berkshire_2020-09-18.xml";
    public static final String FORM_4_SALES_AT_SEVERAL_PRICES = "ownership/form4-several-sales-several-prices_SNOW_scarpelli_2022-12-13.xml";
    public static final String FORM_4_X0508_AFF10B5ONE = "ownership/form4-X0508-aff10b5One_SCWO_melkote_2025-04-30.xml";
    public static final String FORM_5 = "ownership/form5_SNOW_mcmahon_2022-01-31.xml";

    private TestFilings() {
    }

    /** @return The content with every line feed taken out, as daily feed files often come. */
    public static byte[] withoutNewlines(byte[] content) {
        return new String(content, StandardCharsets.ISO_8859_1).replace("\n", "").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** @return A gzip-compressed tar archive holding the entries, in order, as a daily feed archive does. */
    public static byte[] tarGz(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                TarArchiveEntry file = new TarArchiveEntry(entry.getKey(), true);
                file.setSize(entry.getValue().length);
                tar.putArchiveEntry(file);
                tar.write(entry.getValue());
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @return The first document of a full submission: its ownership XML, out of its {@code <XML>} wrapper. */
    public static byte[] ownershipXmlOf(String submission) {
        try {
            return new SubmissionReader(new ByteArrayInputStream(bytes(submission)), Integer.MAX_VALUE).next().content();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
