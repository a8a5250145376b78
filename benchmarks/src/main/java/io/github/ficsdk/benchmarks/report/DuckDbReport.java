package io.github.ficsdk.benchmarks.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Runs a DuckDB SQL file through DuckDB's JDBC driver in one JVM and prints each row of the result
 * as tab-separated columns, nothing else: the competitor's side of {@code report-vs-duckdb.sh}.
 * The SQL is {@code benchmarks/duckdb-standard-report.sql} with its placeholders replaced by the
 * caller ({@code DIR}, {@code SCOPE}, {@code FROM}, {@code TO}).
 *
 * <pre>java -Djava.library.path=LIBDIR -cp classes:duckdb_jdbc.jar io.github.ficsdk.benchmarks.report.DuckDbReport QUERY.sql</pre>
 */
public final class DuckDbReport {

    private DuckDbReport() {}

    /**
     * Runs the query.
     *
     * @param args  the SQL file
     * @throws Exception if DuckDB fails
     */
    public static void main(String[] args) throws Exception {
        String sql = Files.readString(Paths.get(args[0]), StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    if (i > 1) {
                        out.append('\t');
                    }
                    out.append(rs.getString(i));
                }
                out.append('\n');
            }
            System.out.print(out);
        }
    }
}
