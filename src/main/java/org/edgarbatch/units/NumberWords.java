package org.edgarbatch.units;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Numbers as legal documents write them: cardinals ("Nine", "Twenty-Five", "One Hundred Two") and
 * ordinals ("Twenty-Third", "23rd"), up to 999.
 */
public final class NumberWords {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> ORDINAL_UNITS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40), Map.entry("fiftieth", 50), Map.entry("sixtieth", 60),
            Map.entry("seventieth", 70), Map.entry("eightieth", 80), Map.entry("ninetieth", 90),
            Map.entry("hundredth", 100));
    private static final String[] UNIT_NAMES = {"Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
            "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen",
            "Nineteen"};
    private static final String[] TEN_NAMES = {"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy",
            "Eighty", "Ninety"};

    private NumberWords() {
    }

    /** @return The value of "Nine", "Twenty-Five", "One Hundred and Two" or "25"; empty when it is not a number. */
    public static OptionalInt cardinal(String text) {
        String normal = text.trim();
        if (normal.matches("\\d{1,9}")) {
            return OptionalInt.of(Integer.parseInt(normal));
        }
        return words(normal, false);
    }

    /** @return The value of "Twenty-Third", "One Hundredth" or "23rd"; empty when it is not an ordinal. */
    public static OptionalInt ordinal(String text) {
        String normal = text.trim().toLowerCase(Locale.ROOT);
        if (normal.matches("\\d{1,4}(?:st|nd|rd|th)")) {
            return OptionalInt.of(Integer.parseInt(normal.substring(0, normal.length() - 2)));
        }
        return words(normal, true);
    }

    /** @return The number in words as class names write it: 9 is "Nine", 21 is "Twenty-One". */
    public static String cardinalWords(int number) {
        if (number < 0 || number > 999) {
            return Integer.toString(number);
        }
        if (number >= 100) {
            String hundreds = UNIT_NAMES[number / 100] + " Hundred";
            return number % 100 == 0 ? hundreds : hundreds + " " + cardinalWords(number % 100);
        }
        if (number < 20) {
            return UNIT_NAMES[number];
        }
        return number % 10 == 0 ? TEN_NAMES[number / 10] : TEN_NAMES[number / 10] + "-" + UNIT_NAMES[number % 10];
    }

    private static OptionalInt words(String text, boolean ordinal) {
        String[] tokens = text.toLowerCase(Locale.ROOT).split("[\\s-]+");
        int total = 0;
        int current = 0;
        boolean any = false;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            boolean last = i == tokens.length - 1;
            if (token.isEmpty() || token.equals("and") && any) {
                continue;
            }
            if (ordinal && last) {
                Integer value = ORDINAL_UNITS.get(token);
                if (value == null) {
                    return OptionalInt.empty();
                }
                if (value == 100) {
                    current = Math.max(current, 1) * 100;
                } else {
                    current += value;
                }
                return OptionalInt.of(total + current);
            }
            if (UNITS.containsKey(token)) {
                current += UNITS.get(token);
            } else if (TENS.containsKey(token)) {
                current += TENS.get(token);
            } else if (token.equals("hundred") && current > 0) {
                current *= 100;
            } else if (token.equals("thousand") && current > 0) {
                total += current * 1000;
                current = 0;
            } else {
                return OptionalInt.empty();
            }
            any = true;
        }
        return any && !ordinal ? OptionalInt.of(total + current) : OptionalInt.empty();
    }
}
