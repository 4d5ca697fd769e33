package uz.yagona.ledger.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An embedded PostgreSQL (the same zonky binaries as tests) with only the ledger's migration applied. */
final class BenchDatabase implements AutoCloseable {

    final EmbeddedPostgres postgres;
    final HikariDataSource dataSource;
    final JdbcClient jdbc;

    BenchDatabase(Path directory, boolean clean) throws IOException {
        postgres = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(clean)
                .setServerConfig("max_connections", "50").start();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(16);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/ledger").load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    /** The settings that matter for write speed, for the results file. */
    String settings() {
        return jdbc.sql("select string_agg(name || '=' || setting, ', ' order by name) from pg_settings "
                + "where name in ('fsync', 'synchronous_commit', 'shared_buffers', 'server_version')")
                .query(String.class).single();
    }

    @Override
    public void close() throws IOException {
        dataSource.close();
        postgres.close();
    }
}
