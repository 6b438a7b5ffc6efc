package org.edgarbatch.filings;

import java.util.Locale;
import java.util.Set;

/**
 * Names typed in capitals under signatures ("PETER KOMPANIEZ", "GE CAPITAL EQUITY INVESTMENTS, INC.") in the
 * case the name is otherwise written; a name already in mixed case is kept as it is.
 */
public final class WrittenNames {

    /** Short capitalised words that are words, not acronyms. */
    private static final Set<String> SHORT_WORDS = Set.of("INC", "LTD", "CO", "CORP", "BY", "ONE", "TWO", "NEW", "OLD",
            "BAY", "OAK", "SUN", "AIR", "SEA", "BIG", "TOP", "RED", "ART");
    private static final Set<String> SMALL_WORDS = Set.of("OF", "AND", "THE", "FOR", "IN", "ON", "AT", "TO");

    private WrittenNames() {
    }

    /** @return "Peter Kompaniez" for "PETER KOMPANIEZ"; "O'Brien" stays as written. */
    public static String person(String name) {
        return isCapitals(name) ? capitalise(name, false) : name;
    }

    /** @return "GE Capital Equity Investments, Inc." for "GE CAPITAL EQUITY INVESTMENTS, INC."; acronyms stay. */
    public static String organisation(String name) {
        return isCapitals(name) ? capitalise(name, true) : name;
    }

    /** @return The word with a capital after each hyphen and small letters elsewhere: "TWENTY-ONE" is "Twenty-One". */
    public static String capitalised(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '-';
        }
        return out.toString();
    }

    private static boolean isCapitals(String name) {
        return name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT));
    }

    private static String capitalise(String name, boolean keepAcronyms) {
        StringBuilder out = new StringBuilder(name.length());
        int i = 0;
        boolean first = true;
        while (i < name.length()) {
            if (!Character.isLetter(name.charAt(i))) {
                out.append(name.charAt(i++));
                continue;
            }
            int end = i;
            while (end < name.length() && (Character.isLetter(name.charAt(end)) || name.charAt(end) == '\'')) {
                end++;
            }
            String word = name.substring(i, end);
            boolean dotted = end < name.length() && name.charAt(end) == '.' && word.length() == 1;
            if (keepAcronyms && (word.length() <= 3 && !SHORT_WORDS.contains(word) && !SMALL_WORDS.contains(word) || dotted)) {
                out.append(word);
            } else if (!first && SMALL_WORDS.contains(word)) {
                out.append(word.toLowerCase(Locale.ROOT));
            } else {
                out.append(capitalised(word));
            }
            first = false;
            i = end;
        }
        return out.toString();
    }
}
