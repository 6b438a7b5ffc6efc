package org.edgarbatch.admin;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A job as its job XML describes it: its name (the file name), what it does (the first paragraph of the
 * file's leading comment) and the job parameters it refers to ({@code #{jobParameters['name']}}), in the
 * order they first appear.
 */
public record JobDefinition(String name, String description, List<String> parameters) {

    private static final Pattern PARAMETER = Pattern.compile("#\\{jobParameters\\['([^']+)'\\]\\}");
    private static final XMLInputFactory XML = xmlInputFactory();

    /** @throws IOException when the job XML cannot be read or is not well-formed */
    public static JobDefinition parse(String name, InputStream jobXml) throws IOException {
        String description = null;
        Set<String> parameters = new LinkedHashSet<>();
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(jobXml);
            try {
                boolean inJob = false;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.COMMENT && !inJob && description == null) {
                        description = firstParagraph(reader.getText());
                    } else if (event == XMLStreamConstants.START_ELEMENT) {
                        inJob = true;
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            Matcher parameter = PARAMETER.matcher(reader.getAttributeValue(i));
                            while (parameter.find()) {
                                parameters.add(parameter.group(1));
                            }
                        }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("the job XML of " + name + " is not well-formed: " + e.getMessage(), e);
        }
        return new JobDefinition(name, description, List.copyOf(parameters));
    }

    /** @return The comment's lines up to its first blank line, joined with single spaces. */
    static String firstParagraph(String comment) {
        StringBuilder paragraph = new StringBuilder();
        for (String line : comment.strip().split("\\R")) {
            if (line.isBlank()) {
                break;
            }
            if (!paragraph.isEmpty()) {
                paragraph.append(' ');
            }
            paragraph.append(line.strip());
        }
        return paragraph.isEmpty() ? null : paragraph.toString();
    }

    private static XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
