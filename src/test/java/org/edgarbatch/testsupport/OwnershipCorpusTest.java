package org.edgarbatch.testsupport;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.edgarbatch.filings.DocumentClassifier;
import org.edgarbatch.filings.DocumentKind;
import org.edgarbatch.filings.FilingFileReader;
import org.edgarbatch.filings.FilingsTreeWalker;
import org.edgarbatch.ownership.OwnershipDocument;
import org.edgarbatch.ownership.OwnershipXmlParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnershipCorpusTest {

    private static final int DOCUMENTS = 2_000;
    private static final long SEED = 7L;
    private static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

    @TempDir
    static Path temp;

    private static OwnershipCorpus.Summary summary;
    private static Read read;

    /** What the job's reader, classifier and parser make of the corpus. */
    private record Read(List<OwnershipDocument> ownership, List<Integer> ownershipSizes, int other, Set<String> hashes,
                        List<String> problems, Set<String> containers, Set<String> accessionNumbers, int withFacts) {
    }

    @BeforeAll
    static void writeCorpus() throws Exception {
        summary = OwnershipCorpus.write(temp.resolve("corpus"), DOCUMENTS, SEED);
        read = readAsTheJobDoes(temp.resolve("corpus"));
    }

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        // given
        Path again = temp.resolve("again");

        // when
        OwnershipCorpus.Summary second = OwnershipCorpus.write(again, DOCUMENTS, SEED);

        // then
        assertEquals(summary, second);
        Map<String, byte[]> first = files(temp.resolve("corpus"));
        Map<String, byte[]> other = files(again);
        assertEquals(first.keySet(), other.keySet());
        first.forEach((name, bytes) -> assertArrayEquals(bytes, other.get(name), name));
        assertEquals(Files.readString(OwnershipCorpus.summaryFile(temp.resolve("corpus"))),
                Files.readString(OwnershipCorpus.summaryFile(again)));
    }

    @Test
    void anotherSeedGivesAnotherCorpus() throws IOException {
        // when
        OwnershipCorpus.Summary other = OwnershipCorpus.write(temp.resolve("other-seed"), 200, SEED + 1);
        OwnershipCorpus.Summary same = OwnershipCorpus.write(temp.resolve("same-seed"), 200, SEED);

        // then
        assertNotEquals(same.bytes(), other.bytes());
    }

    @Test
    void everyDocumentIsReadAndParsedByTheJobsReaders() {
        assertAll(
                () -> assertEquals(List.of(), read.problems()),
                () -> assertEquals(DOCUMENTS, read.ownership().size()),
                () -> assertEquals(summary.documents(), read.ownership().size()),
                () -> assertEquals(summary.otherDocuments(), read.other()),
                () -> assertEquals(summary.sourceDocuments(), read.hashes().size(), "every document has its own content"),
                () -> assertEquals(summary.ownershipBytes(), read.ownershipSizes().stream().mapToLong(Integer::longValue).sum()));
    }

    @Test
    void summaryCountsTheRowsTheParserReads() {
        List<OwnershipDocument> docs = read.ownership();
        assertAll(
                () -> assertEquals(summary.reportingOwners(), docs.stream().mapToLong(d -> d.reportingOwners().size()).sum()),
                () -> assertEquals(summary.nonDerivativeTransactions(),
                        docs.stream().mapToLong(d -> d.nonDerivativeTransactions().size()).sum()),
                () -> assertEquals(summary.nonDerivativeHoldings(),
                        docs.stream().mapToLong(d -> d.nonDerivativeHoldings().size()).sum()),
                () -> assertEquals(summary.derivativeTransactions(),
                        docs.stream().mapToLong(d -> d.derivativeTransactions().size()).sum()),
                () -> assertEquals(summary.derivativeHoldings(),
                        docs.stream().mapToLong(d -> d.derivativeHoldings().size()).sum()),
                () -> assertEquals(summary.footnotes(), docs.stream().mapToLong(d -> d.footnotes().size()).sum()),
                () -> assertEquals(summary.signatures(), docs.stream().mapToLong(d -> d.signatures().size()).sum()),
                () -> assertEquals(summary.amendments(), docs.stream().filter(d -> d.documentType().endsWith("/A")).count()),
                () -> assertTrue(summary.amendmentLinks() > 0 && summary.amendmentLinks() <= summary.amendments()));
    }

    @Test
    void sizesRunFromThreeToThirtyKilobytesWithAMedianNearSeven() {
        List<Integer> sizes = new ArrayList<>(read.ownershipSizes());
        Collections.sort(sizes);
        int median = sizes.get(sizes.size() / 2);
        assertAll(
                () -> assertTrue(sizes.get(0) >= 3 * 1024, "smallest " + sizes.get(0)),
                () -> assertTrue(sizes.get(sizes.size() - 1) <= 30_000, "largest " + sizes.get(sizes.size() - 1)),
                () -> assertTrue(median >= 6_000 && median <= 8_000, "median " + median),
                () -> assertTrue(sizes.get(sizes.size() * 99 / 100) >= 15_000, "the largest 1% from 15 KB"));
    }

    @Test
    void documentsVaryAsRealFilingsDo() {
        List<OwnershipDocument> docs = read.ownership();
        Set<String> schemaVersions = new HashSet<>();
        Set<String> types = new HashSet<>();
        docs.forEach(d -> {
            schemaVersions.add(d.schemaVersion());
            types.add(d.documentType());
        });
        int maxTransactions = docs.stream()
                .mapToInt(d -> d.nonDerivativeTransactions().size() + d.derivativeTransactions().size()).max().orElse(0);
        assertAll(
                () -> assertEquals(Set.of("X0201", "X0206", "X0306", "X0407", "X0508"), schemaVersions),
                () -> assertTrue(types.containsAll(Set.of("3", "4", "5", "4/A")), "form types " + types),
                () -> assertTrue(maxTransactions >= 20 && maxTransactions <= 30, "most transactions " + maxTransactions),
                () -> assertTrue(docs.stream().filter(d -> !d.documentType().startsWith("3"))
                        .allMatch(d -> d.nonDerivativeTransactions().size() + d.derivativeTransactions().size() >= 1)),
                () -> assertTrue(docs.stream().anyMatch(d -> d.reportingOwners().size() == 3)),
                () -> assertTrue(docs.stream().anyMatch(d -> !d.derivativeHoldings().isEmpty())),
                () -> assertTrue(docs.stream().anyMatch(d -> d.dateOfOriginalSubmission() != null)),
                () -> assertTrue(docs.stream().filter(d -> d.aff10b5One() != null)
                        .allMatch(d -> d.schemaVersion().compareTo("X0407") >= 0)),
                () -> assertTrue(docs.stream().anyMatch(d -> Boolean.TRUE.equals(d.aff10b5One()))),
                () -> assertTrue(docs.stream().anyMatch(d -> d.nonDerivativeTransactions().stream()
                        .anyMatch(t -> t.transaction().pricePerShare().value() == null
                                && !t.transaction().pricePerShare().footnoteIds().isEmpty())),
                        "a price given only as a footnote"));
    }

    @Test
    void containersAreThoseOfAnEdgarMirror() {
        assertAll(
                () -> assertEquals(Set.of("bare", "submission", "feed file", "feed archive"), read.containers()),
                () -> assertEquals(read.withFacts(), read.accessionNumbers().size(), "one accession number per submission"),
                () -> assertTrue(read.withFacts() > DOCUMENTS / 4));
    }

    @Test
    void realExhibitsAreAddedWhenAskedFor() throws Exception {
        // when
        OwnershipCorpus.Summary withExhibits = OwnershipCorpus.write(temp.resolve("exhibits"), 100, SEED, true);
        Read exhibits = readAsTheJobDoes(temp.resolve("exhibits"));

        // then
        assertTrue(withExhibits.realExhibits() >= 5, "exhibits " + withExhibits.realExhibits());
        assertEquals(withExhibits.otherDocuments(), exhibits.other());
        assertEquals(List.of(), exhibits.problems());
    }

    @Test
    void aCorpusIsReusedOnlyForTheSameArguments() throws IOException {
        // given
        Path dir = temp.resolve("reused");
        OwnershipCorpus.Summary written = OwnershipCorpus.writeOrReuse(dir, 50, SEED, false);
        Path marker = dir.resolve("marker");
        Files.writeString(marker, "kept when reused");

        // when
        OwnershipCorpus.Summary reused = OwnershipCorpus.writeOrReuse(dir, 50, SEED, false);
        boolean keptOnReuse = Files.exists(marker);
        OwnershipCorpus.Summary rewritten = OwnershipCorpus.writeOrReuse(dir, 60, SEED, false);

        // then
        assertEquals(written, reused);
        assertTrue(keptOnReuse);
        assertFalse(Files.exists(marker));
        assertEquals(60, rewritten.documents());
    }

    private static Read readAsTheJobDoes(Path root) throws Exception {
        DocumentClassifier classifier = new DocumentClassifier();
        OwnershipXmlParser parser = new OwnershipXmlParser();
        List<OwnershipDocument> ownership = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> hashes = new HashSet<>();
        Set<String> containers = new HashSet<>();
        Set<String> accessions = new HashSet<>();
        int other = 0;
        int withFacts = 0;
        FilingsTreeWalker walker = new FilingsTreeWalker(root, null);
        while (walker.hasNext()) {
            FilingsTreeWalker.Entry entry = walker.next();
            assertNull(entry.problem(), entry.relativePath());
            try (FilingFileReader file = FilingFileReader.open(entry.path(), MAX_DOCUMENT_BYTES)) {
                for (FilingFileReader.Item item = file.next(); item != null; item = file.next()) {
                    if (item.problem() != null) {
                        problems.add(item.location() + ": " + item.problem());
                        continue;
                    }
                    var document = item.document();
                    hashes.add(document.sha256());
                    containers.add(item.location().entry() != null ? "feed archive"
                            : item.location().sequence() == null ? "bare"
                            : entry.relativePath().endsWith(".nc") ? "feed file" : "submission");
                    if (classifier.classify(document.content()) != DocumentKind.OWNERSHIP) {
                        other++;
                        continue;
                    }
                    if (document.submission() != null) {
                        withFacts++;
                        accessions.add(document.submission().accessionNumber());
                        assertNotEquals(null, document.submission().filingDate(), item.location().toString());
                    }
                    ownership.add(parser.parse(document.content()));
                    sizes.add(document.content().length);
                }
            }
        }
        return new Read(ownership, sizes, other, hashes, problems, containers, accessions, withFacts);
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }
}
