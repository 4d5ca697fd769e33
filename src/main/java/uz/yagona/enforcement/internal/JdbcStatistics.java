package uz.yagona.enforcement.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uz.yagona.enforcement.EnforcementStatistics;

/** The figures in one SQL query over the cases each: the database counts, sums and averages. */
@Service
class JdbcStatistics implements EnforcementStatistics {

    private static final String FIGURES = "count(*) filter (where c.status in ('OPEN', 'SUSPENDED')), "
            + "count(*) filter (where c.status = 'CLOSED'), "
            + "coalesce(sum(c.amount_tiyin), 0), "
            + "coalesce(sum(c.recovered_tiyin) filter (where c.amount_tiyin is not null), 0), "
            + "round(sum(c.recovered_tiyin) filter (where c.amount_tiyin is not null)::numeric "
            + "/ nullif(sum(c.amount_tiyin), 0), 4), "
            + "round((avg(extract(epoch from c.closed_at - c.opened_at)) filter (where c.status = 'CLOSED') "
            + "/ 86400)::numeric, 1) ";
    private static final String SCOPE = "from enforcement.enforcement_case c "
            + "where c.agency = any(?) or c.agency like any(?) ";

    private final JdbcClient jdbc;

    JdbcStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figures> byRegion(Collection<String> scopes) {
        return jdbc.sql("select coalesce(nullif(split_part(c.agency, '.', 2), ''), c.agency) as region, null, "
                        + FIGURES + SCOPE + "group by region order by region")
                .params(codes(scopes), patterns(scopes)).query(JdbcStatistics::map).list();
    }

    @Override
    public List<Figures> byOfficer(Collection<String> scopes) {
        return jdbc.sql("select c.officer::text, c.agency, " + FIGURES + SCOPE
                        + "group by c.agency, c.officer order by c.agency, c.officer nulls last")
                .params(codes(scopes), patterns(scopes)).query(JdbcStatistics::map).list();
    }

    private static String[] codes(Collection<String> scopes) {
        return scopes.toArray(String[]::new);
    }

    /** Everything below a scope; the code's own {@code _} and {@code %} are no wildcards. */
    private static String[] patterns(Collection<String> scopes) {
        return scopes.stream().map(s -> s.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%") + ".%")
                .toArray(String[]::new);
    }

    private static Figures map(ResultSet row, int n) throws SQLException {
        return new Figures(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4), row.getLong(5),
                row.getLong(6), row.getObject(7, BigDecimal.class), row.getObject(8, BigDecimal.class));
    }
}
