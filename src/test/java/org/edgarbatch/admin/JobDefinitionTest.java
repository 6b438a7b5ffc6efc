package org.edgarbatch.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobDefinitionTest {

    @Test
    void readsTheNightlyJobsDescriptionAndEveryParameterItRefersTo() throws IOException {
        // when
        JobDefinition nightly;
        try (InputStream xml = Files.newInputStream(Path.of("jobs/nightly.xml"))) {
            nightly = JobDefinition.parse("nightly", xml);
        }

        // then
        assertEquals("nightly", nightly.name());
        assertEquals("What the schedule starts every night: the steps of filings-ingest, then the steps of"
                + " filings-report, as one job, so a restart after a failure resumes at the step (and the chunk) where"
                + " the run stopped.", nightly.description());
        assertEquals(List.of("chunkSize", "filingsDir", "maxDocumentBytes", "rescan", "from", "to", "issuer", "reportsDir"),
                nightly.parameters());
    }

    @Test
    void takesTheFirstParagraphOfTheLeadingCommentOnlyAndParametersFromAttributesOnly() throws IOException {
        // given
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!--
                  Does one thing
                  well.

                  Mentions #{jobParameters['notAParameter']} in passing.
                -->
                <job id="demo" xmlns="https://jakarta.ee/xml/ns/jakartaee" version="2.0">
                    <!-- a later comment -->
                    <step id="only">
                        <batchlet ref="x">
                            <properties>
                                <property name="a" value="#{jobParameters['first']}/#{jobParameters['second']}"/>
                                <property name="b" value="#{jobParameters['first']}"/>
                            </properties>
                        </batchlet>
                    </step>
                </job>
                """;

        // when
        JobDefinition job = JobDefinition.parse("demo", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        // then
        assertEquals("Does one thing well.", job.description());
        assertEquals(List.of("first", "second"), job.parameters());
    }

    @Test
    void hasNoDescriptionWithoutALeadingComment() throws IOException {
        // given
        String xml = "<job id=\"bare\" xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"2.0\"><!-- inside --></job>";

        // when
        JobDefinition job = JobDefinition.parse("bare", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        // then
        assertNull(job.description());
        assertEquals(List.of(), job.parameters());
    }

    @Test
    void refusesAJobXmlThatIsNotWellFormed() {
        byte[] broken = "<job id=\"x\"><step>".getBytes(StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> JobDefinition.parse("x", new ByteArrayInputStream(broken)));
    }
}
