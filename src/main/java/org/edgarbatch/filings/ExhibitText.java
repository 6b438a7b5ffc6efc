package org.edgarbatch.filings;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * An exhibit's text as a reader sees it, whether EDGAR keeps it as plain text or as HTML: paragraphs of
 * lines, without page numbers, page footers, {@code <PAGE>} markers, form feeds or signature rules, with a
 * paragraph that a page break cut in two joined again and words broken by a stray space repaired.
 */
public final class ExhibitText {

    /** Stands for a page break among the lines, whatever marked it (form feed, {@code <PAGE>}, CSS). */
    private static final String PAGE_BREAK = "\f";

    private static final Pattern HTML_MARKUP = Pattern.compile(
            "<(?:html|body|p|div|table|font|br|center|span|b|i|u|a|tr|td|h[1-6])\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final int HTML_PROBE_LIMIT = 16 * 1024;

    /** A line that is only a page number or footer: "7", "- 7 -", "Page 7 of 9", "FF-3", "A-12", or an SGML page/table tag. */
    private static final Pattern PAGE_MARKER = Pattern.compile(
            "(?:\\d{1,4}|-\\s*\\d{1,4}\\s*-|page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?|[A-Z]{1,4}-\\d{1,4}"
                    + "|<(?:PAGE|/?TABLE|S|C|CAPTION|FN)>\\s*\\d*)",
            Pattern.CASE_INSENSITIVE);
    /** Signature and separator rules: only dashes, underscores, equals signs or asterisks. */
    private static final Pattern RULE_LINE = Pattern.compile("[-_=*\\s]{3,}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern SPLIT_WORD = Pattern.compile("\\b([A-Za-z]{2,}) ([A-Za-z]{2,})\\b");
    private static final Pattern HYPHENATED_END = Pattern.compile("([A-Za-z]+)-$");
    private static final Pattern LOWER_CASE_START = Pattern.compile("^([a-z]+)");
    private static final Pattern TERMINAL_PUNCTUATION = Pattern.compile("[.:;!?][\"')\\]]*$");
    private static final Pattern HEADING = Pattern.compile("[^a-z]*[A-Z][^a-z]*");

    /**
     * Words that are often written apart from a neighbour they could form a longer word with ("any one",
     * "in to", "there of", "may be"): a stray space is never assumed next to one of them.
     */
    private static final Set<String> FREE_STANDING_WORDS = Set.of(
            "a", "an", "the", "any", "every", "some", "no", "none", "one", "body", "thing", "self", "selves",
            "in", "on", "to", "of", "by", "for", "with", "within", "without", "out", "up", "down", "over", "under",
            "upon", "after", "before", "into", "onto", "there", "here", "where", "when", "what", "who", "how",
            "may", "can", "be", "is", "as", "at", "or", "and", "nor", "not", "it", "its", "he", "her", "him",
            "his", "she", "we", "us", "our", "you", "your", "they", "them", "their", "my", "me", "so", "if",
            "per", "all", "each", "such", "other", "another", "time", "times", "day", "days", "way", "ever", "more");

    /** Words of partnership and securities exhibits, so a broken one is repaired even where it appears only broken. */
    private static final Set<String> EXHIBIT_VOCABULARY = Set.of(
            "partnership", "partnerships", "properties", "preferred", "designation", "designations",
            "distribution", "distributions", "liquidation", "redemption", "corporation", "incorporated",
            "agreement", "amendment", "amended", "restated", "limited", "general", "partner", "partners",
            "preference", "preferences", "cumulative", "outstanding", "dissolution", "securities", "schedule",
            "beneficial", "ownership", "counterparts", "undersigned", "attorney", "company", "investments");

    private final List<List<String>> paragraphs;

    private ExhibitText(List<List<String>> paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** @return The clean text of a plain-text or HTML exhibit. Never null; empty input gives no paragraphs. */
    public static ExhibitText of(byte[] content) {
        String text = decode(content);
        List<String> lines = isHtml(text) ? HtmlLines.of(text) : plainLines(text);
        Set<String> vocabulary = vocabularyOf(lines);
        List<List<String>> paragraphs = new ArrayList<>();
        for (Block block : blocksOf(lines)) {
            List<String> previous = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
            if (block.afterPageBreak() && previous != null && continuesAcrossPageBreak(previous, block.lines())) {
                previous.addAll(block.lines());
            } else {
                paragraphs.add(new ArrayList<>(block.lines()));
            }
        }
        List<List<String>> repaired = new ArrayList<>(paragraphs.size());
        for (List<String> paragraph : paragraphs) {
            repaired.add(rejoinHyphenated(paragraph, vocabulary).stream().map(line -> repairSplitWords(line, vocabulary)).toList());
        }
        return new ExhibitText(List.copyOf(repaired));
    }

    /** @return Each paragraph's lines as laid out (a signature block keeps "By:", "Name:" and "Title:" apart). */
    public List<List<String>> paragraphLines() {
        return paragraphs;
    }

    /** @return Each paragraph as one line of flowing text. */
    public List<String> paragraphs() {
        return paragraphs.stream().map(ExhibitText::flow).toList();
    }

    /** @return Every line, in order, paragraph boundaries dropped. */
    public List<String> lines() {
        return paragraphs.stream().flatMap(List::stream).toList();
    }

    /** @return The paragraphs as flowing text, separated by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs());
    }

    @Override
    public String toString() {
        return text();
    }

    /**
     * Mends a word a line end hyphenated ("Partner-" / "ship") when the whole word is in the vocabulary, by
     * moving its end up to the first line; a hyphen that belongs ("AIMCO-" / "GP", "Twenty-" / "Third") stays.
     */
    private static List<String> rejoinHyphenated(List<String> lines, Set<String> vocabulary) {
        List<String> mended = new ArrayList<>(lines);
        for (int i = 0; i + 1 < mended.size(); i++) {
            Matcher head = HYPHENATED_END.matcher(mended.get(i));
            Matcher tail = LOWER_CASE_START.matcher(mended.get(i + 1));
            if (head.find() && tail.find() && vocabulary.contains((head.group(1) + tail.group(1)).toLowerCase(Locale.ROOT))) {
                String line = mended.get(i);
                mended.set(i, line.substring(0, line.length() - 1) + tail.group(1));
                String rest = mended.get(i + 1).substring(tail.end()).trim();
                if (rest.isEmpty()) {
                    mended.remove(i + 1);
                } else {
                    mended.set(i + 1, rest);
                }
            }
        }
        return mended;
    }

    /** Joins a paragraph's lines, rejoining a word the line end hyphenated ("Partner-" "ship"). */
    static String flow(List<String> lines) {
        StringBuilder flowing = new StringBuilder();
        for (String line : lines) {
            if (flowing.length() > 0) {
                boolean hyphenated = flowing.length() > 1 && flowing.charAt(flowing.length() - 1) == '-'
                        && Character.isLetter(flowing.charAt(flowing.length() - 2)) && Character.isLetter(line.charAt(0));
                if (!hyphenated) {
                    flowing.append(' ');
                }
            }
            flowing.append(line);
        }
        return flowing.toString();
    }

    private static String decode(byte[] content) {
        Optional<ByteOrderMark> mark = ByteOrderMark.of(content);
        if (mark.isPresent()) {
            return mark.get().decodeAfter(content);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            // EDGAR's older text is Latin-1 or Windows-1252; the latter is a superset for printable text.
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    static boolean isHtml(String text) {
        return HTML_MARKUP.matcher(text.substring(0, Math.min(text.length(), HTML_PROBE_LIMIT))).find();
    }

    private static List<String> plainLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            int formFeed;
            while ((formFeed = line.indexOf('\f')) >= 0) {
                lines.add(normalise(line.substring(0, formFeed)));
                lines.add(PAGE_BREAK);
                line = line.substring(formFeed + 1);
            }
            lines.add(normalise(line));
        }
        return lines;
    }

    /** Typographic quotes to plain ones, non-breaking and other spaces to one space, no surrounding space. */
    static String normalise(String line) {
        StringBuilder normal = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char mapped = switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u0093', '\u0094' -> '"';
                case '\u2018', '\u2019', '\u0091', '\u0092' -> '\'';
                case '\u2013', '\u2014', '\u0096', '\u0097' -> '-';
                case '\u00A0', '\t', '\u2002', '\u2003', '\u2009' -> ' ';
                default -> c;
            };
            if (mapped == ' ' || Character.isWhitespace(mapped)) {
                space = normal.length() > 0;
            } else if (!Character.isISOControl(mapped)) {
                if (space) {
                    normal.append(' ');
                    space = false;
                }
                normal.append(mapped);
            }
        }
        return normal.toString();
    }

    private record Block(List<String> lines, boolean afterPageBreak) {
    }

    /** Splits the lines at blank lines and page breaks; page numbers, footers and rules are dropped. */
    private static List<Block> blocksOf(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        boolean currentAfterPageBreak = false;
        boolean pageBreakSeen = false;
        for (String line : lines) {
            boolean pageBreak = line.equals(PAGE_BREAK) || PAGE_MARKER.matcher(line).matches();
            if (pageBreak || line.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(current, currentAfterPageBreak));
                    current = new ArrayList<>();
                }
                pageBreakSeen |= pageBreak;
            } else if (!RULE_LINE.matcher(line).matches()) {
                if (current.isEmpty()) {
                    currentAfterPageBreak = pageBreakSeen;
                    pageBreakSeen = false;
                }
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(current, currentAfterPageBreak));
        }
        return blocks;
    }

    /** A sentence cut by a page break: the text before it does not end one, and neither side is a heading. */
    private static boolean continuesAcrossPageBreak(List<String> before, List<String> after) {
        String last = before.get(before.size() - 1);
        String first = after.get(0);
        return !TERMINAL_PUNCTUATION.matcher(last).find()
                && !(before.size() == 1 && HEADING.matcher(last).matches())
                && !(after.size() == 1 && HEADING.matcher(first).matches());
    }

    private static Set<String> vocabularyOf(List<String> lines) {
        Set<String> vocabulary = new HashSet<>(EXHIBIT_VOCABULARY);
        for (String line : lines) {
            Matcher word = WORD.matcher(line);
            while (word.find()) {
                vocabulary.add(word.group().toLowerCase(Locale.ROOT));
            }
        }
        return vocabulary;
    }

    /**
     * Joins two words a stray space broke apart ("Partner ship", "PROPER TIES") when the joined word is one
     * the exhibit uses (or one of its kind always uses), both halves are written in the same case, and neither
     * is a word that commonly stands apart ("any one", "in to"): two real words are left as they are.
     */
    static String repairSplitWords(String line, Set<String> vocabulary) {
        Matcher pair = SPLIT_WORD.matcher(line);
        StringBuilder repaired = null;
        int copied = 0;
        int from = 0;
        while (pair.find(from)) {
            String left = pair.group(1);
            String right = pair.group(2);
            String joined = (left + right).toLowerCase(Locale.ROOT);
            if (vocabulary.contains(joined) && sameCase(left, right)
                    && !FREE_STANDING_WORDS.contains(left.toLowerCase(Locale.ROOT))
                    && !FREE_STANDING_WORDS.contains(right.toLowerCase(Locale.ROOT))) {
                if (repaired == null) {
                    repaired = new StringBuilder(line.length());
                }
                repaired.append(line, copied, pair.start()).append(left).append(right);
                copied = pair.end();
                from = pair.end();
            } else {
                from = pair.start(2);
            }
        }
        return repaired == null ? line : repaired.append(line, copied, line.length()).toString();
    }

    /** "Partner ship" and "PROPER TIES" are one word broken; "Partner Ship" or "GENERAL partner" are not. */
    private static boolean sameCase(String left, String right) {
        boolean leftUpper = left.equals(left.toUpperCase(Locale.ROOT));
        boolean rightUpper = right.equals(right.toUpperCase(Locale.ROOT));
        boolean rightLower = right.equals(right.toLowerCase(Locale.ROOT));
        return leftUpper && rightUpper || !leftUpper && rightLower;
    }

    /** Lines of an HTML document: block elements end paragraphs, {@code <br>} and table rows end lines. */
    private static final class HtmlLines implements NodeVisitor {

        private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
                "ol", "dl", "dt", "dd", "table", "blockquote", "center", "pre", "hr", "section", "article", "title");

        private final List<String> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();

        static List<String> of(String html) {
            HtmlLines visitor = new HtmlLines();
            org.jsoup.nodes.Document document = Jsoup.parse(html);
            document.body().traverse(visitor);
            visitor.endLine();
            return visitor.lines;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                line.append(text.getWholeText().replace('\n', ' ').replace('\r', ' '));
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (hasPageBreak(element, "before")) {
                    pageBreak();
                }
                if (tag.equals("br")) {
                    endLine();
                } else if (tag.equals("td") || tag.equals("th")) {
                    line.append(' ');
                } else if (BLOCKS.contains(tag)) {
                    endParagraph();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("tr")) {
                    endLine();
                } else if (BLOCKS.contains(tag)) {
                    endParagraph();
                }
                if (hasPageBreak(element, "after")) {
                    pageBreak();
                }
            }
        }

        /** CSS {@code page-break-before/after: always} or {@code break-before/after: page}. */
        private static boolean hasPageBreak(Element element, String side) {
            String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            return style.contains("page-break-" + side + ":always") || style.contains("break-" + side + ":page");
        }

        private void pageBreak() {
            endLine();
            lines.add(PAGE_BREAK);
        }

        private void endLine() {
            String normal = normalise(line.toString());
            line.setLength(0);
            if (!normal.isEmpty()) {
                lines.add(normal);
            }
        }

        private void endParagraph() {
            endLine();
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
                lines.add("");
            }
        }
    }
}
