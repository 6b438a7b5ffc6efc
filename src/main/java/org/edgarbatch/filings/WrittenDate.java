package org.edgarbatch.filings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as exhibits write them: "July 20, 2001", "20 July 2001", "the 14th day of February, 2001", "2/14/2001". */
public final class WrittenDate {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern DATE = Pattern.compile(
            MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})"
                    + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:day\\s+of\\s+)?" + MONTH + "\\s*,?\\s*(\\d{4})"
                    + "|\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b"
                    + "|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);

    private WrittenDate() {
    }

    /** @return The first valid date written in the text, if any. */
    public static Optional<LocalDate> find(String text) {
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            try {
                if (date.group(1) != null) {
                    return Optional.of(LocalDate.of(year(date.group(3)), month(date.group(1)), Integer.parseInt(date.group(2))));
                }
                if (date.group(4) != null) {
                    return Optional.of(LocalDate.of(year(date.group(6)), month(date.group(5)), Integer.parseInt(date.group(4))));
                }
                if (date.group(7) != null) {
                    return Optional.of(LocalDate.of(year(date.group(9)), Integer.parseInt(date.group(7)), Integer.parseInt(date.group(8))));
                }
                return Optional.of(LocalDate.of(year(date.group(10)), Integer.parseInt(date.group(11)), Integer.parseInt(date.group(12))));
            } catch (DateTimeException e) {
                // "February 30, 2001" is not a date; look further on.
            }
        }
        return Optional.empty();
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new DateTimeException("not a month: " + name);
    }
}
