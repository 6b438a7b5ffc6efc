package org.edgarbatch.units;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edgarbatch.filings.ExhibitText;
import org.edgarbatch.filings.InvalidDocumentException;
import org.edgarbatch.filings.WrittenDate;
import org.edgarbatch.filings.WrittenNames;

/**
 * Reads a partnership unit designation exhibit (an amendment to a limited partnership agreement that adds
 * an exhibit designating a class of Partnership Preferred Units) into a {@link UnitDesignation}. It reads
 * the wording these exhibits use; what it does not find stays null, except the designated class and its
 * ranking section, without which the document is refused.
 */
public final class UnitDesignationParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final Pattern DESIGNATED_QUOTED = Pattern.compile(
            "designated\\s+as\\s+(?:the\\s+)?\"([^\"]{3,120}?)[,.]?\"", FLAGS);
    private static final Pattern DESIGNATED_BARE = Pattern.compile(
            "designated\\s+as\\s+(?:the\\s+)?((?:class|series)\\s+[\\w-]+\\s+[\\w\\s-]{0,60}?units?)\\b", FLAGS);
    private static final Pattern UNITS_IN_CLASS = Pattern.compile(
            "number\\s+of\\s+[\\w\\s]{0,60}?units?\\s+constituting\\s+such\\s+(?:class|series)\\s+shall\\s+be\\s+(\\d{1,3}(?:,\\d{3})+|\\d+)"
                    + "|consist(?:s|ing)?\\s+of\\s+(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:partnership\\s+)?(?:preferred\\s+)?units", FLAGS);
    private static final Pattern SECTION_HEADING = Pattern.compile(
            "^(?:[Ss]ection\\s+|SECTION\\s+)?(\\d{1,2})\\.\\s+([A-Z][A-Za-z ,;'&/-]{2,60}?)\\.(?:\\s+(.+))?$", Pattern.DOTALL);
    private static final Pattern PARTNERSHIP_DEFINED = Pattern.compile(
            "\"partnership\"\\s+(?:shall\\s+mean|means)\\s+(.{3,120}?),\\s+an?\\s+[A-Za-z ]{0,40}?limited\\s+partnership", FLAGS);
    private static final Pattern PARTNERSHIP_OF_GENERAL_PARTNER = Pattern.compile(
            "general\\s+partner\\s+of\\s+(.{3,120}?),\\s+an?\\s+[A-Za-z ]{0,40}?limited\\s+partnership", FLAGS);
    private static final Pattern GENERAL_PARTNER = Pattern.compile(
            "executed\\s+by\\s+(.{3,120}?),\\s+an?\\s+[A-Za-z ]{0,60}?\\(the\\s+\"general\\s+partner\"\\)", FLAGS);
    private static final Pattern AMENDMENT = Pattern.compile(
            "\\bthis\\s+([a-z]+(?:[\\s-][a-z]+){0,4}?)\\s+amendment\\s+to\\s+(?:the\\s+)?(.{10,200}?),?\\s+dated\\s+(?:as\\s+of\\s+)?"
                    + "([a-z]+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})", FLAGS);
    private static final Pattern SIGNED = Pattern.compile("^(?:by:?\\s*)?/s/\\s*(.+)$", FLAGS);
    private static final Pattern EXHIBIT_ENTITLED = Pattern.compile(
            "new\\s+exhibit,?\\s+entitled\\s+\"?exhibit\\s+([A-Z0-9]{1,4})\\b", FLAGS);
    private static final Pattern EXHIBIT_HEADING = Pattern.compile("^EXHIBIT\\s+([A-Z]{1,3})$");
    private static final Pattern LIQUIDATION_AMOUNT = Pattern.compile(
            "entitled\\s+to\\s+receive\\s+(?:([A-Za-z -]{3,60}?)\\s+dollars\\s*)?(?:\\(\\s*)?(?:\\$\\s?(\\d[\\d,]*(?:\\.\\d+)?))?", FLAGS);
    private static final Pattern PLUS = Pattern.compile("\\bplus\\s+(.+?)(?:;|\\.\\s|\\.$|$)", FLAGS | Pattern.DOTALL);
    private static final Pattern STOCK_DEFINED = Pattern.compile(
            "\"([^\"]{3,80}?preferred\\s+stock)\"\\s+(?:shall\\s+mean|means)\\s+(?:the\\s+)?(.{3,300}?)\\.(?=\\s|$)", FLAGS);
    private static final Pattern CLAUSE_START = Pattern.compile(
            "\\(([a-h])\\)\\s+(prior\\s+or\\s+senior\\s+to|senior\\s+to|prior\\s+to|on\\s+a\\s+parity\\s+with|on\\s+parity\\s+with"
                    + "|pari\\s+passu\\s+with|junior\\s+to)\\b", FLAGS);
    private static final Pattern NAMED_CLASSES = Pattern.compile(
            "such\\s+class(?:\\s+or\\s+series)?\\s+of\\s+(?:partnership\\s+)?units\\s+shall\\s+be\\s+(.+?)"
                    + "(?:,?\\s+or\\s+\\(ii\\)|;\\s|\\s\\(the\\s+partnership\\s+units\\s+referred|$)", FLAGS);
    private static final Pattern TEST_AFTER_II = Pattern.compile(
            "\\(ii\\)\\s+(.+?)\\s*\\((?:the\\s+partnership\\s+units\\s+referred|\")", FLAGS);
    private static final Pattern TEST_AFTER_IF = Pattern.compile("\\bif\\s+(?!\\(i\\))(.+?)\\s*\\(\"", FLAGS);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+", FLAGS);

    /**
     * @return What the designation says. Never null.
     * @throws InvalidDocumentException when no designated class or no ranking clause can be found
     */
    public UnitDesignation parse(ExhibitText exhibit) throws InvalidDocumentException {
        List<String> paragraphs = exhibit.paragraphs();
        String flat = String.join(" ", paragraphs);
        String className = designatedClass(flat);
        Map<String, String> sections = sections(paragraphs);
        String ranking = section(sections, "RANK");
        if (ranking == null) {
            throw new InvalidDocumentException("no ranking section for " + className
                    + " (a numbered section headed 'Ranking')");
        }
        List<UnitDesignation.RankingClause> clauses = rankingClauses(ranking.replace("\n\n", " "));
        if (clauses.isEmpty()) {
            throw new InvalidDocumentException("the ranking section of " + className
                    + " states no clause beginning '(a) senior to', '(b) on a parity with' or '(c) junior to'");
        }
        String liquidationSection = section(sections, "LIQUIDATION");
        LiquidationPreference liquidation = liquidationPreference(liquidationSection == null ? flat : liquidationSection);
        DefinedStock stock = mirroredStock(flat);
        return new UnitDesignation(
                partnership(flat),
                generalPartner(flat, paragraphs),
                amendment(flat, exhibit.lines()),
                exhibitLetter(flat, paragraphs),
                className,
                units(flat),
                liquidation.perUnit(),
                liquidation.addition(),
                stock.name(),
                stock.description(),
                section(sections, "DISTRIBUTION"),
                section(sections, "REDEMPTION"),
                section(sections, "RESTRICTION"),
                clauses);
    }

    private static String designatedClass(String text) throws InvalidDocumentException {
        Matcher quoted = DESIGNATED_QUOTED.matcher(text);
        if (quoted.find() && quoted.group(1).toLowerCase(Locale.ROOT).contains("unit")) {
            return UnitClassName.canonical(quoted.group(1));
        }
        Matcher bare = DESIGNATED_BARE.matcher(text);
        if (bare.find()) {
            return UnitClassName.canonical(bare.group(1));
        }
        throw new InvalidDocumentException("no designated class: no 'designated as \"Class ... Units\"'");
    }

    /** The numbered sections of the designation by upper-case title ("RANKING"), each with its text. */
    private static Map<String, String> sections(List<String> paragraphs) {
        Map<String, String> sections = new LinkedHashMap<>();
        String title = null;
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            Matcher heading = SECTION_HEADING.matcher(paragraph);
            if (heading.matches() && isTitle(heading.group(2))) {
                if (title != null) {
                    sections.putIfAbsent(title, body.toString().trim());
                }
                title = heading.group(2).toUpperCase(Locale.ROOT);
                body.setLength(0);
                if (heading.group(3) != null) {
                    body.append(heading.group(3));
                }
            } else if (title != null) {
                body.append(body.length() == 0 ? "" : "\n\n").append(paragraph);
            }
        }
        if (title != null) {
            sections.putIfAbsent(title, body.toString().trim());
        }
        return sections;
    }

    /** A heading's words are all capitals ("RANKING") or capitalised ("Restrictions on Ownership"). */
    private static boolean isTitle(String title) {
        if (title.equals(title.toUpperCase(Locale.ROOT))) {
            return true;
        }
        for (String word : title.split("[\\s/-]+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))
                    && !word.matches("of|on|and|the|to|in|for|or|upon")) {
                return false;
            }
        }
        return true;
    }

    private static String section(Map<String, String> sections, String titleWord) {
        return sections.entrySet().stream()
                .filter(entry -> entry.getKey().contains(titleWord) && !entry.getKey().contains("ALLOCATION"))
                .map(Map.Entry::getValue)
                .filter(body -> !body.isEmpty())
                .findFirst()
                .orElse(null);
    }

    static List<UnitDesignation.RankingClause> rankingClauses(String ranking) {
        List<int[]> starts = new ArrayList<>();
        List<UnitRank> ranks = new ArrayList<>();
        Matcher start = CLAUSE_START.matcher(ranking);
        while (start.find()) {
            starts.add(new int[] {start.start(), start.end()});
            ranks.add(rankOf(start.group(2)));
        }
        List<UnitDesignation.RankingClause> clauses = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : ranking.length();
            String clause = ranking.substring(starts.get(i)[1], end);
            List<String> asWritten = new ArrayList<>();
            Matcher named = NAMED_CLASSES.matcher(clause);
            if (named.find()) {
                for (String item : LIST_SEPARATOR.split(named.group(1))) {
                    if (!item.isBlank()) {
                        asWritten.add(item.trim());
                    }
                }
            }
            clauses.add(new UnitDesignation.RankingClause(ranks.get(i),
                    asWritten.stream().map(UnitClassName::canonical).toList(), List.copyOf(asWritten), generalTest(clause)));
        }
        return clauses;
    }

    private static UnitRank rankOf(String phrase) {
        String normal = phrase.toLowerCase(Locale.ROOT);
        if (normal.contains("junior")) {
            return UnitRank.JUNIOR;
        }
        return normal.contains("parity") || normal.contains("pari") ? UnitRank.PARITY : UnitRank.SENIOR;
    }

    private static String generalTest(String clause) {
        Matcher test = TEST_AFTER_II.matcher(clause);
        if (!test.find()) {
            test = TEST_AFTER_IF.matcher(clause);
            if (!test.find()) {
                return null;
            }
        }
        return test.group(1).replaceAll("[\\s,;]+$", "");
    }

    private static String partnership(String text) {
        for (Pattern pattern : List.of(PARTNERSHIP_DEFINED, PARTNERSHIP_OF_GENERAL_PARTNER)) {
            Matcher partnership = pattern.matcher(text);
            if (partnership.find()) {
                return partnership.group(1).trim();
            }
        }
        return null;
    }

    private static String generalPartner(String text, List<String> paragraphs) {
        Matcher executedBy = GENERAL_PARTNER.matcher(text);
        if (executedBy.find()) {
            return executedBy.group(1).trim();
        }
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            if (paragraphs.get(i).equalsIgnoreCase("GENERAL PARTNER:")) {
                return paragraphs.get(i + 1).trim();
            }
        }
        return null;
    }

    private static UnitDesignation.Amendment amendment(String text, List<String> lines) {
        Integer ordinal = null;
        String agreement = null;
        LocalDate agreementDate = null;
        LocalDate date = null;
        Matcher amendment = AMENDMENT.matcher(text);
        if (amendment.find()) {
            OptionalInt number = NumberWords.ordinal(amendment.group(1));
            ordinal = number.isPresent() ? number.getAsInt() : null;
            agreement = amendment.group(2).trim();
            date = WrittenDate.find(amendment.group(3)).orElse(null);
            // The opening sentence often shouts the title in capitals; the recitals write it as a title.
            Matcher again = Pattern.compile(Pattern.quote(agreement) + ",?\\s+dated\\s+(?:as\\s+of\\s+)?([^()]{6,40})", FLAGS)
                    .matcher(text);
            while (again.find()) {
                if (again.start() == amendment.start(2)) {
                    continue; // the opening sentence: its date is the amendment's
                }
                String written = again.group().substring(0, agreement.length());
                boolean mixedCase = !written.equals(written.toUpperCase(Locale.ROOT));
                if (mixedCase || agreementDate == null) {
                    agreementDate = WrittenDate.find(again.group(1)).orElse(agreementDate);
                }
                if (mixedCase) {
                    agreement = written;
                    break;
                }
            }
        }
        String signatory = signatory(lines);
        if (ordinal == null && agreement == null && date == null && signatory == null) {
            return null;
        }
        return new UnitDesignation.Amendment(ordinal, agreement, agreementDate, date, signatory);
    }

    /** The first "/s/" signature, with a "Name:" line that follows it preferred when it is filled in. */
    static String signatory(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher signed = SIGNED.matcher(lines.get(i));
            if (signed.matches()) {
                String name = signed.group(1).trim();
                if (i + 1 < lines.size() && lines.get(i + 1).regionMatches(true, 0, "Name:", 0, 5)) {
                    String written = lines.get(i + 1).substring(5).trim();
                    name = written.isEmpty() ? name : written;
                }
                return WrittenNames.person(name);
            }
        }
        return null;
    }

    private static String exhibitLetter(String text, List<String> paragraphs) {
        Matcher entitled = EXHIBIT_ENTITLED.matcher(text);
        if (entitled.find()) {
            return entitled.group(1).toUpperCase(Locale.ROOT);
        }
        return paragraphs.stream()
                .map(EXHIBIT_HEADING::matcher)
                .filter(Matcher::matches)
                .map(heading -> heading.group(1))
                .findFirst()
                .orElse(null);
    }

    private static Long units(String text) {
        Matcher units = UNITS_IN_CLASS.matcher(text);
        if (!units.find()) {
            return null;
        }
        String digits = units.group(1) != null ? units.group(1) : units.group(2);
        return Long.parseLong(digits.replace(",", ""));
    }

    /** The liquidation preference per unit and what is added to it, as written after the amount. */
    private record LiquidationPreference(BigDecimal perUnit, String addition) {
        static final LiquidationPreference NONE = new LiquidationPreference(null, null);
    }

    /** The first amount the holders are "entitled to receive" ("$25.00", "Twenty-Five Dollars"), and the "plus" after it. */
    private static LiquidationPreference liquidationPreference(String text) {
        Matcher amount = LIQUIDATION_AMOUNT.matcher(text);
        while (amount.find()) {
            BigDecimal perUnit = null;
            if (amount.group(2) != null) {
                perUnit = new BigDecimal(amount.group(2).replace(",", ""));
            } else if (amount.group(1) != null) {
                OptionalInt dollars = NumberWords.cardinal(amount.group(1));
                perUnit = dollars.isPresent() ? BigDecimal.valueOf(dollars.getAsInt()) : null;
            }
            if (perUnit != null) {
                Matcher plus = PLUS.matcher(text).region(amount.end(), text.length());
                boolean added = plus.find() && plus.start() < amount.end() + 300;
                return new LiquidationPreference(perUnit, added ? plus.group(1).replaceAll("\\s+", " ").trim() : null);
            }
        }
        return LiquidationPreference.NONE;
    }

    /** A preferred stock the designation defines ("Class R Preferred Stock" means ...), which its units mirror. */
    private record DefinedStock(String name, String description) {
        static final DefinedStock NONE = new DefinedStock(null, null);
    }

    private static DefinedStock mirroredStock(String text) {
        Matcher defined = STOCK_DEFINED.matcher(text);
        if (defined.find()) {
            return new DefinedStock(defined.group(1).replaceAll("\\s+", " ").trim(), defined.group(2).replaceAll("\\s+", " ").trim());
        }
        return DefinedStock.NONE;
    }
}
