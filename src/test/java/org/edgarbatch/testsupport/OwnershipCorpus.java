package org.edgarbatch.testsupport;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;
import org.edgarbatch.filings.ContentHash;

/**
 * Writes a seeded corpus of realistic ownership filings (Forms 3, 4 and 5 and their amendments) laid out
 * as an EDGAR mirror is: a year of filing days, {@code YYYY/QTRn/CIK/} directories of bare documents and
 * full submissions, daily feed {@code .nc} files and {@code YYYYMMDD.nc.tar.gz} feed archives. The same
 * seed and document count give byte-identical files, so a benchmark or a crash test can regenerate a
 * corpus instead of shipping one, and knows exactly what an ingest of it must store ({@link Summary}).
 *
 * <p>The documents follow the shape of the real filings in {@code src/test/filings/ownership}: every
 * schema version from X0201 to X0508 ({@code aff10b5One} from X0407 on), 1 to 3 reporting owners,
 * 1 to 30 transactions (Form 3: holdings only), derivative and non-derivative tables, footnotes with
 * their references (and values given only as a footnote), remarks, signatures, the filer software's
 * indentation and line endings. Sizes run from 3 KB to 30 KB with a median near 7 KB. Every document
 * has its own content and every submission its own accession number, so nothing is deduplicated.
 *
 * <p>Run {@code main} to write one from the command line: {@code dir documents [seed] [--exhibits]}.
 */
public final class OwnershipCorpus {

    /** Smallest and largest document, in bytes: 3 KB and 30 KB whichever way a kilobyte is counted. */
    public static final int MIN_DOCUMENT_BYTES = 3 * 1024;
    public static final int MAX_DOCUMENT_BYTES = 30_000;
    public static final long DEFAULT_SEED = 20240101L;

    private static final int MEDIAN_TARGET_BYTES = 7_000;
    private static final int MAX_TRANSACTIONS = 30;
    private static final String SUMMARY_SUFFIX = ".corpus.properties";
    private static final DateTimeFormatter SGML_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int YEAR = 2024;

    /**
     * What a corpus holds, so a test or benchmark knows what an ingest of it must store.
     *
     * @param documents              ownership documents (each one filing), amendments included
     * @param otherDocuments         documents that are not ownership XML: EX-24 powers of attorney in submissions,
     *                               and the real exhibits when asked for
     * @param realExhibits           of those, copies of the real exhibits of {@code src/test/filings}
     * @param files                  files written (an archive counts once)
     * @param bytes                  bytes written
     * @param ownershipBytes         bytes of the ownership documents themselves (as the parser sees them)
     * @param amendments             3/A, 4/A and 5/A among the documents
     * @param amendmentLinks         amendments that have exactly one original the link-amendments step can find
     * @param reportingOwners        reporting_owner rows
     * @param nonDerivativeTransactions nonderiv_trans rows
     * @param nonDerivativeHoldings  nonderiv_holding rows
     * @param derivativeTransactions deriv_trans rows
     * @param derivativeHoldings     deriv_holding rows
     * @param footnotes              ownership_footnote rows
     * @param signatures             owner_signature rows
     */
    public record Summary(long documents, long otherDocuments, long realExhibits, long files, long bytes,
                         long ownershipBytes, long amendments, long amendmentLinks, long reportingOwners,
                         long nonDerivativeTransactions, long nonDerivativeHoldings, long derivativeTransactions,
                         long derivativeHoldings, long footnotes, long signatures) {

        /** @return Ownership filings an ingest stores: one per document. */
        public long filings() {
            return documents;
        }

        /** @return Rows of the transactions tables (Table I and Table II transactions). */
        public long transactionRows() {
            return nonDerivativeTransactions + derivativeTransactions;
        }

        /** @return Rows of the eight ownership tables together. */
        public long ownershipRows() {
            return documents + reportingOwners + nonDerivativeTransactions + nonDerivativeHoldings
                    + derivativeTransactions + derivativeHoldings + footnotes + signatures;
        }

        /** @return Rows of source_document: every document has its own content. */
        public long sourceDocuments() {
            return documents + otherDocuments;
        }

        Properties toProperties() {
            Properties properties = new Properties();
            for (var component : Summary.class.getRecordComponents()) {
                try {
                    properties.setProperty(component.getName(), String.valueOf(component.getAccessor().invoke(this)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return properties;
        }

        static Summary fromProperties(Properties properties) {
            var components = Summary.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = Long.parseLong(properties.getProperty(components[i].getName()));
                types[i] = long.class;
            }
            try {
                return Summary.class.getDeclaredConstructor(types).newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Where the documents of a filing day go, by share of the day's filings. */
    private enum Container { BARE_XML, BARE_TXT, FULL_SUBMISSION, FEED_FILE, FEED_ARCHIVE }

    private final Path root;
    private final long seed;
    private final SplittableRandom random;
    private final Map<Integer, Issuer> issuers = new HashMap<>();
    private final int issuerCount;
    private final Set<String> hashes = new HashSet<>();
    private final Map<String, List<Original>> originalsByKey = new HashMap<>();
    private final List<AmendmentKey> amendmentKeys = new ArrayList<>();
    private final Map<String, Integer> accessionCounters = new HashMap<>();
    private final Totals totals = new Totals();

    private OwnershipCorpus(Path root, int documents, long seed) {
        this.root = root;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.issuerCount = Math.max(20, documents / 25);
    }

    /** Writes {@code documents} ownership documents under {@code dir} (created if needed), seeded. */
    public static Summary write(Path dir, int documents, long seed) throws IOException {
        return write(dir, documents, seed, false);
    }

    /**
     * @param withRealExhibits also write copies of the real unit designations and joint filing agreements of
     *                         {@code src/test/filings} (property {@code edgar.test.filings.dir}), bare and in a
     *                         submission, so a run stores every kind of document
     */
    public static Summary write(Path dir, int documents, long seed, boolean withRealExhibits) throws IOException {
        if (documents < 1) {
            throw new IllegalArgumentException("documents must be at least 1, not " + documents);
        }
        Files.createDirectories(dir);
        OwnershipCorpus corpus = new OwnershipCorpus(dir, documents, seed);
        corpus.writeDays(documents);
        if (withRealExhibits) {
            corpus.writeRealExhibits();
        }
        corpus.totals.amendmentLinks = corpus.countAmendmentLinks();
        Summary summary = corpus.totals.summary();
        Properties properties = summary.toProperties();
        properties.setProperty("seed", String.valueOf(seed));
        properties.setProperty("withRealExhibits", String.valueOf(withRealExhibits));
        // Sorted and without Properties.store's time stamp, so the same corpus is the same bytes here too.
        StringBuilder text = new StringBuilder("# written by " + OwnershipCorpus.class.getName() + "\n");
        properties.stringPropertyNames().stream().sorted()
                .forEach(name -> text.append(name).append('=').append(properties.getProperty(name)).append('\n'));
        Files.writeString(summaryFile(dir), text);
        return summary;
    }

    /**
     * Writes the corpus unless {@code dir} already holds the one of these arguments (its {@link #summaryFile summary
     * file} says so): a benchmark generates its corpus once and reuses it. The summary file is written last, so a
     * generation that was interrupted is started again from an empty directory.
     */
    public static Summary writeOrReuse(Path dir, int documents, long seed, boolean withRealExhibits) throws IOException {
        Path summaryFile = summaryFile(dir);
        if (Files.isRegularFile(summaryFile)) {
            Properties properties = new Properties();
            try (var in = Files.newInputStream(summaryFile)) {
                properties.load(in);
            }
            Summary summary = Summary.fromProperties(properties);
            if (summary.documents() == documents && String.valueOf(seed).equals(properties.getProperty("seed"))
                    && String.valueOf(withRealExhibits).equals(properties.getProperty("withRealExhibits"))) {
                return summary;
            }
        }
        Files.deleteIfExists(summaryFile);
        deleteTree(dir);
        return write(dir, documents, seed, withRealExhibits);
    }

    /** @return The file holding a written corpus's summary: beside the corpus, so an ingest does not read it. */
    public static Path summaryFile(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + SUMMARY_SUFFIX);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: OwnershipCorpus dir documents [seed] [--exhibits]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int documents = Integer.parseInt(args[1].replace("_", ""));
        long seed = args.length > 2 && !args[2].startsWith("--") ? Long.parseLong(args[2]) : DEFAULT_SEED;
        boolean exhibits = List.of(args).contains("--exhibits");
        long start = System.nanoTime();
        Summary summary = write(dir, documents, seed, exhibits);
        System.out.printf(Locale.ROOT, "%s in %.1f s%n", summary, (System.nanoTime() - start) / 1e9);
    }

    // ---- the days and their containers ----

    private void writeDays(int documents) throws IOException {
        List<LocalDate> days = filingDays();
        int written = 0;
        for (int d = 0; d < days.size(); d++) {
            // The same share for every day, the remainder spread over the first days.
            int today = documents / days.size() + (d < documents % days.size() ? 1 : 0);
            if (today == 0) {
                continue;
            }
            writeDay(days.get(d), today);
            written += today;
        }
        if (written != documents) {
            throw new IllegalStateException("wrote " + written + " documents, not " + documents);
        }
    }

    private static List<LocalDate> filingDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(YEAR, 1, 2); day.getYear() == YEAR; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        return days;
    }

    private void writeDay(LocalDate filingDate, int count) throws IOException {
        Map<String, byte[]> archiveEntries = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Container container = container();
            Filing filing = filing(filingDate, container);
            byte[] xml = filing.xml;
            countDocument(filing);
            switch (container) {
                case BARE_XML -> writeFile(issuerDirectory(filingDate, filing).resolve(filing.accession + ".xml"), xml);
                case BARE_TXT -> writeFile(issuerDirectory(filingDate, filing).resolve(filing.accession + ".txt"), xml);
                case FULL_SUBMISSION -> writeFile(issuerDirectory(filingDate, filing).resolve(filing.accession + ".txt"),
                        fullSubmission(filing, xml));
                case FEED_FILE -> writeFile(feedDirectory(filingDate).resolve(dateText(filingDate))
                        .resolve(filing.accession + ".nc"), feedFile(filing, xml));
                case FEED_ARCHIVE -> archiveEntries.put(filing.accession + ".nc", feedFile(filing, xml));
            }
        }
        if (!archiveEntries.isEmpty()) {
            writeArchive(feedDirectory(filingDate).resolve(dateText(filingDate) + ".nc.tar.gz"), filingDate, archiveEntries);
        }
    }

    private Container container() {
        int roll = random.nextInt(100);
        if (roll < 55) {
            return Container.BARE_XML;
        }
        if (roll < 65) {
            return Container.BARE_TXT;
        }
        if (roll < 80) {
            return Container.FULL_SUBMISSION;
        }
        if (roll < 88) {
            return Container.FEED_FILE;
        }
        return Container.FEED_ARCHIVE;
    }

    private Path issuerDirectory(LocalDate filingDate, Filing filing) {
        return root.resolve(String.valueOf(filingDate.getYear())).resolve(quarter(filingDate))
                .resolve(String.valueOf(Long.parseLong(filing.document.issuer.cik)));
    }

    private Path feedDirectory(LocalDate filingDate) {
        return root.resolve("feed").resolve(String.valueOf(filingDate.getYear())).resolve(quarter(filingDate));
    }

    private static String quarter(LocalDate date) {
        return "QTR" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    private static String dateText(LocalDate date) {
        return date.format(SGML_DATE);
    }

    private void writeFile(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        totals.files++;
        totals.bytes += content.length;
    }

    private void writeArchive(Path file, LocalDate day, Map<String, byte[]> entries) throws IOException {
        Files.createDirectories(file.getParent());
        // Fixed times and owners in the archive, so the same seed gives the same bytes.
        long time = day.atTime(22, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
        GzipParameters gzip = new GzipParameters();
        gzip.setModificationTime(time);
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(
                new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024), gzip))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                TarArchiveEntry tarEntry = new TarArchiveEntry(entry.getKey(), true);
                tarEntry.setSize(entry.getValue().length);
                tarEntry.setModTime(time);
                tarEntry.setUserName("edgar");
                tarEntry.setGroupName("edgar");
                tarEntry.setMode(0644);
                tar.putArchiveEntry(tarEntry);
                tar.write(entry.getValue());
                tar.closeArchiveEntry();
            }
        }
        totals.files++;
        totals.bytes += Files.size(file);
    }

    private byte[] fullSubmission(Filing filing, byte[] xml) {
        OwnershipXml doc = filing.document;
        StringBuilder s = new StringBuilder(xml.length + 4096);
        String filed = dateText(filing.filingDate);
        s.append("<SEC-DOCUMENT>").append(filing.accession).append(".txt : ").append(filed).append('\n');
        s.append("<SEC-HEADER>").append(filing.accession).append(".hdr.sgml : ").append(filed).append('\n');
        s.append("<ACCEPTANCE-DATETIME>").append(filed).append(String.format(Locale.ROOT, "%02d%02d%02d",
                16 + random.nextInt(6), random.nextInt(60), random.nextInt(60))).append('\n');
        s.append("ACCESSION NUMBER:\t\t").append(filing.accession).append('\n');
        s.append("CONFORMED SUBMISSION TYPE:\t").append(doc.documentType).append('\n');
        s.append("PUBLIC DOCUMENT COUNT:\t\t").append(filing.powerOfAttorney == null ? 1 : 2).append('\n');
        s.append("CONFORMED PERIOD OF REPORT:\t").append(dateText(doc.periodOfReport)).append('\n');
        s.append("FILED AS OF DATE:\t\t").append(filed).append('\n');
        s.append("DATE AS OF CHANGE:\t\t").append(filed).append('\n');
        for (Person owner : doc.owners) {
            s.append("\nREPORTING-OWNER:\t\n\n\tOWNER DATA:\t\n");
            s.append("\t\tCOMPANY CONFORMED NAME:\t\t\t").append(owner.name.toUpperCase(Locale.ROOT)).append('\n');
            s.append("\t\tCENTRAL INDEX KEY:\t\t\t").append(owner.cik).append('\n');
            s.append("\t\tORGANIZATION NAME:           \t\n\n\tFILING VALUES:\n");
            s.append("\t\tFORM TYPE:\t\t").append(doc.documentType).append('\n');
            s.append("\t\tSEC ACT:\t\t1934 Act\n");
            s.append("\t\tSEC FILE NUMBER:\t").append(doc.issuer.fileNumber).append('\n');
            s.append("\t\tFILM NUMBER:\t\t").append(24_000_000 + random.nextInt(999_999)).append("\n\n");
            s.append("\tMAIL ADDRESS:\t\n\t\tSTREET 1:\t\t").append(owner.street).append('\n');
            s.append("\t\tCITY:\t\t\t").append(owner.city).append("\n\t\tSTATE:\t\t\t").append(owner.state)
                    .append("\n\t\tZIP:\t\t\t").append(owner.zip).append('\n');
        }
        Issuer issuer = doc.issuer;
        s.append("\nISSUER:\t\t\n\n\tCOMPANY DATA:\t\n");
        s.append("\t\tCOMPANY CONFORMED NAME:\t\t\t").append(issuer.name.toUpperCase(Locale.ROOT)).append('\n');
        s.append("\t\tCENTRAL INDEX KEY:\t\t\t").append(issuer.cik).append('\n');
        s.append("\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\t").append(issuer.industry).append('\n');
        s.append("\t\tIRS NUMBER:\t\t\t\t").append(issuer.irsNumber).append('\n');
        s.append("\t\tSTATE OF INCORPORATION:\t\t\tDE\n\t\tFISCAL YEAR END:\t\t\t1231\n\n");
        s.append("\tBUSINESS ADDRESS:\t\n\t\tSTREET 1:\t\t").append(issuer.street).append('\n');
        s.append("\t\tCITY:\t\t\t").append(issuer.city).append("\n\t\tSTATE:\t\t\t").append(issuer.state)
                .append("\n\t\tZIP:\t\t\t").append(issuer.zip).append('\n');
        s.append("</SEC-HEADER>\n");
        s.append("<DOCUMENT>\n<TYPE>").append(doc.documentType).append("\n<SEQUENCE>1\n<FILENAME>")
                .append(filing.fileName).append("\n<DESCRIPTION>").append(random.nextBoolean() ? "PRIMARY DOCUMENT" : "FORM " + doc.documentType)
                .append("\n<TEXT>\n<XML>\n");
        byte[] head = s.toString().getBytes(StandardCharsets.ISO_8859_1);
        StringBuilder tail = new StringBuilder("\n</XML>\n</TEXT>\n</DOCUMENT>\n");
        if (filing.powerOfAttorney != null) {
            tail.append("<DOCUMENT>\n<TYPE>EX-24\n<SEQUENCE>2\n<FILENAME>poa.txt\n<DESCRIPTION>POWER OF ATTORNEY\n<TEXT>\n")
                    .append(filing.powerOfAttorney).append("\n</TEXT>\n</DOCUMENT>\n");
        }
        tail.append("</SEC-DOCUMENT>\n");
        return concat(head, xml, tail.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A daily feed file: bare tags, the header sometimes without any newline, as feed files come. */
    private byte[] feedFile(Filing filing, byte[] xml) {
        OwnershipXml doc = filing.document;
        boolean newlines = random.nextInt(10) < 7;
        String nl = newlines ? "\n" : "";
        StringBuilder s = new StringBuilder(2048);
        s.append("<SUBMISSION>").append(nl);
        s.append("<ACCESSION-NUMBER>").append(filing.accession).append(nl);
        s.append("<TYPE>").append(doc.documentType).append(nl);
        s.append("<PUBLIC-DOCUMENT-COUNT>").append(filing.powerOfAttorney == null ? 1 : 2).append(nl);
        s.append("<PERIOD>").append(dateText(doc.periodOfReport)).append(nl);
        s.append("<FILING-DATE>").append(dateText(filing.filingDate)).append(nl);
        s.append("<DATE-OF-FILING-DATE-CHANGE>").append(dateText(filing.filingDate)).append(nl);
        for (Person owner : doc.owners) {
            s.append("<REPORTING-OWNER>").append(nl).append("<OWNER-DATA>").append(nl);
            s.append("<CONFORMED-NAME>").append(owner.name.toUpperCase(Locale.ROOT)).append(nl);
            s.append("<CIK>").append(owner.cik).append(nl).append("</OWNER-DATA>").append(nl);
            s.append("<FILING-VALUES>").append(nl).append("<FORM-TYPE>").append(doc.documentType).append(nl)
                    .append("<ACT>34").append(nl).append("<FILE-NUMBER>").append(doc.issuer.fileNumber).append(nl)
                    .append("</FILING-VALUES>").append(nl);
            s.append("</REPORTING-OWNER>").append(nl);
        }
        s.append("<ISSUER>").append(nl).append("<COMPANY-DATA>").append(nl);
        s.append("<CONFORMED-NAME>").append(doc.issuer.name.toUpperCase(Locale.ROOT)).append(nl);
        s.append("<CIK>").append(doc.issuer.cik).append(nl);
        s.append("<ASSIGNED-SIC>").append(doc.issuer.industry.replaceAll("\\D", "")).append(nl);
        s.append("</COMPANY-DATA>").append(nl).append("</ISSUER>").append(nl);
        s.append("<DOCUMENT>").append(nl).append("<TYPE>").append(doc.documentType).append(nl)
                .append("<SEQUENCE>1").append(nl).append("<FILENAME>").append(filing.fileName).append(nl)
                .append("<TEXT>").append(nl).append("<XML>\n");
        StringBuilder tail = new StringBuilder("\n</XML>\n</TEXT>\n</DOCUMENT>\n");
        if (filing.powerOfAttorney != null) {
            tail.append("<DOCUMENT>").append(nl).append("<TYPE>EX-24").append(nl).append("<SEQUENCE>2").append(nl)
                    .append("<FILENAME>poa.txt").append(nl).append("<TEXT>\n").append(filing.powerOfAttorney)
                    .append("\n</TEXT>\n</DOCUMENT>\n");
        }
        tail.append("</SUBMISSION>\n");
        return concat(s.toString().getBytes(StandardCharsets.ISO_8859_1), xml,
                tail.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static int trailingWhiteSpace(byte[] content) {
        int end = content.length;
        while (end > 0 && (content[end - 1] & 0xFF) <= ' ') {
            end--;
        }
        return content.length - end;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** The real exhibits, bare under {@code exhibits/} and once more inside a full submission. */
    private void writeRealExhibits() throws IOException {
        Path source = TestFilings.ROOT;
        List<Path> exhibits;
        try (Stream<Path> files = Files.list(source.resolve("units"))) {
            exhibits = new ArrayList<>(files.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList());
        }
        try (Stream<Path> files = Files.list(source.resolve("jointfiling"))) {
            exhibits.addAll(files.sorted().toList());
        }
        Path dir = root.resolve("exhibits");
        for (Path exhibit : exhibits) {
            byte[] content = Files.readAllBytes(exhibit);
            writeFile(dir.resolve(exhibit.getFileName().toString()), content);
            if (hashes.add(ContentHash.of(content))) {
                totals.otherDocuments++;
                totals.realExhibits++;
            }
        }
    }

    // ---- one filing ----

    private record Filing(String accession, LocalDate filingDate, boolean bare, String fileName, OwnershipXml document,
                          byte[] xml, String powerOfAttorney) {
    }

    /** What the link-amendments step matches an amendment on, for counting the links it must make. */
    private record Original(String documentType, String issuerCik, LocalDate period, Set<String> ownerCiks,
                            LocalDate filingDate) {

        String key() {
            return documentType + "|" + issuerCik + "|" + period;
        }
    }

    private record AmendmentKey(Original amended, LocalDate dateOfOriginalSubmission) {
    }

    private Filing filing(LocalDate filingDate, Container container) {
        boolean inSubmission = container == Container.FULL_SUBMISSION || container == Container.FEED_FILE
                || container == Container.FEED_ARCHIVE;
        while (true) {
            OwnershipXml document = document(filingDate);
            String accession = accession(filingDate, document);
            String powerOfAttorney = inSubmission && random.nextInt(10) == 0 ? powerOfAttorney(document, filingDate) : null;
            String fileName = switch (random.nextInt(3)) {
                case 0 -> "form" + document.documentType.replace("/", "") + ".xml";
                case 1 -> "wk-form" + document.documentType.replace("/", "").toLowerCase(Locale.ROOT) + "_"
                        + (1_704_000_000L + random.nextLong(32_000_000L)) + ".xml";
                default -> "primary_doc.xml";
            };
            byte[] xml = document.render().getBytes(StandardCharsets.UTF_8);
            // A collision is all but impossible; regenerating keeps every document stored, whatever the seed.
            if (!hashes.contains(ContentHash.of(xml))) {
                return new Filing(accession, filingDate, !inSubmission, fileName, document, xml, powerOfAttorney);
            }
        }
    }

    private void countDocument(Filing filing) {
        OwnershipXml doc = filing.document;
        byte[] xml = filing.xml;
        if (!hashes.add(ContentHash.of(xml))) {
            throw new IllegalStateException("two documents with the same content: " + filing.accession);
        }
        if (filing.powerOfAttorney != null
                && hashes.add(ContentHash.of(filing.powerOfAttorney.getBytes(StandardCharsets.UTF_8)))) {
            totals.otherDocuments++;
        }
        totals.documents++;
        // A submission's document comes out without the white space around it; a bare file is read whole.
        totals.ownershipBytes += filing.bare ? xml.length : xml.length - trailingWhiteSpace(xml);
        totals.reportingOwners += doc.owners.size();
        totals.footnotes += doc.footnotes.size();
        totals.signatures += doc.signatures.size();
        for (Row row : doc.rows) {
            switch (row.kind) {
                case NON_DERIVATIVE_TRANSACTION -> totals.nonDerivativeTransactions++;
                case NON_DERIVATIVE_HOLDING -> totals.nonDerivativeHoldings++;
                case DERIVATIVE_TRANSACTION -> totals.derivativeTransactions++;
                case DERIVATIVE_HOLDING -> totals.derivativeHoldings++;
            }
        }
        // A bare document has no filing date in the database: the link step then matches without it.
        boolean bare = filing.bare;
        Set<String> ownerCiks = new HashSet<>();
        doc.owners.forEach(o -> ownerCiks.add(o.cik));
        Original stored = new Original(doc.documentType, doc.issuer.cik, doc.periodOfReport, ownerCiks,
                bare ? null : filing.filingDate);
        if (doc.amends != null) {
            totals.amendments++;
            amendmentKeys.add(new AmendmentKey(stored, doc.dateOfOriginalSubmission));
        } else {
            originalsByKey.computeIfAbsent(stored.key(), k -> new ArrayList<>()).add(stored);
            // An amendment amends the issuer's latest original, and states the date it was really filed.
            doc.issuer.lastOriginal = new Original(doc.documentType, doc.issuer.cik, doc.periodOfReport, ownerCiks,
                    filing.filingDate);
        }
    }

    /** Mirrors LinkAmendmentsBatchlet: the same type, issuer and period, an owner in common, the date where known. */
    private long countAmendmentLinks() {
        long links = 0;
        for (AmendmentKey amendment : amendmentKeys) {
            Original a = amendment.amended;
            String originalType = a.documentType.replace("/A", "");
            List<Original> candidates = originalsByKey.getOrDefault(originalType + "|" + a.issuerCik + "|" + a.period, List.of());
            long matches = candidates.stream()
                    .filter(o -> o.ownerCiks.stream().anyMatch(a.ownerCiks::contains))
                    .filter(o -> amendment.dateOfOriginalSubmission == null || o.filingDate == null
                            || o.filingDate.equals(amendment.dateOfOriginalSubmission))
                    .count();
            if (matches == 1) {
                links++;
            }
        }
        return links;
    }

    private String accession(LocalDate filingDate, OwnershipXml document) {
        // Filing agents file most Forms 4; some insiders file under their own CIK.
        String filer = random.nextInt(4) == 0 ? document.owners.get(0).cik : FILING_AGENTS[random.nextInt(FILING_AGENTS.length)];
        String key = filer + "-" + (filingDate.getYear() % 100);
        int sequence = accessionCounters.merge(key, 1, Integer::sum);
        return String.format(Locale.ROOT, "%s-%02d-%06d", filer, filingDate.getYear() % 100, sequence);
    }

    private static final String[] FILING_AGENTS = {"0001209191", "0001127602", "0001437749", "0001062993",
            "0000899243", "0001140361", "0001179110", "0001225208", "0001415889", "0001562180"};

    // ---- the ownership document ----

    private OwnershipXml document(LocalDate filingDate) {
        Issuer issuer = issuer(random.nextInt(issuerCount));
        int formRoll = random.nextInt(1000);
        OwnershipXml doc = new OwnershipXml();
        doc.issuer = issuer;
        doc.schemaVersion = schemaVersion();
        doc.style = Style.of(random);
        Original amended = formRoll < 40 ? issuer.lastOriginal : null;
        if (amended != null && !amended.filingDate.isAfter(filingDate)) {
            // An amendment of an earlier filing of this issuer: same period, owners and form.
            doc.amends = amended;
            doc.documentType = amended.documentType + "/A";
            doc.periodOfReport = amended.period;
            doc.dateOfOriginalSubmission = random.nextInt(10) == 0 ? null : amended.filingDate;
            for (Person insider : issuer.insiders) {
                if (amended.ownerCiks.contains(insider.cik)) {
                    doc.owners.add(insider);
                }
            }
        } else {
            doc.documentType = formRoll < 60 ? "3" : formRoll < 100 ? "5" : "4";
            doc.periodOfReport = doc.documentType.equals("5") ? LocalDate.of(YEAR - 1, 12, 31)
                    : filingDate.minusDays(random.nextInt(random.nextInt(8) == 0 ? 30 : 3));
            doc.owners.addAll(owners(issuer));
        }
        doc.notSubjectToSection16 = doc.documentType.startsWith("3") ? null : Boolean.FALSE;
        if (doc.schemaVersion.compareTo("X0407") >= 0 && !doc.documentType.startsWith("3")) {
            doc.aff10b5One = random.nextInt(8) == 0;
        }
        if (doc.documentType.startsWith("5")) {
            doc.form3HoldingsReported = random.nextBoolean();
            doc.form4TransactionsReported = random.nextBoolean();
        }
        fill(doc, filingDate);
        return doc;
    }

    private String schemaVersion() {
        int roll = random.nextInt(100);
        return roll < 5 ? "X0201" : roll < 15 ? "X0206" : roll < 50 ? "X0306" : roll < 75 ? "X0407" : "X0508";
    }

    private List<Person> owners(Issuer issuer) {
        int roll = random.nextInt(100);
        int count = roll < 85 ? 1 : roll < 95 ? 2 : 3;
        List<Person> owners = new ArrayList<>();
        if (count > 1) {
            // Joint filers: a fund, its general partner and its manager file together.
            int first = random.nextInt(issuer.funds.size() - 2);
            for (int i = 0; i < count; i++) {
                owners.add(issuer.funds.get(first + i));
            }
        } else {
            owners.add(issuer.insiders.get(random.nextInt(issuer.insiders.size())));
        }
        return owners;
    }

    /** Rows and footnotes until the document reaches a size drawn around the median. */
    private void fill(OwnershipXml doc, LocalDate filingDate) {
        double drawn = MEDIAN_TARGET_BYTES * Math.exp(0.55 * gaussian());
        int target = (int) Math.max(MIN_DOCUMENT_BYTES + 200, Math.min(MAX_DOCUMENT_BYTES - 600, drawn));
        boolean form3 = doc.documentType.startsWith("3");
        if (form3 && random.nextInt(10) == 0) {
            doc.noSecuritiesOwned = true;
        }
        int transactions = 0;
        int holdings = 0;
        BigDecimal owned = shares(2_000, 2_000_000);
        LocalDate tradeDate = doc.periodOfReport;
        String security = SECURITIES[random.nextInt(SECURITIES.length)];
        while (true) {
            int size = doc.estimatedSize();
            boolean enough = form3 ? holdings >= 1 || doc.noSecuritiesOwned : transactions >= 1;
            if (enough && size >= target) {
                break;
            }
            Row row;
            if (form3) {
                if (doc.noSecuritiesOwned || holdings >= 12) {
                    break;
                }
                row = random.nextInt(4) == 0 ? derivative(RowKind.DERIVATIVE_HOLDING, doc, tradeDate) : nonDerivativeHolding(doc, security, owned);
                holdings++;
            } else {
                if (transactions >= MAX_TRANSACTIONS) {
                    break;
                }
                if (holdings < 4 && transactions > 0 && random.nextInt(8) == 0) {
                    row = random.nextInt(3) == 0 ? derivative(RowKind.DERIVATIVE_HOLDING, doc, tradeDate)
                            : nonDerivativeHolding(doc, security, shares(500, 900_000));
                    holdings++;
                } else if (random.nextInt(4) == 0) {
                    row = derivative(RowKind.DERIVATIVE_TRANSACTION, doc, tradeDate);
                    transactions++;
                } else {
                    row = nonDerivativeTransaction(doc, security, tradeDate, owned);
                    owned = row.following;
                    transactions++;
                }
            }
            int rowSize = doc.style.estimate(row);
            if (enough && size + rowSize > MAX_DOCUMENT_BYTES - 1_500) {
                break;
            }
            doc.rows.add(row);
        }
        if (random.nextInt(5) == 0) {
            doc.remarks = sentence(40, 400);
        }
        doc.signatures.add(signature(doc.owners.get(0), filingDate));
        if (doc.owners.size() > 1 && random.nextBoolean()) {
            for (int i = 1; i < doc.owners.size(); i++) {
                doc.signatures.add(signature(doc.owners.get(i), filingDate));
            }
        }
        // Too large for the estimate: the last rows go. Too small: explanations, as filers add, until it is not.
        while (doc.render().length() > MAX_DOCUMENT_BYTES && doc.rows.size() > 1) {
            doc.rows.remove(doc.rows.size() - 1);
        }
        while (doc.render().length() < MIN_DOCUMENT_BYTES) {
            String id = doc.footnote(sentence(300, 900));
            if (!doc.rows.isEmpty()) {
                doc.rows.get(random.nextInt(doc.rows.size())).footnote("securityTitle", id);
            }
        }
        doc.rows.sort((a, b) -> Integer.compare(a.kind.ordinal(), b.kind.ordinal()));
    }

    private Row nonDerivativeTransaction(OwnershipXml doc, String security, LocalDate tradeDate, BigDecimal owned) {
        Row row = new Row(RowKind.NON_DERIVATIVE_TRANSACTION);
        row.securityTitle = security;
        row.date = tradeDate.minusDays(random.nextInt(3));
        row.code = NON_DERIVATIVE_CODES[random.nextInt(NON_DERIVATIVE_CODES.length)];
        row.formType = doc.documentType.replace("/A", "");
        row.acquired = ACQUIRED_CODES.contains(row.code);
        row.shares = shares(10, 120_000);
        row.price = row.code.equals("G") || row.code.equals("A") || row.code.equals("F") && random.nextBoolean()
                ? BigDecimal.ZERO : price();
        row.following = row.acquired ? owned.add(row.shares) : owned.subtract(row.shares).max(BigDecimal.ZERO);
        row.direct = random.nextInt(6) != 0;
        if (!row.direct) {
            row.nature = NATURES[random.nextInt(NATURES.length)];
            row.footnote("natureOfOwnership", doc.footnote(trustFootnote(doc)));
        }
        if (row.code.equals("S") && random.nextInt(3) == 0) {
            row.footnote("transactionCoding", doc.sharedFootnote("plan", () -> "The transactions reported on this Form 4 were effected pursuant to a Rule 10b5-1 trading plan adopted by the reporting person on "
                    + tradeDate.minusDays(90 + random.nextInt(200)).format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US)) + "."));
        }
        if ((row.code.equals("S") || row.code.equals("P")) && random.nextInt(3) == 0) {
            BigDecimal low = row.price.subtract(new BigDecimal("0.35"));
            row.footnote("transactionPricePerShare", doc.footnote("The price reported in Column 4 is a weighted average price. These shares were "
                    + (row.code.equals("S") ? "sold" : "purchased") + " in multiple transactions at prices ranging from $"
                    + low.setScale(2, RoundingMode.HALF_UP) + " to $" + row.price.add(new BigDecimal("0.41")).setScale(2, RoundingMode.HALF_UP)
                    + ", inclusive. The reporting person undertakes to provide to the issuer, any security holder of the issuer, or the staff of the Securities and Exchange Commission, upon request, full information regarding the number of shares "
                    + (row.code.equals("S") ? "sold" : "purchased") + " at each separate price within the range set forth in this footnote."));
        }
        if (row.code.equals("A") && random.nextInt(3) == 0) {
            // A value given only as a footnote: no <value>, only its id.
            row.priceOnlyFootnote = true;
            row.footnote("transactionPricePerShare", doc.footnote("Represents restricted stock units granted under the issuer's "
                    + (2015 + random.nextInt(9)) + " Equity Incentive Plan; each unit represents a contingent right to receive one share of common stock."));
        }
        if (row.code.equals("F")) {
            row.footnote("transactionCode", doc.sharedFootnote("tax", () -> "Represents shares withheld by the issuer to satisfy tax withholding obligations in connection with the vesting of restricted stock units."));
        }
        if (random.nextInt(20) == 0) {
            row.deemedExecutionDate = row.date;
        }
        if (random.nextInt(30) == 0) {
            row.timeliness = "L";
        }
        return row;
    }

    private Row nonDerivativeHolding(OwnershipXml doc, String security, BigDecimal owned) {
        Row row = new Row(RowKind.NON_DERIVATIVE_HOLDING);
        row.securityTitle = random.nextInt(5) == 0 ? SECURITIES[random.nextInt(SECURITIES.length)] : security;
        row.following = owned;
        row.direct = random.nextInt(3) == 0;
        if (!row.direct) {
            row.nature = NATURES[random.nextInt(NATURES.length)];
            row.footnote("natureOfOwnership", doc.footnote(trustFootnote(doc)));
        }
        if (doc.documentType.startsWith("5")) {
            row.formType = "5";
        }
        return row;
    }

    private Row derivative(RowKind kind, OwnershipXml doc, LocalDate tradeDate) {
        Row row = new Row(kind);
        int type = random.nextInt(DERIVATIVES.length);
        row.securityTitle = DERIVATIVES[type];
        row.underlyingTitle = random.nextInt(4) == 0 ? "Class A Common Stock" : "Common Stock";
        boolean option = type < 2;
        row.exercisePrice = option ? price() : null;
        if (!option) {
            row.footnote("conversionOrExercisePrice", doc.sharedFootnote("rsu", () -> "Each restricted stock unit represents a contingent right to receive one share of the issuer's common stock."));
        }
        if (random.nextBoolean()) {
            row.footnote("exerciseDate", doc.footnote("The " + (option ? "option" : "restricted stock units") + " vest"
                    + (option ? "s" : "") + " in " + (4 + random.nextInt(13)) + " equal quarterly installments beginning on "
                    + tradeDate.plusMonths(3).format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US))
                    + ", subject to the reporting person's continued service through each vesting date."));
        } else {
            row.exerciseDate = tradeDate.plusYears(1);
        }
        row.expirationDate = option ? tradeDate.plusYears(10) : null;
        if (!option) {
            row.footnote("expirationDate", doc.sharedFootnote("noexpiry", () -> "Restricted stock units do not expire; they either vest or are canceled prior to the vesting date."));
        }
        row.following = shares(100, 500_000);
        row.direct = random.nextInt(8) != 0;
        if (!row.direct) {
            row.nature = NATURES[random.nextInt(NATURES.length)];
        }
        if (kind == RowKind.DERIVATIVE_TRANSACTION) {
            row.date = tradeDate.minusDays(random.nextInt(3));
            row.code = DERIVATIVE_CODES[random.nextInt(DERIVATIVE_CODES.length)];
            row.formType = doc.documentType.replace("/A", "");
            row.acquired = row.code.equals("A") || row.code.equals("J") && random.nextBoolean();
            row.shares = shares(100, 250_000);
            row.price = BigDecimal.ZERO;
            row.underlyingShares = row.shares;
        } else {
            row.underlyingShares = row.following;
        }
        return row;
    }

    private String trustFootnote(OwnershipXml doc) {
        Person owner = doc.owners.get(0);
        return switch (random.nextInt(4)) {
            case 0 -> "The shares are held by the " + owner.lastName + " Family Trust, of which the reporting person is a trustee.";
            case 1 -> "The shares are held by the " + owner.lastName + " " + (2010 + random.nextInt(14))
                    + " Grantor Retained Annuity Trust for which the reporting person is the trustee and an annuitant. The reporting person disclaims beneficial ownership of these securities except to the extent of his or her pecuniary interest therein.";
            case 2 -> "Held by " + owner.lastName + " Investments LLC, of which the reporting person is the managing member. The reporting person disclaims beneficial ownership except to the extent of his or her pecuniary interest therein, and this report shall not be deemed an admission that the reporting person is the beneficial owner of such securities for purposes of Section 16 or for any other purpose.";
            default -> "Shares held in the issuer's 401(k) plan as of " + doc.periodOfReport + ", based on the most recent plan statement.";
        };
    }

    private OwnershipXml.Signature signature(Person owner, LocalDate filingDate) {
        String name = random.nextInt(3) == 0 ? "/s/ " + owner.name
                : "/s/ " + FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)]
                + ", Attorney-in-Fact for " + owner.name;
        return new OwnershipXml.Signature(name, filingDate.minusDays(random.nextInt(2)));
    }

    private String powerOfAttorney(OwnershipXml doc, LocalDate filingDate) {
        Person owner = doc.owners.get(0);
        return "POWER OF ATTORNEY\n\nKnow all by these presents, that the undersigned, " + owner.name
                + ", hereby constitutes and appoints each of " + FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
                + LAST_NAMES[random.nextInt(LAST_NAMES.length)] + " and " + FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
                + LAST_NAMES[random.nextInt(LAST_NAMES.length)] + ", signing singly, the undersigned's true and lawful attorney-in-fact to\n"
                + "(1) execute for and on behalf of the undersigned, in the undersigned's capacity as an officer and/or director of "
                + doc.issuer.name + " (the \"Company\"), Forms 3, 4 and 5 in accordance with Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder;\n"
                + "(2) do and perform any and all acts for and on behalf of the undersigned which may be necessary or desirable to complete and execute any such Form 3, 4 or 5 and timely file such form with the United States Securities and Exchange Commission; and\n"
                + "(3) take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such attorney-in-fact, may be of benefit to the undersigned.\n\n"
                + "IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of "
                + filingDate.minusDays(random.nextInt(400)).format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US)) + ".\n\n/s/ " + owner.name + "\n";
    }

    private BigDecimal shares(int min, int max) {
        int value = min + random.nextInt(max - min);
        // Most share counts are whole; reinvested dividends and ESPP purchases bring fractions.
        return random.nextInt(12) == 0 ? BigDecimal.valueOf(value * 1000L + random.nextInt(1000), 3) : BigDecimal.valueOf(value);
    }

    private BigDecimal price() {
        double price = Math.exp(1 + random.nextDouble() * 5.5);
        int scale = random.nextInt(4) == 0 ? 4 : 2;
        return BigDecimal.valueOf(price).setScale(scale, RoundingMode.HALF_UP);
    }

    private double gaussian() {
        // Box-Muller on the seeded generator (SplittableRandom has no nextGaussian in Java 17).
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private String sentence(int minLength, int maxLength) {
        int length = minLength + random.nextInt(maxLength - minLength);
        StringBuilder s = new StringBuilder(length + 20);
        while (s.length() < length) {
            if (s.length() > 0) {
                s.append(random.nextInt(9) == 0 ? ". " : " ");
            }
            String word = WORDS[random.nextInt(WORDS.length)];
            s.append(s.length() == 0 || s.charAt(s.length() - 2) == '.' ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        return s.append('.').toString();
    }

    // ---- issuers and their insiders: each made from its own seed, so the order of use does not matter ----

    private Issuer issuer(int index) {
        return issuers.computeIfAbsent(index, i -> new Issuer(i, new SplittableRandom(seed * 1_000_003L + i)));
    }

    private static final class Issuer {
        final String cik;
        final String name;
        final String fileNumber;
        final String industry;
        final String irsNumber;
        final String street;
        final String city;
        final String state;
        final String zip;
        final List<Person> insiders = new ArrayList<>();
        final List<Person> funds = new ArrayList<>();
        Original lastOriginal;

        Issuer(int index, SplittableRandom r) {
            cik = String.format(Locale.ROOT, "%010d", 1_000 + index * 37L + r.nextInt(37));
            String stem = NAME_STEMS[r.nextInt(NAME_STEMS.length)] + " " + NAME_SUFFIXES[r.nextInt(NAME_SUFFIXES.length)];
            name = stem + ", " + CORPORATE[r.nextInt(CORPORATE.length)] + (r.nextInt(20) == 0 ? " & Co" : "");
            fileNumber = String.format(Locale.ROOT, "001-%05d", r.nextInt(100_000));
            industry = INDUSTRIES[r.nextInt(INDUSTRIES.length)];
            irsNumber = String.format(Locale.ROOT, "%09d", r.nextInt(1_000_000_000));
            int city = r.nextInt(CITIES.length);
            street = (1 + r.nextInt(9_000)) + " " + STREETS[r.nextInt(STREETS.length)];
            this.city = CITIES[city][0];
            state = CITIES[city][1];
            zip = CITIES[city][2];
            int officers = 4 + r.nextInt(12);
            for (int i = 0; i < officers; i++) {
                insiders.add(Person.insider(r, this, i));
            }
            String fund = LAST_NAMES[r.nextInt(LAST_NAMES.length)] + " " + FUND_WORDS[r.nextInt(FUND_WORDS.length)];
            for (int i = 0; i < 3; i++) {
                Person entity = Person.fund(r, fund, i);
                funds.add(entity);
                insiders.add(entity);
            }
        }
    }

    private static final class Person {
        String cik;
        String name;
        String lastName;
        String street;
        String city;
        String state;
        String zip;
        boolean director;
        boolean officer;
        boolean tenPercent;
        boolean other;
        String title;
        String otherText;

        static Person insider(SplittableRandom r, Issuer issuer, int index) {
            Person p = new Person();
            p.cik = String.format(Locale.ROOT, "%010d", 1_100_000 + r.nextInt(900_000));
            p.lastName = LAST_NAMES[r.nextInt(LAST_NAMES.length)];
            String first = FIRST_NAMES[r.nextInt(FIRST_NAMES.length)];
            p.name = p.lastName + " " + first + (r.nextInt(3) == 0 ? " " + (char) ('A' + r.nextInt(26)) + "." : "");
            p.street = "C/O " + issuer.name.toUpperCase(Locale.ROOT).replace("&", "AND") + ", " + issuer.street;
            p.city = issuer.city;
            p.state = issuer.state;
            p.zip = issuer.zip;
            if (index < 2 || r.nextInt(3) > 0) {
                p.officer = true;
                p.title = TITLES[index < 2 ? index : r.nextInt(TITLES.length)];
                p.director = index == 0 && r.nextBoolean();
            } else {
                p.director = true;
            }
            return p;
        }

        static Person fund(SplittableRandom r, String fund, int index) {
            Person p = new Person();
            p.cik = String.format(Locale.ROOT, "%010d", 1_500_000 + r.nextInt(500_000));
            p.name = fund + (index == 0 ? " Fund " + (char) ('I' + r.nextInt(4)) + ", L.P." : index == 1 ? " GP, LLC" : " Management, L.P.");
            p.lastName = fund;
            p.street = (1 + r.nextInt(900)) + " " + STREETS[r.nextInt(STREETS.length)] + ", Suite " + (100 + r.nextInt(4000));
            p.city = "NEW YORK";
            p.state = "NY";
            p.zip = "10022";
            p.tenPercent = true;
            if (r.nextInt(4) == 0) {
                p.other = true;
                p.otherText = "Member of a Section 13(d) group";
            }
            return p;
        }
    }

    // ---- the XML, rendered in the filer software's style ----

    private enum RowKind { NON_DERIVATIVE_TRANSACTION, NON_DERIVATIVE_HOLDING, DERIVATIVE_TRANSACTION, DERIVATIVE_HOLDING }

    private static final class Row {
        final RowKind kind;
        final Map<String, List<String>> footnotes = new HashMap<>();
        String securityTitle;
        LocalDate date;
        LocalDate deemedExecutionDate;
        String formType;
        String code;
        String timeliness;
        boolean acquired;
        BigDecimal shares;
        BigDecimal price;
        boolean priceOnlyFootnote;
        BigDecimal following;
        boolean direct;
        String nature;
        BigDecimal exercisePrice;
        LocalDate exerciseDate;
        LocalDate expirationDate;
        String underlyingTitle;
        BigDecimal underlyingShares;

        Row(RowKind kind) {
            this.kind = kind;
        }

        void footnote(String field, String id) {
            List<String> ids = footnotes.computeIfAbsent(field, f -> new ArrayList<>());
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
    }

    /** Indentation, blank lines and line ends: filer software differs in all three. */
    private record Style(String indent, boolean blankLines, String newline, boolean declaration) {

        static Style of(SplittableRandom r) {
            int roll = r.nextInt(10);
            String newline = r.nextInt(8) == 0 ? "\r\n" : "\n";
            return switch (roll) {
                case 0, 1, 2, 3 -> new Style("    ", true, newline, true);
                case 4, 5, 6 -> new Style("    ", false, newline, r.nextBoolean());
                case 7, 8 -> new Style("  ", false, newline, true);
                default -> new Style("", false, newline, true);
            };
        }

        int estimate(Row row) {
            int perLine = indent.length() * 3 + newline.length();
            int lines = switch (row.kind) {
                case NON_DERIVATIVE_TRANSACTION -> 33;
                case NON_DERIVATIVE_HOLDING -> 16;
                case DERIVATIVE_TRANSACTION -> 48;
                case DERIVATIVE_HOLDING -> 34;
            };
            int text = switch (row.kind) {
                case NON_DERIVATIVE_TRANSACTION -> 820;
                case NON_DERIVATIVE_HOLDING -> 420;
                case DERIVATIVE_TRANSACTION -> 1_250;
                case DERIVATIVE_HOLDING -> 900;
            };
            return text + lines * perLine + row.footnotes.size() * 30;
        }
    }

    private static final class OwnershipXml {
        record Signature(String name, LocalDate date) {
        }

        Issuer issuer;
        String schemaVersion;
        String documentType;
        LocalDate periodOfReport;
        LocalDate dateOfOriginalSubmission;
        Boolean notSubjectToSection16;
        Boolean form3HoldingsReported;
        Boolean form4TransactionsReported;
        boolean noSecuritiesOwned;
        Boolean aff10b5One;
        Original amends;
        Style style;
        final List<Person> owners = new ArrayList<>();
        final List<Row> rows = new ArrayList<>();
        final Map<String, String> footnotes = new LinkedHashMap<>();
        final Map<String, String> sharedFootnotes = new HashMap<>();
        String remarks;
        final List<Signature> signatures = new ArrayList<>();

        String footnote(String text) {
            String id = "F" + (footnotes.size() + 1);
            footnotes.put(id, text);
            return id;
        }

        String sharedFootnote(String key, java.util.function.Supplier<String> text) {
            return sharedFootnotes.computeIfAbsent(key, k -> footnote(text.get()));
        }

        int estimatedSize() {
            int size = 1_100 + owners.size() * 900;
            for (Row row : rows) {
                size += style.estimate(row);
            }
            for (String footnote : footnotes.values()) {
                size += footnote.length() + 40;
            }
            return size + 200;
        }

        String render() {
            Xml x = new Xml(style);
            if (style.declaration) {
                x.line(0, "<?xml version=\"1.0\"?>");
            }
            x.open(0, "ownershipDocument");
            x.leaf(1, "schemaVersion", schemaVersion);
            x.leaf(1, "documentType", documentType);
            x.leaf(1, "periodOfReport", periodOfReport.toString());
            if (dateOfOriginalSubmission != null) {
                x.leaf(1, "dateOfOriginalSubmission", dateOfOriginalSubmission.toString());
            }
            if (noSecuritiesOwned) {
                x.leaf(1, "noSecuritiesOwned", "1");
            }
            if (notSubjectToSection16 != null) {
                x.leaf(1, "notSubjectToSection16", notSubjectToSection16 ? "1" : "0");
            }
            if (form3HoldingsReported != null) {
                x.leaf(1, "form3HoldingsReported", form3HoldingsReported ? "1" : "0");
                x.leaf(1, "form4TransactionsReported", form4TransactionsReported ? "1" : "0");
            }
            x.open(1, "issuer");
            x.leaf(2, "issuerCik", issuer.cik);
            x.leaf(2, "issuerName", issuer.name.toUpperCase(Locale.ROOT));
            x.leaf(2, "issuerTradingSymbol", ticker(issuer));
            x.close(1, "issuer");
            for (Person owner : owners) {
                x.open(1, "reportingOwner");
                x.open(2, "reportingOwnerId");
                x.leaf(3, "rptOwnerCik", owner.cik);
                x.leaf(3, "rptOwnerName", owner.name);
                x.close(2, "reportingOwnerId");
                x.open(2, "reportingOwnerAddress");
                x.leaf(3, "rptOwnerStreet1", owner.street);
                x.leaf(3, "rptOwnerStreet2", "");
                x.leaf(3, "rptOwnerCity", owner.city);
                x.leaf(3, "rptOwnerState", owner.state);
                x.leaf(3, "rptOwnerZipCode", owner.zip);
                x.leaf(3, "rptOwnerStateDescription", "");
                x.close(2, "reportingOwnerAddress");
                x.open(2, "reportingOwnerRelationship");
                x.leaf(3, "isDirector", owner.director ? "1" : "0");
                x.leaf(3, "isOfficer", owner.officer ? "1" : "0");
                x.leaf(3, "isTenPercentOwner", owner.tenPercent ? "1" : "0");
                x.leaf(3, "isOther", owner.other ? "1" : "0");
                if (owner.title != null) {
                    x.leaf(3, "officerTitle", owner.title);
                }
                if (owner.otherText != null) {
                    x.leaf(3, "otherText", owner.otherText);
                }
                x.close(2, "reportingOwnerRelationship");
                x.close(1, "reportingOwner");
            }
            if (aff10b5One != null) {
                x.leaf(1, "aff10b5One", aff10b5One ? "1" : "0");
            }
            table(x, "nonDerivativeTable", RowKind.NON_DERIVATIVE_TRANSACTION, RowKind.NON_DERIVATIVE_HOLDING);
            table(x, "derivativeTable", RowKind.DERIVATIVE_TRANSACTION, RowKind.DERIVATIVE_HOLDING);
            if (!footnotes.isEmpty()) {
                x.open(1, "footnotes");
                footnotes.forEach((id, text) -> x.line(2, "<footnote id=\"" + id + "\">" + escape(text) + "</footnote>"));
                x.close(1, "footnotes");
            }
            if (remarks != null) {
                x.leaf(1, "remarks", remarks);
            } else if (style.blankLines) {
                x.line(1, "<remarks></remarks>");
            }
            for (Signature signature : signatures) {
                x.open(1, "ownerSignature");
                x.leaf(2, "signatureName", signature.name);
                x.leaf(2, "signatureDate", signature.date.toString());
                x.close(1, "ownerSignature");
            }
            x.line(0, "</ownershipDocument>");
            return x.toString();
        }

        private void table(Xml x, String name, RowKind transaction, RowKind holding) {
            boolean any = rows.stream().anyMatch(r -> r.kind == transaction || r.kind == holding);
            if (!any) {
                if (style.blankLines) {
                    x.line(1, "<" + name + "></" + name + ">");
                }
                return;
            }
            x.open(1, name);
            for (Row row : rows) {
                if (row.kind == transaction || row.kind == holding) {
                    row(x, row);
                }
            }
            x.close(1, name);
        }

        private static void row(Xml x, Row row) {
            String element = switch (row.kind) {
                case NON_DERIVATIVE_TRANSACTION -> "nonDerivativeTransaction";
                case NON_DERIVATIVE_HOLDING -> "nonDerivativeHolding";
                case DERIVATIVE_TRANSACTION -> "derivativeTransaction";
                case DERIVATIVE_HOLDING -> "derivativeHolding";
            };
            boolean derivative = row.kind == RowKind.DERIVATIVE_TRANSACTION || row.kind == RowKind.DERIVATIVE_HOLDING;
            boolean transaction = row.kind == RowKind.NON_DERIVATIVE_TRANSACTION || row.kind == RowKind.DERIVATIVE_TRANSACTION;
            x.open(2, element);
            x.value(3, "securityTitle", row.securityTitle, row);
            if (derivative) {
                x.value(3, "conversionOrExercisePrice", plain(row.exercisePrice), row);
            }
            if (transaction) {
                x.value(3, "transactionDate", row.date.toString(), row);
                if (row.deemedExecutionDate != null) {
                    x.value(3, "deemedExecutionDate", row.deemedExecutionDate.toString(), row);
                }
                x.open(3, "transactionCoding");
                x.leaf(4, "transactionFormType", row.formType);
                x.leaf(4, "transactionCode", row.code);
                x.leaf(4, "equitySwapInvolved", "0");
                x.footnoteIds(4, row.footnotes.get("transactionCoding"));
                x.footnoteIds(4, row.footnotes.get("transactionCode"));
                x.close(3, "transactionCoding");
                if (row.timeliness != null) {
                    x.value(3, "transactionTimeliness", row.timeliness, row);
                }
                x.open(3, "transactionAmounts");
                x.value(4, "transactionShares", plain(row.shares), row);
                x.value(4, "transactionPricePerShare", row.priceOnlyFootnote ? null : plain(row.price), row);
                x.value(4, "transactionAcquiredDisposedCode", row.acquired ? "A" : "D", row);
                x.close(3, "transactionAmounts");
            } else if (row.formType != null) {
                x.open(3, "transactionCoding");
                x.leaf(4, "transactionFormType", row.formType);
                x.close(3, "transactionCoding");
            }
            if (derivative) {
                x.value(3, "exerciseDate", row.exerciseDate == null ? null : row.exerciseDate.toString(), row);
                x.value(3, "expirationDate", row.expirationDate == null ? null : row.expirationDate.toString(), row);
                x.open(3, "underlyingSecurity");
                x.value(4, "underlyingSecurityTitle", row.underlyingTitle, row);
                x.value(4, "underlyingSecurityShares", plain(row.underlyingShares), row);
                x.close(3, "underlyingSecurity");
            }
            x.open(3, "postTransactionAmounts");
            x.value(4, "sharesOwnedFollowingTransaction", plain(row.following), row);
            x.close(3, "postTransactionAmounts");
            x.open(3, "ownershipNature");
            x.value(4, "directOrIndirectOwnership", row.direct ? "D" : "I", row);
            if (row.nature != null) {
                x.value(4, "natureOfOwnership", row.nature, row);
            }
            x.close(3, "ownershipNature");
            x.close(2, element);
        }

        private static String plain(BigDecimal value) {
            return value == null ? null : value.toPlainString();
        }

        private static String ticker(Issuer issuer) {
            StringBuilder ticker = new StringBuilder();
            for (String word : issuer.name.split("[ ,&]+")) {
                if (!word.isEmpty() && ticker.length() < 4) {
                    ticker.append(Character.toUpperCase(word.charAt(0)));
                }
            }
            return ticker.append((char) ('A' + Integer.parseInt(issuer.cik.substring(7)) % 26)).toString();
        }
    }

    /** Writes elements line by line in a style; values and their footnote references as the schema nests them. */
    private static final class Xml {
        private final Style style;
        private final StringBuilder out = new StringBuilder(8 * 1024);

        Xml(Style style) {
            this.style = style;
        }

        void line(int depth, String text) {
            out.append(style.indent.repeat(depth)).append(text).append(style.newline);
            if (depth == 1 && style.blankLines && text.startsWith("</")) {
                out.append(style.newline);
            }
        }

        void open(int depth, String name) {
            out.append(style.indent.repeat(depth)).append('<').append(name).append('>').append(style.newline);
        }

        void close(int depth, String name) {
            line(depth, "</" + name + ">");
        }

        void leaf(int depth, String name, String value) {
            String text = "<" + name + ">" + escape(value) + "</" + name + ">";
            out.append(style.indent.repeat(depth)).append(text).append(style.newline);
            if (depth == 1 && style.blankLines) {
                out.append(style.newline);
            }
        }

        void footnoteIds(int depth, List<String> ids) {
            if (ids != null) {
                for (String id : ids) {
                    line(depth, "<footnoteId id=\"" + id + "\"/>");
                }
            }
        }

        /** {@code <name><value>v</value><footnoteId id="F1"/></name>}; nothing when there is neither. */
        void value(int depth, String name, String value, Row row) {
            List<String> ids = row.footnotes.get(name);
            if (value == null && (ids == null || ids.isEmpty())) {
                return;
            }
            open(depth, name);
            if (value != null) {
                leaf(depth + 1, "value", value);
            }
            footnoteIds(depth + 1, ids);
            close(depth, name);
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Counters of what was written. */
    private static final class Totals {
        long documents;
        long otherDocuments;
        long realExhibits;
        long files;
        long bytes;
        long ownershipBytes;
        long amendments;
        long amendmentLinks;
        long reportingOwners;
        long nonDerivativeTransactions;
        long nonDerivativeHoldings;
        long derivativeTransactions;
        long derivativeHoldings;
        long footnotes;
        long signatures;

        Summary summary() {
            return new Summary(documents, otherDocuments, realExhibits, files, bytes, ownershipBytes, amendments,
                    amendmentLinks, reportingOwners, nonDerivativeTransactions, nonDerivativeHoldings,
                    derivativeTransactions, derivativeHoldings, footnotes, signatures);
        }
    }

    // ---- vocabulary ----

    private static final String[] NON_DERIVATIVE_CODES = {"S", "S", "S", "S", "S", "S", "P", "P", "A", "A", "A", "F",
            "F", "F", "M", "M", "M", "G", "G", "D", "C", "X", "J", "I", "W", "L", "Z", "E", "H", "O", "U", "K", "V"};
    private static final Set<String> ACQUIRED_CODES = Set.of("P", "A", "M", "C", "X", "L", "W", "Z", "O", "E", "I");
    private static final String[] DERIVATIVE_CODES = {"M", "M", "M", "A", "A", "X", "C", "F", "J"};
    private static final String[] SECURITIES = {"Common Stock", "Common Stock", "Common Stock", "Class A Common Stock",
            "Class B Common Stock", "Ordinary Shares", "Common Stock, par value $0.01 per share",
            "American Depositary Shares"};
    private static final String[] DERIVATIVES = {"Stock Option (Right to Buy)", "Employee Stock Option (right to buy)",
            "Restricted Stock Units", "Performance Stock Units", "Series A Convertible Preferred Stock", "Warrants (right to buy)"};
    private static final String[] NATURES = {"By Trust", "By Family Trust", "By Spouse", "By LLC", "By 401(k) Plan",
            "See Footnote", "By Limited Partnership", "By GRAT"};
    private static final String[] TITLES = {"Chief Executive Officer", "Chief Financial Officer", "General Counsel and Secretary",
            "Chief Operating Officer", "EVP, Chief Technology Officer", "SVP, Chief Accounting Officer", "President",
            "Chief People Officer", "EVP, Global Sales", "Chief Marketing Officer"};
    private static final String[] FIRST_NAMES = {"Michael", "Jennifer", "David", "Sarah", "Robert", "Jessica", "James",
            "Laura", "William", "Maria", "Richard", "Karen", "Thomas", "Susan", "Daniel", "Sohail", "Priya", "Wei",
            "Olga", "Carlos", "Ahmed", "Ingrid", "Kenji", "Fatima", "Luca", "Aisha", "Pierre", "Sofia"};
    private static final String[] LAST_NAMES = {"Smith", "Johnson", "Garcia", "Chen", "Patel", "Nguyen", "Kim", "Miller",
            "Davis", "Rodriguez", "Martinez", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee",
            "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Scott",
            "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips",
            "Evans", "Turner", "Torres", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers"};
    private static final String[] NAME_STEMS = {"Apex", "Summit", "Blue Ridge", "Northwind", "Cascade", "Pinnacle",
            "Harbor", "Silverline", "Redwood", "Granite", "Meridian", "Atlas", "Beacon", "Crescent", "Evergreen",
            "Frontier", "Horizon", "Keystone", "Liberty", "Orion", "Pacific", "Quantum", "Sterling", "Vertex", "Zenith"};
    private static final String[] NAME_SUFFIXES = {"Therapeutics", "Holdings", "Technologies", "Bancorp", "Energy",
            "Systems", "Pharmaceuticals", "Semiconductor", "Realty", "Networks", "Foods", "Logistics", "Biosciences",
            "Financial", "Software", "Industries", "Materials", "Aerospace", "Capital", "Health"};
    private static final String[] CORPORATE = {"Inc.", "Inc.", "Corp", "Corporation", "Co", "Ltd", "plc", "N.V."};
    private static final String[] FUND_WORDS = {"Capital Partners", "Ventures", "Growth Equity", "Investment Partners", "Opportunity"};
    private static final String[] INDUSTRIES = {"PHARMACEUTICAL PREPARATIONS [2834]", "SERVICES-PREPACKAGED SOFTWARE [7372]",
            "STATE COMMERCIAL BANKS [6022]", "REAL ESTATE INVESTMENT TRUSTS [6798]", "SEMICONDUCTORS & RELATED DEVICES [3674]",
            "CRUDE PETROLEUM & NATURAL GAS [1311]", "AIRCRAFT & PARTS [3720]", "SPECIAL INDUSTRY MACHINERY, NEC [3559]"};
    private static final String[] STREETS = {"Main Street", "Market Street", "Park Avenue", "Broadway", "Elm Street",
            "Technology Drive", "Innovation Way", "Commerce Boulevard", "Harbor Drive", "University Avenue"};
    private static final String[][] CITIES = {{"NEW YORK", "NY", "10017"}, {"SAN FRANCISCO", "CA", "94105"},
            {"BOSTON", "MA", "02110"}, {"AUSTIN", "TX", "78701"}, {"CHICAGO", "IL", "60606"}, {"SEATTLE", "WA", "98101"},
            {"DENVER", "CO", "80202"}, {"MIAMI", "FL", "33131"}, {"FREMONT", "CA", "94538"}, {"BOZEMAN", "MT", "59715"}};
    private static final String[] WORDS = {"the", "reporting", "person", "shares", "issuer", "plan", "vesting", "award",
            "granted", "pursuant", "to", "of", "in", "and", "accordance", "with", "terms", "agreement", "trust",
            "beneficial", "ownership", "disclaims", "except", "extent", "pecuniary", "interest", "therein", "units",
            "common", "stock", "exercise", "option", "restricted", "performance", "conditions", "satisfied", "period",
            "company", "board", "directors", "committee", "approved", "price", "weighted", "average", "transactions"};
}
