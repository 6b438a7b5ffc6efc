package org.edgarbatch.units;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.edgarbatch.filings.WrittenNames;

/**
 * The one name a class of partnership units goes by, however a document writes it: "CLASS G PARTNER SHIP
 * PREFERRED UNITS", "the Class G Partnership Preferred Unit" and "Class G Partnership Preferred Units" are
 * one class; "Class 9" and "Class Nine" are one class. Different words make a different class: "Class I
 * Partnership Preferred Units" and "Class I High Performance Partnership Units" are two.
 */
public final class UnitClassName {

    private static final Pattern BROKEN_PARTNERSHIP = Pattern.compile("(?i)\\bpartner\\s+ship");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:the|any|all|such)\\s+");
    private static final Set<String> DESIGNATOR_WORDS = Set.of("class", "series");
    private static final Set<String> LOWER_CASE_WORDS = Set.of("of", "and", "the", "in", "on", "to");

    private UnitClassName() {
    }

    /** @return The canonical name; the words of the name are kept, only their spelling is made uniform. */
    public static String canonical(String asWritten) {
        String name = BROKEN_PARTNERSHIP.matcher(asWritten.replaceAll("\\s+", " ").trim()).replaceAll("Partnership");
        name = LEADING_ARTICLE.matcher(name).replaceFirst("");
        name = name.replaceAll("[\\s,;.:\"']+$", "").replaceAll("^[\\s\"']+", "");
        String[] words = name.split(" ");
        StringBuilder canonical = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean designator = i > 0 && DESIGNATOR_WORDS.contains(words[i - 1].toLowerCase(Locale.ROOT));
            if (canonical.length() > 0) {
                canonical.append(' ');
            }
            if (designator) {
                canonical.append(designator(word));
            } else if (i == words.length - 1 && word.equalsIgnoreCase("unit")) {
                canonical.append("Units");
            } else if (i > 0 && LOWER_CASE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                canonical.append(word.toLowerCase(Locale.ROOT));
            } else {
                canonical.append(WrittenNames.capitalised(word));
            }
        }
        return canonical.toString();
    }

    /** A letter designator is upper case ("R", "AA"); a number, written either way, is in words ("Nine"). */
    private static String designator(String word) {
        OptionalInt number = NumberWords.cardinal(word);
        if (number.isPresent()) {
            return NumberWords.cardinalWords(number.getAsInt());
        }
        return word.length() <= 3 ? word.toUpperCase(Locale.ROOT) : WrittenNames.capitalised(word);
    }
}
