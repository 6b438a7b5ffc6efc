package org.edgarbatch.admin;

import jakarta.ejb.ScheduleExpression;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads the schedule's cron-like expression ({@code docs/api.md}) into the calendar expression of an EJB timer.
 * Five fields {@code minute hour day-of-month month day-of-week}, or six with a leading {@code second}; each
 * field {@code *}, a number, a range {@code a-b}, a list {@code a,b}, a step {@code *}{@code /n}, {@code a-b/n}
 * or {@code a/n}; months {@code 1-12} or {@code JAN-DEC}, days of the week {@code 0-7} (0 and 7 are Sunday) or
 * {@code SUN-SAT}. As in cron, a day matches when either a restricted day of the month or a restricted day of
 * the week matches; EJB calendar timers read the two fields the same way.
 */
public final class CronExpression {

    private static final List<String> MONTHS =
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    private enum Field {
        SECOND("second", 0, 59, null, 0),
        MINUTE("minute", 0, 59, null, 0),
        HOUR("hour", 0, 23, null, 0),
        DAY_OF_MONTH("day-of-month", 1, 31, null, 0),
        MONTH("month", 1, 12, MONTHS, 1),
        DAY_OF_WEEK("day-of-week", 0, 7, DAYS, 0);

        final String label;
        final int min;
        final int max;
        final List<String> names;
        final int firstName;

        Field(String label, int min, int max, List<String> names, int firstName) {
            this.label = label;
            this.min = min;
            this.max = max;
            this.names = names;
            this.firstName = firstName;
        }
    }

    private CronExpression() {
    }

    /**
     * @param expression the cron-like expression
     * @param zone the time zone the expression is read in
     * @return The calendar expression that fires at the same times.
     * @throws IllegalArgumentException with a message naming the field and its fault
     */
    public static ScheduleExpression parse(String expression, ZoneId zone) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("the expression is empty; it needs 5 fields (minute hour day-of-month"
                    + " month day-of-week) or 6 (with a leading second)");
        }
        String[] fields = expression.trim().split("\\s+");
        if (fields.length != 5 && fields.length != 6) {
            throw new IllegalArgumentException("the expression has " + fields.length + " field"
                    + (fields.length == 1 ? "" : "s") + "; it needs 5 (minute hour day-of-month month day-of-week)"
                    + " or 6 (with a leading second)");
        }
        int shift = fields.length == 6 ? 0 : 1;
        String second = shift == 0 ? calendarField(Field.SECOND, fields[0]) : "0";
        return new ScheduleExpression()
                .second(second)
                .minute(calendarField(Field.MINUTE, fields[1 - shift]))
                .hour(calendarField(Field.HOUR, fields[2 - shift]))
                .dayOfMonth(calendarField(Field.DAY_OF_MONTH, fields[3 - shift]))
                .month(calendarField(Field.MONTH, fields[4 - shift]))
                .dayOfWeek(calendarField(Field.DAY_OF_WEEK, fields[5 - shift]))
                .year("*")
                .timezone(zone.getId());
    }

    /** @return {@code *} when the field allows every value, else the list of the values it allows. */
    private static String calendarField(Field field, String text) {
        if (text.equals("*") || text.equals("?")) {
            return "*";
        }
        TreeSet<Integer> values = new TreeSet<>();
        for (String part : text.split(",", -1)) {
            if (part.isEmpty()) {
                throw fault(field, "\"" + text + "\" has an empty list entry");
            }
            values.addAll(valuesOf(field, part));
        }
        if (field == Field.DAY_OF_WEEK && values.remove(7)) {
            values.add(0);
        }
        int allowed = field == Field.DAY_OF_WEEK ? 7 : field.max - field.min + 1;
        if (values.size() == allowed) {
            return "*";
        }
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> valuesOf(Field field, String part) {
        String range = part;
        int step = 1;
        int slash = part.indexOf('/');
        if (slash >= 0) {
            range = part.substring(0, slash);
            step = number(field, part.substring(slash + 1), "step");
            if (step < 1) {
                throw fault(field, "the step in \"" + part + "\" must be at least 1");
            }
        }
        int from;
        int to;
        if (range.equals("*")) {
            from = field.min;
            to = field.max;
        } else {
            int dash = range.indexOf('-');
            if (dash >= 0) {
                if (dash == 0 || dash == range.length() - 1) {
                    throw fault(field, "\"" + range + "\" is not a range (a-b)");
                }
                from = value(field, range.substring(0, dash));
                to = value(field, range.substring(dash + 1));
                if (field == Field.DAY_OF_WEEK && to == 0 && from > 0) {
                    // FRI-SUN: Sunday closing a range is the 7 at the end of the week.
                    to = 7;
                }
                if (to < from) {
                    throw fault(field, "the range \"" + range + "\" goes backwards");
                }
            } else {
                from = value(field, range);
                // a/n runs from a to the end of the field, a alone is just a.
                to = slash >= 0 ? field.max : from;
            }
        }
        List<Integer> values = new java.util.ArrayList<>();
        for (int value = from; value <= to; value += step) {
            values.add(value);
        }
        return values;
    }

    private static int value(Field field, String text) {
        if (field.names != null) {
            int index = field.names.indexOf(text.toUpperCase(Locale.ROOT));
            if (index >= 0) {
                return index + field.firstName;
            }
        }
        int value = number(field, text, "value");
        if (value < field.min || value > field.max) {
            throw fault(field, value + " is out of range " + field.min + "-" + field.max);
        }
        return value;
    }

    private static int number(Field field, String text, String what) {
        if (text.isEmpty() || !text.chars().allMatch(Character::isDigit) || text.length() > 4) {
            String names = field.names == null ? ""
                    : " or a name (" + field.names.get(0) + "-" + field.names.get(field.names.size() - 1) + ")";
            throw fault(field, "\"" + text + "\" is not a number" + (what.equals("value") ? names : "")
                    + (what.equals("step") ? " (the step)" : ""));
        }
        return Integer.parseInt(text);
    }

    private static IllegalArgumentException fault(Field field, String message) {
        return new IllegalArgumentException(field.label + ": " + message);
    }
}
