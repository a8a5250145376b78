package io.github.ficsdk.benchmarks.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The standard benchmark report (scope F330400 by child, 2017-H1) in DuckDB SQL over the same
 * JSON Lines files, printed as {@code row TAB indicator TAB value} lines, sorted.
 *
 * <pre>java -cp benchmarks.jar io.github.ficsdk.benchmarks.report.DuckDbReport DIR</pre>
 */
public final class DuckDbReport {

    private DuckDbReport() {}

    /**
     * Runs the report.
     *
     * @param args  the dataset folder
     * @throws Exception if DuckDB fails
     */
    public static void main(String[] args) throws Exception {
        String dir = args[0];
        String scope = "F330400";
        String sql = """
            WITH fed AS (SELECT * FROM read_json('%1$s/federations.jsonl', format='newline_delimited',
                    columns={id:'VARCHAR', name:'VARCHAR', level:'VARCHAR', division:'VARCHAR', parent:'VARCHAR'})),
            ch AS (SELECT * FROM read_json('%1$s/chambers.jsonl', format='newline_delimited',
                    columns={id:'VARCHAR', name:'VARCHAR', kind:'VARCHAR', federation:'VARCHAR'})),
            kids AS (SELECT id FROM fed WHERE parent = '%2$s'),
            org_rows AS (
                SELECT id AS org, id AS grp FROM kids
                UNION ALL SELECT ch.id, ch.federation FROM ch JOIN kids ON ch.federation = kids.id
                UNION ALL SELECT '%2$s', '%2$s'
                UNION ALL SELECT id, '%2$s' FROM kids
                UNION ALL SELECT ch.id, '%2$s' FROM ch WHERE ch.federation = '%2$s' OR ch.federation IN (SELECT id FROM kids)),
            a AS (SELECT id, kind, coalesce(sessions, 1) AS s, coalesce(participants, 0) AS p, coalesce(copies, 0) AS cp,
                    CAST(coalesce(amountYuan, '0') AS DECIMAL(38, 2)) AS amt, organizers, targets
                  FROM read_json('%1$s/activities.jsonl', format='newline_delimited',
                    columns={id:'VARCHAR', kind:'VARCHAR', title:'VARCHAR', start:'DATE', "end":'DATE', organizers:'VARCHAR[]',
                             region:'VARCHAR', sessions:'BIGINT', participants:'BIGINT', copies:'BIGINT', amountYuan:'VARCHAR',
                             targets:'STRUCT(type VARCHAR, id VARCHAR)[]', tags:'VARCHAR[]'})
                  WHERE start BETWEEN DATE '2017-01-01' AND DATE '2017-06-30'),
            ar AS (SELECT DISTINCT a.id, r.grp FROM a, unnest(a.organizers) AS u(org) JOIN org_rows r ON r.org = u.org),
            m AS (SELECT ar.grp, a.* FROM ar JOIN a USING (id)),
            sums AS (SELECT grp, kind, sum(s) AS events, sum(p) AS participants, sum(amt) AS amount, sum(cp) AS copies
                     FROM m GROUP BY grp, kind),
            visits AS (SELECT grp, count(DISTINCT (m.id, t.id)) FILTER (WHERE t.type = 'CHAMBER') AS chamber_pairs,
                              count(DISTINCT t.id) FILTER (WHERE t.type = 'ENTERPRISE') AS distinct_enterprises
                       FROM m, unnest(m.targets) AS x(t) WHERE kind = 'VISIT' GROUP BY grp)
            SELECT grp, kind || '.EVENTS' AS indicator, CAST(events AS VARCHAR) FROM sums
            UNION ALL SELECT grp, kind || '.PARTICIPANTS', CAST(participants AS VARCHAR) FROM sums
            UNION ALL SELECT grp, kind || '.AMOUNT', CAST(amount AS VARCHAR) FROM sums
            UNION ALL SELECT grp, 'VISIT.COPIES', CAST(copies AS VARCHAR) FROM sums WHERE kind = 'VISIT'
            UNION ALL SELECT grp, 'VISIT.TARGETS.CHAMBER', CAST(chamber_pairs AS VARCHAR) FROM visits
            UNION ALL SELECT grp, 'VISIT.DISTINCT.ENTERPRISE', CAST(distinct_enterprises AS VARCHAR) FROM visits
            ORDER BY 1, 2
            """.formatted(dir, scope);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                out.append(rs.getString(1)).append('\t').append(rs.getString(2)).append('\t').append(rs.getString(3))
                        .append('\n');
            }
            System.out.print(out);
        }
    }
}
