package org.edgarbatch.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edgarbatch.reports.PreferredUnitRanks.Contradiction;
import org.edgarbatch.reports.PreferredUnitRanks.Designation;
import org.edgarbatch.reports.PreferredUnitRanks.JointFilingAgreement;
import org.edgarbatch.reports.PreferredUnitRanks.Party;
import org.edgarbatch.reports.PreferredUnitRanks.Relation;
import org.edgarbatch.reports.PreferredUnitRanks.UnitClass;
import org.edgarbatch.units.UnitRank;

/**
 * Reads what the preferred-unit-ranks workbook shows: the stored ranking (tiers, relations, contradictions)
 * with each class's designation, and the joint filing agreements. These are a few rows per partnership or
 * agreement, read whole.
 */
public final class PreferredUnitRanksQuery {

    private final Connection connection;

    public PreferredUnitRanksQuery(Connection connection) {
        this.connection = connection;
    }

    public PreferredUnitRanks read() throws SQLException {
        List<UnitClass> classes = classes();
        Map<String, String> partnerships = new HashMap<>();
        classes.forEach(c -> partnerships.putIfAbsent(c.partnershipKey(), c.partnership()));
        return new PreferredUnitRanks(classes, relations(), contradictions(partnerships), jointFilings());
    }

    private List<UnitClass> classes() throws SQLException {
        Map<String, Designation> designations = new HashMap<>();
        Map<String, Long> designationIds = new HashMap<>();
        query("SELECT u.id, u.partnership_key, u.class_name, u.units, u.liquidation_preference,"
                + " u.liquidation_preference_addition, u.mirrored_stock, u.exhibit, u.amendment_ordinal,"
                + " u.amended_agreement, u.amendment_date, s.filing_date, s.path, s.container_entry, s.document_sequence"
                + " FROM unit_designation u JOIN source_document s ON s.id = u.source_document_id"
                + " ORDER BY u.id", row -> {
            // The first stored designation of a class is the one shown; a later one is an amended restatement.
            String key = row.getString("partnership_key") + "\u0000" + row.getString("class_name");
            designationIds.putIfAbsent(key, row.getLong("id"));
            designations.putIfAbsent(key, new Designation(row.getObject("units", Long.class),
                    row.getBigDecimal("liquidation_preference"), row.getString("liquidation_preference_addition"),
                    row.getString("mirrored_stock"), row.getString("exhibit"),
                    row.getObject("amendment_ordinal", Integer.class), row.getString("amended_agreement"),
                    row.getObject("amendment_date", LocalDate.class), row.getObject("filing_date", LocalDate.class),
                    InsiderTransactionsQuery.sourceDocument(row)));
        });
        Map<Long, Map<UnitRank, List<String>>> stated = new HashMap<>();
        query("SELECT designation_id, unit_rank, class_name FROM unit_ranking_statement WHERE position > 0"
                + " ORDER BY designation_id, clause_index, position", row -> stated
                .computeIfAbsent(row.getLong("designation_id"), k -> new LinkedHashMap<>())
                .computeIfAbsent(UnitRank.valueOf(row.getString("unit_rank")), k -> new ArrayList<>())
                .add(row.getString("class_name")));

        List<UnitClass> classes = new ArrayList<>();
        query("SELECT partnership_key, partnership, class_name, tier, parity_group FROM unit_class_rank"
                + " ORDER BY partnership_key, tier, class_name", row -> {
            String key = row.getString("partnership_key") + "\u0000" + row.getString("class_name");
            Map<UnitRank, List<String>> statements = stated.getOrDefault(designationIds.get(key), Map.of());
            classes.add(new UnitClass(row.getString("partnership_key"), row.getString("partnership"),
                    row.getString("class_name"), row.getInt("tier"), row.getInt("parity_group"), designations.get(key),
                    statements.getOrDefault(UnitRank.SENIOR, List.of()), statements.getOrDefault(UnitRank.PARITY, List.of()),
                    statements.getOrDefault(UnitRank.JUNIOR, List.of())));
        });
        return classes;
    }

    private List<Relation> relations() throws SQLException {
        List<Relation> relations = new ArrayList<>();
        query("SELECT partnership_key, first_class, unit_rank, second_class, sources FROM unit_class_relation ORDER BY id",
                row -> relations.add(new Relation(row.getString("partnership_key"), row.getString("first_class"),
                        UnitRank.valueOf(row.getString("unit_rank")), row.getString("second_class"), row.getString("sources"))));
        return relations;
    }

    /** @param partnerships each partnership's name as written, by its key */
    private List<Contradiction> contradictions(Map<String, String> partnerships) throws SQLException {
        List<Contradiction> contradictions = new ArrayList<>();
        query("SELECT partnership_key, statement, sources, conflicting_statement, conflicting_sources"
                + " FROM unit_ranking_contradiction ORDER BY id", row -> contradictions.add(new Contradiction(
                partnerships.getOrDefault(row.getString("partnership_key"), row.getString("partnership_key")),
                row.getString("statement"), row.getString("sources"), row.getString("conflicting_statement"),
                row.getString("conflicting_sources"))));
        return contradictions;
    }

    private List<JointFilingAgreement> jointFilings() throws SQLException {
        Map<Long, List<Party>> parties = new HashMap<>();
        query("SELECT agreement_id, party_name, signed_through, signatory, signatory_title, under_power_of_attorney"
                + " FROM joint_filing_party ORDER BY agreement_id, party_index", row -> parties
                .computeIfAbsent(row.getLong("agreement_id"), k -> new ArrayList<>())
                .add(new Party(row.getString("party_name"), row.getString("signed_through"), row.getString("signatory"),
                        row.getString("signatory_title"), row.getBoolean("under_power_of_attorney"))));
        List<JointFilingAgreement> agreements = new ArrayList<>();
        query("SELECT j.id, j.schedule, j.covers_amendments, j.subject_company, j.security_class, j.rule_cited,"
                + " j.agreement_date, s.filing_date, s.path, s.container_entry, s.document_sequence"
                + " FROM joint_filing_agreement j JOIN source_document s ON s.id = j.source_document_id"
                + " ORDER BY COALESCE(s.filing_date, j.agreement_date), j.id", row -> agreements.add(new JointFilingAgreement(
                row.getString("schedule"), row.getBoolean("covers_amendments"), row.getString("subject_company"),
                row.getString("security_class"), row.getString("rule_cited"), row.getObject("agreement_date", LocalDate.class),
                row.getObject("filing_date", LocalDate.class),
                InsiderTransactionsQuery.sourceDocument(row),
                parties.getOrDefault(row.getLong("id"), List.of()))));
        return agreements;
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    private void query(String sql, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                handler.handle(rows);
            }
        }
    }
}
