package org.edgarbatch.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Set;
import org.edgarbatch.testsupport.ApiClient;
import org.edgarbatch.testsupport.EdgarBatchDeployment;
import org.edgarbatch.testsupport.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may call the API: anonymous callers are challenged, roles decide the rest, and every refusal is JSON. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class ApiAccessIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return EdgarBatchDeployment.withTestClasses();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void challengesAnAnonymousCallerWithBasicAndAJsonError() {
        // when
        ApiClient.Answer answer = ApiClient.anonymous(deployment).get("me");

        // then
        assertEquals(401, answer.status(), answer.text());
        assertTrue(answer.header("WWW-Authenticate").startsWith("Basic"), answer.header("WWW-Authenticate"));
        assertEquals(401, answer.object().getInt("status"));
    }

    @Test
    void tellsEachUserWhoItIsAndWhichRolesItHolds() {
        // when
        JsonObject admin = ApiClient.as(TestUsers.ADMIN, deployment).get("me").object();
        JsonObject reader = ApiClient.as(TestUsers.READER, deployment).get("me").object();

        // then
        assertEquals(TestUsers.ADMIN.name(), admin.getString("user"));
        assertEquals("[\"batch-admin\"]", admin.getJsonArray("roles").toString());
        assertEquals("[\"report-reader\"]", reader.getJsonArray("roles").toString());
    }

    @Test
    void forbidsAReportReaderTheDocumentsAndAUserWithoutRoleEverything() {
        // when
        ApiClient.Answer readerDocuments = ApiClient.as(TestUsers.READER, deployment).get("documents");
        ApiClient.Answer noRoleMe = ApiClient.as(TestUsers.NO_ROLE, deployment).get("me");
        ApiClient.Answer adminDocuments = ApiClient.as(TestUsers.ADMIN, deployment).get("documents");

        // then
        assertEquals(403, readerDocuments.status(), readerDocuments.text());
        assertEquals("Forbidden", readerDocuments.object().getString("error"));
        assertEquals(403, noRoleMe.status(), noRoleMe.text());
        assertEquals(403, noRoleMe.object().getInt("status"));
        assertEquals(200, adminDocuments.status(), adminDocuments.text());
    }

    @Test
    void countsTheStoredDocumentsOfEveryKindForAnAdmin() {
        // when
        ApiClient.Answer answer = ApiClient.as(TestUsers.ADMIN, deployment).get("documents/counts");

        // then
        assertEquals(200, answer.status(), answer.text());
        assertEquals(Set.of("OWNERSHIP", "UNIT_DESIGNATION", "JOINT_FILING_AGREEMENT", "UNRECOGNISED"),
                answer.object().keySet());
    }

    @Test
    void answersAnUnknownPathWithAJsonNotFoundWithoutInternals() {
        // when
        ApiClient.Answer answer = ApiClient.as(TestUsers.ADMIN, deployment).get("no-such-resource");

        // then
        assertEquals(404, answer.status(), answer.text());
        assertEquals(404, answer.object().getInt("status"));
        assertFalse(answer.text().contains("Exception"), answer.text());
    }

    @Test
    void keepsTheConsoleFromAnonymousCallersAndReportReaders() {
        // when
        ApiClient.Answer anonymous = ApiClient.anonymous(deployment).get("../admin/");
        ApiClient.Answer reader = ApiClient.as(TestUsers.READER, deployment).get("../admin/");

        // then
        assertEquals(401, anonymous.status(), anonymous.text());
        assertEquals(403, reader.status(), reader.text());
    }
}
