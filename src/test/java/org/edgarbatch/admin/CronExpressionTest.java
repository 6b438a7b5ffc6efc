package org.edgarbatch.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.ScheduleExpression;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The schedule's cron-like expressions, read into EJB calendar expressions, and the faults they are refused for. */
class CronExpressionTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void readsFiveFieldsAsMinuteHourDayMonthWeekdayAtSecondZeroInTheGivenZone() {
        // when
        ScheduleExpression nightly = CronExpression.parse("0 2 * * *", NEW_YORK);

        // then
        assertEquals("0", nightly.getSecond());
        assertEquals("0", nightly.getMinute());
        assertEquals("2", nightly.getHour());
        assertEquals("*", nightly.getDayOfMonth());
        assertEquals("*", nightly.getMonth());
        assertEquals("*", nightly.getDayOfWeek());
        assertEquals("*", nightly.getYear());
        assertEquals("America/New_York", nightly.getTimezone());
    }

    @Test
    void readsASixthLeadingFieldAsTheSecond() {
        // when
        ScheduleExpression everyTwoSeconds = CronExpression.parse("*/2 * * * * *", NEW_YORK);

        // then
        assertEquals(evenNumbersTo(58), everyTwoSeconds.getSecond());
        assertEquals("*", everyTwoSeconds.getMinute());
        assertEquals("*", everyTwoSeconds.getHour());
    }

    @Test
    void expandsRangesListsAndStepsIntoTheValuesTheyAllow() {
        // when
        ScheduleExpression expression = CronExpression.parse("15,45 8-18/2 1-5,10 */3 1-5", NEW_YORK);

        // then
        assertEquals("15,45", expression.getMinute());
        assertEquals("8,10,12,14,16,18", expression.getHour());
        assertEquals("1,2,3,4,5,10", expression.getDayOfMonth());
        assertEquals("1,4,7,10", expression.getMonth());
        assertEquals("1,2,3,4,5", expression.getDayOfWeek());
    }

    @Test
    void readsAStartWithAStepAsRunningToTheEndOfTheField() {
        assertEquals("5,25,45", CronExpression.parse("5/20 * * * *", NEW_YORK).getMinute());
    }

    @Test
    void readsMonthAndDayNamesInAnyCase() {
        // when
        ScheduleExpression expression = CronExpression.parse("30 6 * jan-Mar,DEC MON-fri", NEW_YORK);

        // then
        assertEquals("1,2,3,12", expression.getMonth());
        assertEquals("1,2,3,4,5", expression.getDayOfWeek());
    }

    @Test
    void takesZeroAndSevenAndSundayClosingARangeAsSunday() {
        assertEquals("0", CronExpression.parse("0 2 * * 7", NEW_YORK).getDayOfWeek());
        assertEquals("0", CronExpression.parse("0 2 * * 0,7", NEW_YORK).getDayOfWeek());
        assertEquals("0,5,6", CronExpression.parse("0 2 * * 5-7", NEW_YORK).getDayOfWeek());
        assertEquals("0,5,6", CronExpression.parse("0 2 * * FRI-SUN", NEW_YORK).getDayOfWeek());
        assertEquals("*", CronExpression.parse("0 2 * * 0-7", NEW_YORK).getDayOfWeek());
    }

    @Test
    void writesAFieldThatAllowsEveryValueAsAWildcard() {
        assertEquals("*", CronExpression.parse("0-59 * * * *", NEW_YORK).getMinute());
        assertEquals("*", CronExpression.parse("* * 1-31 * *", NEW_YORK).getDayOfMonth());
        assertEquals("*", CronExpression.parse("* * * */1 *", NEW_YORK).getMonth());
    }

    @Test
    void refusesAWrongNumberOfFields() {
        assertFault("the expression has 4 fields; it needs 5 (minute hour day-of-month month day-of-week) or 6"
                + " (with a leading second)", "0 2 * *");
        assertFault("the expression has 7 fields; it needs 5 (minute hour day-of-month month day-of-week) or 6"
                + " (with a leading second)", "0 0 2 * * * 2026");
        assertFault("the expression is empty; it needs 5 fields (minute hour day-of-month month day-of-week)"
                + " or 6 (with a leading second)", "  ");
    }

    @Test
    void refusesAValueOutOfItsFieldsRangeNamingTheField() {
        assertFault("minute: 60 is out of range 0-59", "60 2 * * *");
        assertFault("hour: 24 is out of range 0-23", "0 24 * * *");
        assertFault("day-of-month: 0 is out of range 1-31", "0 2 0 * *");
        assertFault("month: 13 is out of range 1-12", "0 2 * 13 *");
        assertFault("day-of-week: 8 is out of range 0-7", "0 2 * * 8");
        assertFault("second: 61 is out of range 0-59", "61 0 2 * * *");
    }

    @Test
    void refusesWhatIsNotANumberOrAName() {
        assertFault("hour: \"two\" is not a number", "0 two * * *");
        assertFault("month: \"JANUARY\" is not a number or a name (JAN-DEC)", "0 2 * JANUARY *");
        assertFault("day-of-week: \"L\" is not a number or a name (SUN-SAT)", "0 2 * * L");
        assertFault("minute: \"-5\" is not a range (a-b)", "-5 2 * * *");
        assertFault("day-of-month: \"JAN\" is not a number", "0 2 JAN * *");
    }

    @Test
    void refusesBackwardRangesZeroStepsAndEmptyListEntries() {
        assertFault("hour: the range \"18-8\" goes backwards", "0 18-8 * * *");
        assertFault("minute: the step in \"*/0\" must be at least 1", "*/0 2 * * *");
        assertFault("minute: \"x\" is not a number (the step)", "*/x 2 * * *");
        assertFault("day-of-month: \"1,,15\" has an empty list entry", "0 2 1,,15 * *");
    }

    private static void assertFault(String message, String expression) {
        IllegalArgumentException fault = assertThrows(IllegalArgumentException.class,
                () -> CronExpression.parse(expression, NEW_YORK), expression);
        assertEquals(message, fault.getMessage(), expression);
    }

    private static String evenNumbersTo(int last) {
        StringBuilder values = new StringBuilder("0");
        for (int value = 2; value <= last; value += 2) {
            values.append(',').append(value);
        }
        return values.toString();
    }
}
