package uz.yagona.portal.catalog;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uz.yagona.portal.PublicService;

/**
 * Copies the catalog's services into {@code portal.services} so that other tables can refer to them by key:
 * inserted or updated in one transaction, and those no longer in the file marked withdrawn, never deleted.
 * Safe to run on several nodes at once: each statement is an upsert and the last writer holds the same data.
 */
final class ServicesTable {

    private ServicesTable() {
    }

    static void synchronise(JdbcClient jdbc, TransactionTemplate transaction, List<PublicService> services) {
        transaction.executeWithoutResult(status -> {
            for (var service : services) {
                jdbc.sql("""
                        insert into portal.services (code, agency_code, service_group, fee_tiyin, term_days, result,
                            licence_type, withdrawn)
                        values (?, ?, ?, ?, ?, ?, ?, false)
                        on conflict (code) do update set agency_code = excluded.agency_code,
                            service_group = excluded.service_group, fee_tiyin = excluded.fee_tiyin,
                            term_days = excluded.term_days, result = excluded.result,
                            licence_type = excluded.licence_type, withdrawn = false
                        """)
                        .params(service.code(), service.agencyCode(), service.group().name(), service.fee().tiyin(),
                                service.termDays(), service.result().name(), service.licenceType())
                        .update();
            }
            jdbc.sql("update portal.services set withdrawn = true where not (code = any (?))")
                    .param(services.stream().map(PublicService::code).toArray(String[]::new))
                    .update();
        });
    }
}
