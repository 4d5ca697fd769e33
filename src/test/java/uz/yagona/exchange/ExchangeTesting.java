package uz.yagona.exchange;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Test-only access to the access log as a database superuser would have it: past the append-only triggers. */
@Component
class ExchangeTesting {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ExchangeTesting(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs SQL with triggers off for this transaction only, as a superuser can. */
    void asSuperuser(String sql, Object... arguments) {
        transaction.executeWithoutResult(status -> {
            jdbc.execute("set local session_replication_role = replica");
            jdbc.update(sql, arguments);
        });
    }

    String outcomeOf(UUID requestId) {
        return jdbc.queryForObject("select outcome from exchange.access_log where request_id = ?", String.class,
                requestId);
    }

    long count() {
        return jdbc.queryForObject("select count(*) from exchange.access_log", Long.class);
    }

    long servedAbout(String subject) {
        return jdbc.queryForObject("select count(*) from exchange.access_log where subject = ? and outcome = 'SERVED'",
                Long.class, subject);
    }
}
