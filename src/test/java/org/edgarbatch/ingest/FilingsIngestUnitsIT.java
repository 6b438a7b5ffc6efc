package org.edgarbatch.ingest;

import static org.edgarbatch.testsupport.JobRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.edgarbatch.filings.RejectedDocument;
import org.edgarbatch.testsupport.EdgarBatchDeployment;
import org.edgarbatch.testsupport.FilingsDirectory;
import org.edgarbatch.testsupport.TestDatabase;
import org.edgarbatch.testsupport.TestFilings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The filings-ingest job on the real server over unit designations and joint filing agreements: what each
 * table holds, and the tiers and contradictions the ranking step computes from every stored designation.
 */
@ExtendWith(ArquillianExtension.class)
class FilingsIngestUnitsIT {

    private static final String JOB = "filings-ingest";
    private static final String CLASS_R = "designations/002_04ac6effcf108f4c.txt";
    private static final String CLASS_B = "designations/aimco-class-b-designation.txt";

    @Deployment
    static WebArchive deployment() {
        return EdgarBatchDeployment.withTestClasses();
    }

    @Inject
    TestDatabase database;

    private final Path samples = Path.of(System.getProperty("edgar.samples.dir"));
    private FilingsDirectory filings;

    @BeforeEach
    void exhibitsAndEmptyTables() throws IOException {
        database.deleteDocuments();
        filings = FilingsDirectory.create("exhibits");
        filings.write(CLASS_R, Files.readAllBytes(samples.resolve("002_04ac6effcf108f4c.txt")));
        for (String designation : List.of("aimco-class-s-designation.txt", "aimco-class-five-designation.htm",
                "aimco-class-b-designation.txt")) {
            filings.write("designations/" + designation, TestFilings.bytes("units/" + designation));
        }
        filings.write("agreements/003_40159256e381a620.txt", Files.readAllBytes(samples.resolve("003_40159256e381a620.txt")));
        for (String agreement : List.of("sc13g-with-joint-filing-agreement_livent_2024-01-05.htm",
                "joint-filing-agreement-one-signs-for-all.htm")) {
            filings.write("agreements/" + agreement, TestFilings.bytes("jointfiling/" + agreement));
        }
        // An exhibit index that names a joint filing agreement it does not contain: unrecognised, not rejected.
        filings.write("agreements/exhibit-index.txt", """
                EXHIBIT INDEX

                Exhibit 99.1   Joint Filing Agreement, dated as of January 5, 2024 (filed herewith).
                """.getBytes(StandardCharsets.US_ASCII));
        // A designation cut off before its ranking section: rejected with the reason.
        String classR = Files.readString(samples.resolve("002_04ac6effcf108f4c.txt"), StandardCharsets.ISO_8859_1);
        filings.write("designations/cut-off.txt", classR.substring(0, classR.indexOf("7.       RANKING."))
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    @AfterEach
    void deleteDirectory() throws IOException {
        filings.delete();
    }

    @Test
    void storesDesignationsAndAgreementsAndRanksTheClassesOfThePartnership() throws Exception {
        // when
        JobExecution execution = run(JOB, "filingsDir", filings.root().toString());

        // then
        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals("seen 9: stored 8 (ownership 0, unit designation 4, joint filing agreement 3, unrecognised 1),"
                + " already stored 0, rejected 1, unchanged 0 (in 0 files not read again)", execution.getExitStatus());
        List<RejectedDocument> rejected = database.rejections();
        assertEquals(1, rejected.size());
        assertEquals(filings.path("designations/cut-off.txt"), rejected.get(0).getPath());
        assertEquals("unit designation: no ranking section for Class R Partnership Preferred Units"
                + " (a numbered section headed 'Ranking')", rejected.get(0).getReason());

        // the designations, as an analyst queries them
        assertEquals(List.of(
                        row("AIMCO Properties, L.P.", "Class B Partnership Preferred Units", 750_000L, "25.0000", "II", 26, "2001-10-01", "Peter Kompaniez"),
                        row("AIMCO Properties, L.P.", "Class Five Partnership Preferred Units", 1_500_000L, "25.0000", "HH", 25, "2001-09-10", "Peter Kompaniez"),
                        row("AIMCO Properties, L.P.", "Class R Partnership Preferred Units", 4_140_000L, "25.0000", "FF", 23, "2001-07-20", "Peter Kompaniez"),
                        row("AIMCO Properties, L.P.", "Class S Partnership Preferred Units", 2_000_000L, "25.0000", "GG", 24, "2001-08-15", "Peter Kompaniez")),
                database.query("""
                        select partnership, class_name, units, liquidation_preference, exhibit, amendment_ordinal,
                               amendment_date, signatory
                        from unit_designation order by class_name"""));
        assertEquals(List.of(List.of("PARITY", 21L), List.of("JUNIOR", 4L)), database.query("""
                select s.unit_rank, count(*) from unit_ranking_statement s join unit_designation d on d.id = s.designation_id
                where d.class_name = 'Class R Partnership Preferred Units' and s.position > 0
                group by s.unit_rank order by min(s.clause_index)"""));

        // the tiers, computed over all four designations
        List<String> tierOne = new ArrayList<>(Stream.of("B", "C", "D", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P",
                "Q", "R", "S", "One", "Two", "Three", "Four", "Six", "Seven", "Nine")
                .map(c -> "Class " + c + " Partnership Preferred Units").toList());
        assertEquals(List.of(
                        List.of(1, (long) tierOne.size()),
                        List.of(2, 3L),
                        List.of(3, 1L)),
                database.query("select tier, count(*) from unit_class_rank group by tier order by tier"));
        assertEquals(tierOne.stream().sorted().toList(), classesInTier(1));
        assertEquals(List.of("Class Eight Partnership Preferred Units", "Class Five Partnership Preferred Units",
                "Class I High Performance Partnership Units"), classesInTier(2));
        assertEquals(List.of("Partnership Common Units"), classesInTier(3));

        // the contradiction, with both sources
        assertEquals(List.of(List.of(
                        "Class R Partnership Preferred Units senior to Class B Partnership Preferred Units", filings.path(CLASS_B),
                        "Class B Partnership Preferred Units on a parity with Class R Partnership Preferred Units", filings.path(CLASS_R))),
                database.query("""
                        select statement, sources, conflicting_statement, conflicting_sources
                        from unit_ranking_contradiction"""));
        assertEquals(List.of(List.of(filings.path(CLASS_R) + "\n" + filings.path("designations/aimco-class-five-designation.htm"))),
                database.query("""
                        select sources from unit_class_relation
                        where first_class = 'Class R Partnership Preferred Units' and unit_rank = 'SENIOR'
                          and second_class = 'Class Five Partnership Preferred Units'"""),
                "Class R's designation names Class Five junior, Class Five's names Class R senior: both are kept");

        // the joint filing agreements
        assertEquals(List.of(
                        List.of("13G", true, "Apartment Investment and Management Company", "Class A Common Stock, par value $0.01 per share", "Rule 13d-1(k)(1)", Date.valueOf("2001-02-14"), 4L),
                        List.of("13D", true, "Harbor & Pine Holdings Ltd.", "Ordinary Shares, par value $0.0001 per share", "Rule 13d-1(k)(1)", Date.valueOf("2023-03-03"), 3L),
                        List.of("13G", false, "Livent Corporation", "Common Stock, par value $0.001 per share", "Rule 13d-1(k)", Date.valueOf("2024-01-05"), 4L)),
                database.query("""
                        select a.schedule, a.covers_amendments, a.subject_company, a.security_class, a.rule_cited,
                               a.agreement_date, count(p.id)
                        from joint_filing_agreement a join joint_filing_party p on p.agreement_id = a.id
                        group by a.id, a.schedule, a.covers_amendments, a.subject_company, a.security_class,
                                 a.rule_cited, a.agreement_date
                        order by a.subject_company"""));
        assertEquals(List.of(
                        List.of("General Electric Capital Corporation", "Jonathan K. Sprole", "Department Operations Manager", false),
                        List.of("GE Capital Equity Investments, Inc.", "Jonathan K. Sprole", "Managing Director and General Counsel", false),
                        List.of("General Electric Capital Services, Inc.", "Jonathan K. Sprole", "Attorney-in-fact", true),
                        List.of("General Electric Company", "Jonathan K. Sprole", "Attorney-in-fact", true)),
                database.query("""
                        select p.party_name, p.signatory, p.signatory_title, p.under_power_of_attorney
                        from joint_filing_party p join joint_filing_agreement a on a.id = p.agreement_id
                        where a.subject_company = 'Apartment Investment and Management Company' order by p.party_index"""));
    }

    @Test
    void aRerunAddsNothingAndRanksTheSame() throws Exception {
        // given
        run(JOB, "filingsDir", filings.root().toString());
        List<List<Object>> tiers = database.query("select class_name, tier, parity_group from unit_class_rank order by class_name");

        // when
        JobExecution rerun = run(JOB, "filingsDir", filings.root().toString());

        // then
        assertEquals(BatchStatus.COMPLETED, rerun.getBatchStatus());
        assertEquals("seen 9: stored 0 (ownership 0, unit designation 0, joint filing agreement 0, unrecognised 0),"
                + " already stored 0, rejected 1, unchanged 8 (in 8 files not read again)", rerun.getExitStatus());
        assertEquals(tiers, database.query("select class_name, tier, parity_group from unit_class_rank order by class_name"));
        assertEquals(List.of(List.of(4L, 1L)), database.query(
                "select (select count(*) from unit_designation), (select count(*) from unit_ranking_contradiction)"));
    }

    private List<String> classesInTier(int tier) throws Exception {
        return database.query("select class_name from unit_class_rank where tier = ? order by class_name", tier).stream()
                .map(row -> (String) row.get(0))
                .toList();
    }

    private static List<Object> row(String partnership, String className, long units, String preference, String exhibit,
                                    int ordinal, String date, String signatory) {
        return List.of(partnership, className, units, new BigDecimal(preference), exhibit, ordinal, Date.valueOf(date), signatory);
    }


}
