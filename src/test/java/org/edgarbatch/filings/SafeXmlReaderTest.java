package org.edgarbatch.filings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeXmlReaderTest {

    private final SafeXmlReader reader = new SafeXmlReader();

    @TempDir
    Path directory;

    @Test
    void readsElementsTextAttributesAndLines() throws Exception {
        XmlElement root = reader.read("<a>\n <b id=\"F1\">x &amp; y</b>\n <b/>\n</a>".getBytes(StandardCharsets.UTF_8));

        assertEquals("a", root.name());
        assertEquals(2, root.children("b").size());
        assertEquals("x & y", root.childText("b").orElseThrow());
        assertEquals("F1", root.child("b").orElseThrow().attribute("id").orElseThrow());
        assertEquals(2, root.child("b").orElseThrow().line());
    }

    @Test
    void rejectsOwnershipXmlWithExternalEntityAndNeverReadsTheFile() throws IOException {
        Path secret = directory.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE ownershipDocument [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<ownershipDocument><remarks>&xxe;</remarks></ownershipDocument>";

        InvalidDocumentException rejection = assertThrows(InvalidDocumentException.class,
                () -> reader.read(xml.getBytes(StandardCharsets.UTF_8)));

        assertTrue(rejection.getMessage().startsWith("has a document type declaration (line 2)"), rejection.getMessage());
        assertFalse(String.valueOf(rejection.getCause()).contains("TOP-SECRET-CONTENT"));
    }

    @Test
    void rejectsExternalEntityPointingAtUrlWithoutConnecting() throws IOException {
        assertRejectedWithoutConnecting(port -> "<?xml version=\"1.0\"?>\n<!DOCTYPE ownershipDocument [<!ENTITY xxe SYSTEM"
                + " \"http://127.0.0.1:" + port + "/secret\">]>\n<ownershipDocument><remarks>&xxe;</remarks></ownershipDocument>");
    }

    @Test
    void rejectsEntityExpansionBomb() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            xml.append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10));
            xml.append("\">\n");
        }
        xml.append("]>\n<ownershipDocument><remarks>&lol9;</remarks></ownershipDocument>");

        InvalidDocumentException rejection = assertThrows(InvalidDocumentException.class,
                () -> reader.read(xml.toString().getBytes(StandardCharsets.UTF_8)));

        assertTrue(rejection.getMessage().startsWith("has a document type declaration"), rejection.getMessage());
    }

    @Test
    void rejectsDtdFromUrlWithoutConnecting() throws IOException {
        assertRejectedWithoutConnecting(port -> "<?xml version=\"1.0\"?>\n<!DOCTYPE ownershipDocument SYSTEM"
                + " \"http://127.0.0.1:" + port + "/ownership.dtd\">\n<ownershipDocument/>");
    }

    @Test
    void rejectsUndeclaredEntityReference() {
        InvalidDocumentException rejection = assertThrows(InvalidDocumentException.class,
                () -> reader.read("<a>&undeclared;</a>".getBytes(StandardCharsets.UTF_8)));

        assertTrue(rejection.getMessage().contains("undeclared"), rejection.getMessage());
    }

    @Test
    void rejectsDeepNesting() {
        String xml = "<a>".repeat(100) + "</a>".repeat(100);

        InvalidDocumentException rejection = assertThrows(InvalidDocumentException.class,
                () -> reader.read(xml.getBytes(StandardCharsets.UTF_8)));

        assertEquals("nests elements deeper than 64 levels (line 1)", rejection.getMessage());
    }

    @Test
    void rejectsTooManyElementsAndTooMuchText() {
        SafeXmlReader small = new SafeXmlReader(8, 10, 20);

        assertEquals("has more than 10 elements", assertThrows(InvalidDocumentException.class,
                () -> small.read(("<a>" + "<b/>".repeat(10) + "</a>").getBytes(StandardCharsets.UTF_8))).getMessage());
        assertEquals("element <a> (line 1) holds more than 20 characters of text", assertThrows(InvalidDocumentException.class,
                () -> small.read(("<a>" + "x".repeat(21) + "</a>").getBytes(StandardCharsets.UTF_8))).getMessage());
    }

    @Test
    void rejectsBinaryAndEmptyInput() {
        assertThrows(InvalidDocumentException.class, () -> reader.read(new byte[0]));
        assertThrows(InvalidDocumentException.class, () -> reader.read(new byte[] {0, 1, 2, (byte) 0xFF, 0x3C}));
    }

    /** Reads the XML made for a local listener's port: it must be rejected, and nothing may connect. */
    private void assertRejectedWithoutConnecting(IntFunction<String> xmlForPort) throws IOException {
        try (ServerSocket listener = new ServerSocket(0)) {
            listener.setSoTimeout(300);
            byte[] xml = xmlForPort.apply(listener.getLocalPort()).getBytes(StandardCharsets.UTF_8);

            assertThrows(InvalidDocumentException.class, () -> reader.read(xml));

            assertThrows(SocketTimeoutException.class, listener::accept, "the parser must not fetch anything");
        }
    }
}
