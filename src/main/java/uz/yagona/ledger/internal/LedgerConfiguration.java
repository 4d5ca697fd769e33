package uz.yagona.ledger.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uz.yagona.ledger.Ledger;

/** Wires the ledger; its parts are plain classes so that the benchmarks can build them without Spring. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    @Bean
    LedgerStore ledgerStore(DataSource dataSource) {
        return new LedgerStore(dataSource);
    }

    @Bean
    StoredTree ledgerTree(LedgerStore store) {
        return new StoredTree(store);
    }

    @Bean
    LedgerKey ledgerKey(LedgerSettings settings) {
        return LedgerKey.loadOrCreate(settings.keyStore(), settings.keyPassword().toCharArray(), settings.origin());
    }

    @Bean
    Ledger ledger(LedgerStore store, StoredTree tree, LedgerKey key) {
        return new PostgresLedger(store, tree, key);
    }

    @Bean
    Sequencer ledgerSequencer(LedgerStore store, LedgerKey key, PlatformTransactionManager transactions,
            ApplicationEventPublisher events, LedgerSettings settings) {
        return new Sequencer(store, key, new TransactionTemplate(transactions), events, Clock.systemUTC(),
                settings.batchSize());
    }

    @Bean
    Monitor ledgerMonitor(LedgerStore store, StoredTree tree, LedgerKey key, MeterRegistry meters) {
        return new Monitor(store, tree, key, meters);
    }

    @Bean
    LedgerWorkers ledgerWorkers(Sequencer sequencer, Monitor monitor, LedgerSettings settings) {
        return new LedgerWorkers(sequencer, monitor, settings);
    }
}
