package org.edgarbatch.reports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.edgarbatch.filings.DocumentLocation;
import org.edgarbatch.ownership.Footnoted;

/**
 * Reads the filings of a report's period from the ownership tables as streams: one query for the filings
 * and one each for their owners, footnotes, transactions and holdings, all in the same order (report date,
 * then filing), merged filing by filing. Memory holds one filing at a time, whatever the period's size.
 */
public final class InsiderTransactionsQuery {

    /** Rows fetched per round trip; PostgreSQL streams with it (in a transaction), H2 spills large results to disk. */
    static final int FETCH_SIZE = 1_000;

    private static final String REPORT_DATE = "COALESCE(f.filing_date, f.period_of_report)";

    /** Receives each filing of the period with its rows. */
    @FunctionalInterface
    public interface FilingConsumer {
        void accept(FilingFacts filing, List<TransactionLine> transactions, List<HoldingLine> holdings);
    }

    private final Connection connection;
    private final ReportPeriod period;

    /** @param connection a connection with auto-commit off, so that PostgreSQL streams the rows */
    public InsiderTransactionsQuery(Connection connection, ReportPeriod period) {
        this.connection = connection;
        this.period = period;
    }

    /** @return The latest date any stored filing, designation or agreement is dated by; empty when nothing is stored. */
    public static Optional<LocalDate> lastDayWithFilings(Connection connection) throws SQLException {
        String sql = "SELECT MAX(d) FROM ("
                + " SELECT MAX(" + REPORT_DATE + ") AS d FROM ownership_filing f"
                + " UNION ALL SELECT MAX(COALESCE(s.filing_date, u.amendment_date)) FROM unit_designation u"
                + "   JOIN source_document s ON s.id = u.source_document_id"
                + " UNION ALL SELECT MAX(COALESCE(s.filing_date, j.agreement_date)) FROM joint_filing_agreement j"
                + "   JOIN source_document s ON s.id = j.source_document_id) dates";
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return Optional.ofNullable(rows.getObject(1, LocalDate.class));
        }
    }

    /** Hands every filing of the period, in report-date order, to the consumer with its transactions and holdings. */
    public void forEachFiling(FilingConsumer consumer) throws SQLException {
        try (Cursor filings = open("SELECT " + REPORT_DATE + " AS report_date, f.id AS filing_id, f.accession_number,"
                + " f.filing_date, f.period_of_report, f.document_type, f.issuercik, f.issuername, f.issuertradingsymbol,"
                + " f.aff10b5one, d.path, d.container_entry, d.document_sequence"
                + " FROM ownership_filing f JOIN source_document d ON d.id = f.source_document_id"
                + where() + " ORDER BY report_date, filing_id", 1);
             Cursor owners = open("SELECT " + REPORT_DATE + " AS report_date, f.id AS filing_id, o.rptownercik,"
                     + " o.rptownername, o.rptowner_relationship, o.rptowner_title, o.rptowner_txt"
                     + " FROM reporting_owner o JOIN ownership_filing f ON f.id = o.filing_id"
                     + where() + " ORDER BY report_date, filing_id, o.row_index", 1);
             Cursor footnotes = open("SELECT " + REPORT_DATE + " AS report_date, f.id AS filing_id, n.footnote_id, n.footnote_txt"
                     + " FROM ownership_footnote n JOIN ownership_filing f ON f.id = n.filing_id"
                     + where() + " ORDER BY report_date, filing_id, n.row_index", 1);
             Cursor transactions = open(transactionsSql(), 2);
             Cursor holdings = open(holdingsSql(), 2)) {
            while (filings.rows.next()) {
                ResultSet f = filings.rows;
                LocalDate reportDate = f.getObject("report_date", LocalDate.class);
                long id = f.getLong("filing_id");
                List<OwnerFacts> filingOwners = owners.rowsOf(reportDate, id, InsiderTransactionsQuery::owner);
                Map<String, String> filingFootnotes = new HashMap<>();
                for (String[] footnote : footnotes.rowsOf(reportDate, id,
                        r -> new String[] {r.getString("footnote_id"), r.getString("footnote_txt")})) {
                    filingFootnotes.put(footnote[0], footnote[1] == null ? "" : footnote[1]);
                }
                FilingFacts filing = new FilingFacts(id, f.getString("accession_number"),
                        f.getObject("filing_date", LocalDate.class), f.getObject("period_of_report", LocalDate.class),
                        f.getString("document_type"), f.getString("issuercik"), f.getString("issuername"),
                        f.getString("issuertradingsymbol"), f.getObject("aff10b5one", Boolean.class),
                        sourceDocument(f),
                        filingOwners, filingFootnotes);
                consumer.accept(filing, transactions.rowsOf(reportDate, id, InsiderTransactionsQuery::transaction),
                        holdings.rowsOf(reportDate, id, InsiderTransactionsQuery::holding));
            }
        }
    }

    /**
     * Hands over every document rejected in the period: those whose submission's filing date is in it, and
     * those without a filing date that were rejected on a day of the period or by one of these executions.
     * Rejections are not filtered by issuer: a rejected document's issuer is not known.
     */
    public void forEachRejection(Collection<Long> executionIds, java.util.function.Consumer<RejectionLine> consumer)
            throws SQLException {
        ZoneId zone = ZoneId.systemDefault();
        String executions = executionIds.isEmpty() ? "NULL"
                : executionIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        String sql = "SELECT r.path, r.reason, r.execution_id, r.rejected_at, r.filing_date FROM rejected_document r"
                + " WHERE r.filing_date BETWEEN ? AND ?"
                + " OR r.filing_date IS NULL AND (r.execution_id IN (" + executions + ")"
                + "   OR r.rejected_at >= ? AND r.rejected_at < ?)"
                + " ORDER BY r.id";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH_SIZE);
            statement.setObject(1, period.from());
            statement.setObject(2, period.to());
            statement.setTimestamp(3, Timestamp.from(period.from().atStartOfDay(zone).toInstant()));
            statement.setTimestamp(4, Timestamp.from(period.to().plusDays(1).atStartOfDay(zone).toInstant()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    LocalDate filingDate = rows.getObject("filing_date", LocalDate.class);
                    long executionId = rows.getLong("execution_id");
                    String datedBy = filingDate != null ? "filing date"
                            : executionIds.contains(executionId) ? "rejected by this run" : "rejected on a day of the period";
                    consumer.accept(new RejectionLine(rows.getString("path"), rows.getString("reason"), executionId,
                            rows.getTimestamp("rejected_at").toInstant().atZone(zone).toLocalDateTime(), filingDate, datedBy));
                }
            }
        }
    }

    /** @return The filter every query of the period has: the report date, and the issuer when there is one. */
    private String where() {
        String where = " WHERE " + REPORT_DATE + " BETWEEN ? AND ?";
        if (period.issuerCik() != null) {
            where += " AND f.issuercik = ?";
        } else if (period.issuerSymbol() != null) {
            where += " AND UPPER(f.issuertradingsymbol) = ?";
        }
        return where;
    }

    private String transactionsSql() {
        String common = "t.security_title, t.security_title_fn, t.trans_date, t.trans_date_fn, t.trans_code,"
                + " t.trans_shares, t.trans_shares_fn, t.trans_pricepershare, t.trans_pricepershare_fn,"
                + " t.trans_acquired_disp_cd, t.trans_acquired_disp_cd_fn, t.shrs_ownd_folwng_trans,"
                + " t.shrs_ownd_folwng_trans_fn, t.direct_indirect_ownership, t.direct_indirect_ownership_fn,"
                + " t.deemed_execution_date_fn, t.equity_swap_trans_cd_fn, t.trans_timeliness_fn, t.trans_total_value_fn,"
                + " t.valu_ownd_folwng_trans_fn, t.nature_of_ownership_fn";
        String none = "CAST(NULL AS VARCHAR(500))";
        return "SELECT " + REPORT_DATE + " AS report_date, f.id AS filing_id, 0 AS table_order, t.row_index, " + common
                + ", " + none + " AS conv_exercise_price_fn, " + none + " AS exercise_date_fn, " + none + " AS expiration_date_fn, "
                + none + " AS undlyng_sec_title_fn, " + none + " AS undlyng_sec_shares_fn, " + none + " AS undlyng_sec_value_fn"
                + " FROM nonderiv_trans t JOIN ownership_filing f ON f.id = t.filing_id " + where()
                + " UNION ALL SELECT " + REPORT_DATE + " AS report_date, f.id AS filing_id, 1 AS table_order, t.row_index, " + common
                + ", t.conv_exercise_price_fn, t.exercise_date_fn, t.expiration_date_fn, t.undlyng_sec_title_fn,"
                + " t.undlyng_sec_shares_fn, t.undlyng_sec_value_fn"
                + " FROM deriv_trans t JOIN ownership_filing f ON f.id = t.filing_id " + where()
                + " ORDER BY report_date, filing_id, table_order, row_index";
    }

    private String holdingsSql() {
        String common = "t.security_title, t.security_title_fn, t.shrs_ownd_folwng_trans, t.shrs_ownd_folwng_trans_fn,"
                + " t.valu_ownd_folwng_trans, t.valu_ownd_folwng_trans_fn, t.direct_indirect_ownership,"
                + " t.direct_indirect_ownership_fn, t.nature_of_ownership, t.nature_of_ownership_fn";
        String text = "CAST(NULL AS VARCHAR(500))";
        String number = "CAST(NULL AS DECIMAL(38,10))";
        String date = "CAST(NULL AS DATE)";
        return "SELECT " + REPORT_DATE + " AS report_date, f.id AS filing_id, 0 AS table_order, t.row_index, " + common
                + ", " + number + " AS conv_exercise_price, " + text + " AS conv_exercise_price_fn, "
                + date + " AS exercise_date, " + text + " AS exercise_date_fn, " + date + " AS expiration_date, "
                + text + " AS expiration_date_fn, " + text + " AS undlyng_sec_title, " + text + " AS undlyng_sec_title_fn, "
                + number + " AS undlyng_sec_shares, " + text + " AS undlyng_sec_shares_fn"
                + " FROM nonderiv_holding t JOIN ownership_filing f ON f.id = t.filing_id " + where()
                + " UNION ALL SELECT " + REPORT_DATE + " AS report_date, f.id AS filing_id, 1 AS table_order, t.row_index, " + common
                + ", t.conv_exercise_price, t.conv_exercise_price_fn, t.exercise_date, t.exercise_date_fn,"
                + " t.expiration_date, t.expiration_date_fn, t.undlyng_sec_title, t.undlyng_sec_title_fn,"
                + " t.undlyng_sec_shares, t.undlyng_sec_shares_fn"
                + " FROM deriv_holding t JOIN ownership_filing f ON f.id = t.filing_id " + where()
                + " ORDER BY report_date, filing_id, table_order, row_index";
    }

    /** Opens a query with {@link #where()} repeated {@code filters} times, as the UNION's branches each need it. */
    private Cursor open(String sql, int filters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            statement.setFetchSize(FETCH_SIZE);
            int index = 0;
            for (int i = 0; i < filters; i++) {
                statement.setObject(++index, period.from());
                statement.setObject(++index, period.to());
                if (period.issuerCik() != null) {
                    statement.setString(++index, period.issuerCik());
                } else if (period.issuerSymbol() != null) {
                    statement.setString(++index, period.issuerSymbol());
                }
            }
            return new Cursor(statement, statement.executeQuery());
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** @return Where a document was read, from the {@code path}, {@code container_entry} and {@code document_sequence} of its row. */
    static String sourceDocument(ResultSet row) throws SQLException {
        return new DocumentLocation(row.getString("path"), row.getString("container_entry"),
                row.getObject("document_sequence", Integer.class)).toString();
    }

    private static OwnerFacts owner(ResultSet row) throws SQLException {
        String title = row.getString("rptowner_title");
        return new OwnerFacts(row.getString("rptownercik"), row.getString("rptownername"),
                row.getString("rptowner_relationship"), title != null ? title : row.getString("rptowner_txt"));
    }

    private static TransactionLine transaction(ResultSet row) throws SQLException {
        return new TransactionLine(row.getInt("table_order") == 1, text(row, "security_title"),
                date(row, "trans_date"), row.getString("trans_code"), number(row, "trans_shares"),
                number(row, "trans_pricepershare"), text(row, "trans_acquired_disp_cd"),
                number(row, "shrs_ownd_folwng_trans"), text(row, "direct_indirect_ownership"),
                footnoteIds(row, "deemed_execution_date_fn", "equity_swap_trans_cd_fn", "trans_timeliness_fn",
                        "trans_total_value_fn", "valu_ownd_folwng_trans_fn", "nature_of_ownership_fn",
                        "conv_exercise_price_fn", "exercise_date_fn", "expiration_date_fn", "undlyng_sec_title_fn",
                        "undlyng_sec_shares_fn", "undlyng_sec_value_fn"));
    }

    private static HoldingLine holding(ResultSet row) throws SQLException {
        return new HoldingLine(row.getInt("table_order") == 1, text(row, "security_title"),
                number(row, "shrs_ownd_folwng_trans"), number(row, "valu_ownd_folwng_trans"),
                text(row, "direct_indirect_ownership"), text(row, "nature_of_ownership"),
                number(row, "conv_exercise_price"), date(row, "exercise_date"), date(row, "expiration_date"),
                text(row, "undlyng_sec_title"), number(row, "undlyng_sec_shares"));
    }

    private static Footnoted<String> text(ResultSet row, String column) throws SQLException {
        return new Footnoted<>(row.getString(column), footnoteIds(row, column + "_fn"));
    }

    private static Footnoted<BigDecimal> number(ResultSet row, String column) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        return new Footnoted<>(value == null ? null : value.stripTrailingZeros(), footnoteIds(row, column + "_fn"));
    }

    private static Footnoted<LocalDate> date(ResultSet row, String column) throws SQLException {
        return new Footnoted<>(row.getObject(column, LocalDate.class), footnoteIds(row, column + "_fn"));
    }

    /** @return The ids in these comma-separated footnote columns, in column order. */
    private static List<String> footnoteIds(ResultSet row, String... columns) throws SQLException {
        List<String> ids = new ArrayList<>();
        for (String column : columns) {
            String value = row.getString(column);
            if (value != null && !value.isBlank()) {
                Arrays.stream(value.split(",")).map(String::strip).filter(id -> !id.isEmpty()).forEach(ids::add);
            }
        }
        return ids;
    }

    /** Maps one row of a result set. */
    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** A result set ordered by report date and filing id, read filing by filing alongside the filings query. */
    private static final class Cursor implements AutoCloseable {
        private final PreparedStatement statement;
        private final ResultSet rows;
        private boolean positioned;
        private boolean exhausted;

        Cursor(PreparedStatement statement, ResultSet rows) {
            this.statement = statement;
            this.rows = rows;
        }

        /** @return The rows of this filing; rows of filings before it (none, as the filters are the same) are passed over. */
        <T> List<T> rowsOf(LocalDate reportDate, long filingId, RowMapper<T> mapper) throws SQLException {
            List<T> found = new ArrayList<>();
            while (advance()) {
                int order = compare(rows.getObject("report_date", LocalDate.class), rows.getLong("filing_id"), reportDate, filingId);
                if (order > 0) {
                    break;
                }
                if (order == 0) {
                    found.add(mapper.map(rows));
                }
                positioned = false;
            }
            return found;
        }

        private boolean advance() throws SQLException {
            if (!positioned && !exhausted) {
                positioned = rows.next();
                exhausted = !positioned;
            }
            return positioned;
        }

        private static int compare(LocalDate date, long id, LocalDate otherDate, long otherId) {
            int byDate = date.compareTo(otherDate);
            return byDate != 0 ? byDate : Long.compare(id, otherId);
        }

        @Override
        public void close() throws SQLException {
            try {
                rows.close();
            } finally {
                statement.close();
            }
        }
    }
}
