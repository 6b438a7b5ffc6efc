package org.edgarbatch.filings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a small XML document read whole: its name, attributes, text and children, and the
 * line it started on, for error messages. Filing documents are a few kilobytes, so a tree is cheap
 * and lets a parser map them without a state machine.
 */
public final class XmlElement {

    private final String name;
    private final int line;
    private final Map<String, String> attributes = new HashMap<>();
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    XmlElement(String name, int line) {
        this.name = name;
        this.line = line;
    }

    public String name() {
        return name;
    }

    public int line() {
        return line;
    }

    /** @return The element's own text, trimmed; empty when it has none. */
    public String text() {
        return text.toString().trim();
    }

    public Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName));
    }

    /** @return The first child of that name. */
    public Optional<XmlElement> child(String childName) {
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** @return Every child of that name, in document order. */
    public List<XmlElement> children(String childName) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                found.add(child);
            }
        }
        return found;
    }

    /** @return The trimmed text of the first child of that name, absent when there is no such child or it is empty. */
    public Optional<String> childText(String childName) {
        return child(childName).map(XmlElement::text).filter(value -> !value.isEmpty());
    }

    void addAttribute(String attributeName, String value) {
        attributes.put(attributeName, value);
    }

    void addChild(XmlElement child) {
        children.add(child);
    }

    void appendText(String characters) {
        text.append(characters);
    }

    int textLength() {
        return text.length();
    }
}
