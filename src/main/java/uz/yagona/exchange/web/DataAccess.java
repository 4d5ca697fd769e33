package uz.yagona.exchange.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uz.yagona.exchange.internal.AccessLog;
import uz.yagona.exchange.internal.LogEntry;
import uz.yagona.identity.Agencies;

/** "Who looked at my data": the entries about a person that the person may see, ready to show. */
@Component
class DataAccess {

    static final ZoneId UZBEKISTAN = ZoneId.of("Asia/Tashkent");

    private final AccessLog log;
    private final Agencies agencies;
    private final MessageSource messages;
    private final int limit;

    DataAccess(AccessLog log, Agencies agencies, MessageSource messages,
            @Value("${yagona.exchange.history-limit:200}") int limit) {
        this.log = log;
        this.agencies = agencies;
        this.messages = messages;
        this.limit = limit;
    }

    /** One line of the person's access history. */
    record Row(String requestId, String time, String agencyCode, String agency, String requester, String purpose,
            String service, String legalBasis, String caseReference, String outcome, String reason) {
    }

    List<Row> about(String pinfl, Locale locale) {
        return log.visibleTo(pinfl, LocalDate.now(UZBEKISTAN), limit).stream().map(entry -> row(entry, locale))
                .toList();
    }

    private Row row(LogEntry entry, Locale locale) {
        var agencyName = agencies.findByCode(entry.agency()).map(agency -> agency.name().in(locale))
                .orElse(entry.agency());
        var requester = text(entry.system() != null ? "exchange.requester.system" : "exchange.requester.officer",
                locale);
        return new Row(entry.requestId().toString(),
                entry.loggedAt().atZone(UZBEKISTAN).toLocalDateTime().withNano(0).toString().replace('T', ' '),
                entry.agency(), agencyName, requester,
                entry.purpose() == null ? "—" : text("exchange.purpose." + entry.purpose(), locale),
                text("exchange.service." + entry.service(), locale),
                entry.legalBasis() == null ? "—" : entry.legalBasis(),
                entry.caseReference() == null ? "—" : entry.caseReference(),
                text("exchange.outcome." + entry.outcome().name(), locale),
                entry.reason() == null ? "" : messages.getMessage(entry.reason(), null, entry.reason(), locale));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
