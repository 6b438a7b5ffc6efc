package org.edgarbatch.jointfiling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edgarbatch.filings.ExhibitText;
import org.edgarbatch.filings.InvalidDocumentException;
import org.edgarbatch.filings.WrittenDate;
import org.edgarbatch.filings.WrittenNames;

/**
 * Reads a joint filing agreement, whether it is an exhibit of its own or sits at the end of a Schedule 13D
 * or 13G, in plain text or HTML: the agreement's sentence (schedule, security, company, rule), its date, and
 * the signature blocks after it, where several parties may sign through one person.
 */
public final class JointFilingAgreementParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final Pattern HEADING = Pattern.compile(
            "(?:exhibit\\s+[\\w.-]+\\s*[:.-]?\\s*)?(?:joint\\s+filing\\s+agreement|agreement\\s+(?:of|for|regarding|as\\s+to)\\s+joint\\s+filing"
                    + "(?:\\s+of\\s+schedule\\s+13[dg])?)\\.?", FLAGS);
    private static final Pattern RULE = Pattern.compile("rule\\s+13d-1\\s*\\(\\s*k\\s*\\)(?:\\s*\\(\\s*(\\d)\\s*\\))?", FLAGS);
    private static final Pattern SCHEDULE = Pattern.compile("schedule\\s+13\\s*-?\\s*([dg])\\b", FLAGS);
    private static final Pattern AMENDMENTS = Pattern.compile("\\bamendments?\\b", FLAGS);
    private static final String SECURITY = "(?:(?:Class|Series)\\s+[A-Z0-9]{1,3}\\s+)?"
            + "(?:(?:[A-Z][a-z]+|common|ordinary|preferred|capital|voting|non-voting|limited|partnership)\\s+){1,3}"
            + "(?:Stock|Shares|Units|Interests|Securities|Warrants|stock|shares|units|interests)"
            + "(?:,\\s*(?:\\$?[\\d.]+\\s+)?(?:no\\s+)?par\\s+value(?:\\s+(?:of\\s+)?\\$?[\\d.]+)?(?:\\s+per\\s+share)?)?";
    private static final String COMPANY = "[A-Z][^,;()]*?(?:,\\s*(?:Inc|Corp|Corporation|Ltd|L\\.P|LLC|Co|N\\.V|S\\.A|plc|Limited)\\.?)?";
    private static final Pattern SECURITY_OF_COMPANY = Pattern.compile(
            "\\b(?:of|to)\\s+(?:the\\s+)?(" + SECURITY + "),?\\s+of\\s+(?:the\\s+)?(" + COMPANY + ")"
                    + "(?=,|;|\\s+(?:is|are|will|shall|to\\s+be|filed|which|and\\s+further|hereby)\\b|\\.\\s|\\.$|\\s*\\()");
    private static final Pattern DATED = Pattern.compile("^dated?:?\\s+(?:as\\s+of\\s+)?(.*)$", FLAGS);
    private static final Pattern DATED_IN_TEXT = Pattern.compile("\\bdated?:?\\s+(?:as\\s+of\\s+)?", FLAGS);
    private static final Pattern SIGNED = Pattern.compile("^(?:by:?\\s*)?/s/\\s*(.*)$", FLAGS);
    private static final Pattern BY = Pattern.compile("^by:?\\s+(.+)$", FLAGS);
    private static final Pattern NAME = Pattern.compile("^name:\\s*(.*)$", FLAGS);
    private static final Pattern TITLE = Pattern.compile("^(?:title|its)\\s*:\\s*(.*)$", FLAGS);
    private static final Pattern UNFINISHED = Pattern.compile("(?:\\band|\\bof|,|&|-)$", FLAGS);
    private static final Pattern ATTORNEY_IN_FACT = Pattern.compile("attorney[\\s-]*in[\\s-]*fact|power\\s+of\\s+attorney", FLAGS);
    private static final Pattern NAME_CONTINUATION = Pattern.compile(
            "(?i:LLC|L\\.?\\s?P\\.?|Inc\\.?|Ltd\\.?|Limited|Corp\\.?|Corporation|Company|Co\\.?|N\\.?V\\.?|S\\.?A\\.?|plc|GmbH|AG)[.,]?"
                    + "|[a-z].*");
    private static final Pattern NOT_A_PARTY = Pattern.compile(
            "(?:cusip|page|schedule\\s+13|exhibit|signatures?\\b|of$|\\*|\\d|\\(\\d).*", FLAGS);

    /**
     * @return The agreement, or empty when the document only mentions one (an exhibit list, a cover page)
     * @throws InvalidDocumentException when the document holds an agreement that names no schedule or no signing party
     */
    public Optional<JointFilingAgreement> parse(ExhibitText exhibit) throws InvalidDocumentException {
        List<List<String>> paragraphs = exhibit.paragraphLines();
        int statementAt = statementParagraph(paragraphs);
        if (statementAt < 0) {
            return Optional.empty();
        }
        String statement = String.join(" ", paragraphs.get(statementAt));
        Matcher schedule = SCHEDULE.matcher(statement);
        if (!schedule.find()) {
            throw new InvalidDocumentException("joint filing agreement names no Schedule 13D or 13G: '" + abbreviated(statement) + "'");
        }
        List<String> signatureLines = new ArrayList<>();
        for (List<String> paragraph : paragraphs.subList(statementAt + 1, paragraphs.size())) {
            signatureLines.addAll(paragraph);
        }
        List<JointFilingAgreement.Party> parties = parties(signatureLines);
        if (parties.isEmpty()) {
            throw new InvalidDocumentException("joint filing agreement has no signature block ('By: /s/ ...') after its text");
        }
        Matcher securityOfCompany = SECURITY_OF_COMPANY.matcher(statement);
        boolean named = securityOfCompany.find();
        return Optional.of(new JointFilingAgreement(
                "13" + schedule.group(1).toUpperCase(Locale.ROOT),
                AMENDMENTS.matcher(statement).find(),
                named ? securityOfCompany.group(2).trim() : null,
                named ? securityOfCompany.group(1).replaceAll("\\s+", " ").trim() : null,
                rule(statement),
                date(statement, signatureLines),
                parties));
    }

    /** The paragraph that states the agreement: after a "Joint Filing Agreement" heading when there is one. */
    private static int statementParagraph(List<List<String>> paragraphs) {
        int from = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).stream().anyMatch(line -> HEADING.matcher(line).matches())) {
                from = i;
                break;
            }
        }
        for (int i = from; i < paragraphs.size(); i++) {
            String text = String.join(" ", paragraphs.get(i));
            if (RULE.matcher(text).find() || SCHEDULE.matcher(text).find() && text.toLowerCase(Locale.ROOT).contains("on behalf of")) {
                return i;
            }
        }
        return -1;
    }

    private static String rule(String statement) {
        Matcher rule = RULE.matcher(statement);
        if (!rule.find()) {
            return null;
        }
        return "Rule 13d-1(k)" + (rule.group(1) == null ? "" : "(" + rule.group(1) + ")");
    }

    /** "Dated: February 14, 2001" in or after the statement, else a date the statement itself gives. */
    private static LocalDate date(String statement, List<String> signatureLines) {
        Matcher dated = DATED_IN_TEXT.matcher(statement);
        while (dated.find()) {
            Optional<LocalDate> date = WrittenDate.find(statement.substring(dated.end(), Math.min(statement.length(), dated.end() + 40)));
            if (date.isPresent()) {
                return date.get();
            }
        }
        for (String line : signatureLines) {
            Matcher datedLine = DATED.matcher(line);
            if (datedLine.matches()) {
                Optional<LocalDate> date = WrittenDate.find(datedLine.group(1));
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        return WrittenDate.find(statement).orElse(null);
    }

    /** A party waiting for the signature below it, with the entity it signs through. */
    private static final class Pending {
        String name;
        String through;

        Pending(String name) {
            this.name = name;
        }
    }

    /**
     * Walks the signature blocks: party names pile up until a "/s/" signature, which signs for all of them;
     * "Name:" and "Title:" lines complete it. A signature with no party above it is a person signing for
     * themselves.
     */
    static List<JointFilingAgreement.Party> parties(List<String> lines) {
        List<JointFilingAgreement.Party> parties = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        int blockStart = -1;
        String signatory = null;
        String title = null;
        boolean attorney = false;
        String footnote = String.join(" ", lines.stream().filter(line -> line.startsWith("*")).toList());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher signed = SIGNED.matcher(line);
            Matcher by = BY.matcher(line);
            Matcher name = NAME.matcher(line);
            Matcher titled = TITLE.matcher(line);
            if (DATED.matcher(line).matches() || line.startsWith("*")) {
                continue;
            }
            String signature = signed.matches() ? signed.group(1)
                    : by.matches() && !signsThrough(lines, i) ? by.group(1) : null;
            if (signature != null) {
                closeBlock(parties, blockStart, signatory, title, attorney, footnote);
                signatory = WrittenNames.person(stripAttorney(signature));
                attorney = ATTORNEY_IN_FACT.matcher(line).find();
                title = null;
                blockStart = parties.size();
                if (pending.isEmpty()) {
                    parties.add(new JointFilingAgreement.Party(signatory, null, signatory, null, false));
                }
                for (Pending party : pending) {
                    parties.add(new JointFilingAgreement.Party(
                            WrittenNames.organisation(party.name), party.through, signatory, null, false));
                }
                pending.clear();
            } else if (by.matches()) {
                if (!pending.isEmpty()) {
                    pending.get(pending.size() - 1).through = by.group(1).trim();
                }
            } else if (name.matches() && blockStart >= 0) {
                if (!name.group(1).isBlank()) {
                    signatory = WrittenNames.person(name.group(1).trim());
                }
            } else if (titled.matches() && blockStart >= 0) {
                StringBuilder written = new StringBuilder(titled.group(1).trim());
                while (UNFINISHED.matcher(written).find() && i + 1 < lines.size() && !isLabel(lines.get(i + 1))) {
                    written.append(' ').append(lines.get(++i).trim());
                }
                title = written.isEmpty() ? null : written.toString();
            } else if (!pending.isEmpty() && pending.get(pending.size() - 1).through != null
                    && Character.isLowerCase(line.charAt(0))) {
                Pending last = pending.get(pending.size() - 1);
                last.through = last.through + " " + line;
            } else if (blockStart >= 0 && isPrintedNameOf(line, signatory)) {
                continue;
            } else if (looksLikePartyName(line)) {
                closeBlock(parties, blockStart, signatory, title, attorney, footnote);
                blockStart = -1;
                signatory = null;
                title = null;
                if (!pending.isEmpty() && pending.get(pending.size() - 1).through == null
                        && NAME_CONTINUATION.matcher(line).matches()) {
                    pending.get(pending.size() - 1).name += " " + line;
                } else {
                    pending.add(new Pending(line));
                }
            } else {
                pending.clear();
            }
        }
        closeBlock(parties, blockStart, signatory, title, attorney, footnote);
        return parties;
    }

    /** Gives the parties of the block from {@code blockStart} their signatory and title. */
    private static void closeBlock(List<JointFilingAgreement.Party> parties, int blockStart, String signatory, String title,
                                  boolean attorneyInSignature, String footnote) {
        if (blockStart < 0) {
            return;
        }
        boolean attorney = attorneyInSignature || title != null && (ATTORNEY_IN_FACT.matcher(title).find()
                || title.endsWith("*") && ATTORNEY_IN_FACT.matcher(footnote).find());
        String cleanTitle = title == null ? null : title.replaceAll("\\s*\\*+$", "");
        for (int i = blockStart; i < parties.size(); i++) {
            JointFilingAgreement.Party party = parties.get(i);
            boolean self = party.name().equals(party.signatory());
            parties.set(i, new JointFilingAgreement.Party(self && signatory != null ? signatory : party.name(),
                    party.signedThrough(), signatory, cleanTitle, attorney));
        }
    }

    /**
     * "By: Millennium Management LLC, its Investment Manager" above another "By:" names the entity a party
     * signs through; a "By:" followed by "Name:" or "Title:" is the signature itself (a conformed copy may lack "/s/").
     */
    private static boolean signsThrough(List<String> lines, int byLine) {
        for (int i = byLine + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (SIGNED.matcher(line).matches() || BY.matcher(line).matches()) {
                return true;
            }
            if (NAME.matcher(line).matches() || TITLE.matcher(line).matches()) {
                return false;
            }
        }
        return false;
    }

    private static String stripAttorney(String signed) {
        return signed.replaceAll("(?i),?\\s*(?:as\\s+)?attorney[\\s-]*in[\\s-]*fact.*$", "").trim();
    }

    private static boolean isLabel(String line) {
        return SIGNED.matcher(line).matches() || BY.matcher(line).matches() || NAME.matcher(line).matches()
                || TITLE.matcher(line).matches();
    }

    /** The name typed under a person's own signature repeats the signature. */
    private static boolean isPrintedNameOf(String line, String signatory) {
        return signatory != null && line.replaceAll("\\s+", " ").equalsIgnoreCase(signatory);
    }

    private static boolean looksLikePartyName(String line) {
        return line.split("\\s+").length <= 12
                && !NOT_A_PARTY.matcher(line).matches()
                && !(line.endsWith(".") && !line.matches("(?i).*\\b(?:inc|ltd|co|corp|l\\.p|n\\.v|s\\.a|jr|sr)\\.$"))
                && Character.isLetter(line.charAt(0));
    }

    private static String abbreviated(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
