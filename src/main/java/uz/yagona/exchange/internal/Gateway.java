package uz.yagona.exchange.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.exchange.ExchangeService;
import uz.yagona.exchange.Outcome;
import uz.yagona.exchange.Purpose;
import uz.yagona.exchange.RequestContext;
import uz.yagona.exchange.RequestRefused;
import uz.yagona.exchange.RequestRejected;
import uz.yagona.exchange.SubjectNotFound;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Officers;
import uz.yagona.identity.Persons;
import uz.yagona.ledger.Hash;
import uz.yagona.registry.RecordNotFoundException;
import uz.yagona.registry.RegistryException;
import uz.yagona.shared.InvalidValueException;

/**
 * The one path of every request: check its form, then the policy, then ask the registry, and log the outcome.
 * A request is logged as served only after it was: a read once the answer is in hand, a change once the
 * caller's transaction committed (the registry change and the caller's work commit or roll back together).
 */
@Component
public class Gateway {

    static final int MAX_LEGAL_BASIS = 500;
    static final int MAX_CASE_REFERENCE = 100;

    private final AccessLog log;
    private final Policy policy;
    private final Persons persons;
    private final Officers officers;
    private final Agencies agencies;
    private final TransactionTemplate reading;
    private final JsonMapper canonical = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    Gateway(AccessLog log, Policy policy, Persons persons, Officers officers, Agencies agencies,
            PlatformTransactionManager transactions) {
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        // a composite answer (person, accounts, real estate) is one consistent picture of the registries
        this.reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.log = log;
        this.policy = policy;
        this.persons = persons;
        this.officers = officers;
        this.agencies = agencies;
    }

    /** What a served request gives back: the answer and the id it is logged under. */
    public record Served<T>(UUID requestId, T answer) {
    }

    /**
     * Serves one request. {@code call} asks the registry; empty means the subject is unknown. The answer's
     * digest goes into the log; the answer itself never does.
     */
    public <T> Served<T> serve(ExchangeService service, String subject, RequestContext context,
            Map<String, ?> parameters, Supplier<? extends Optional<? extends T>> call) {
        var requestId = UUID.randomUUID();
        var requestDigest = digest(request(service, subject, context, parameters));
        check(requestId, service, subject, context, requestDigest);
        Optional<? extends T> answer;
        try {
            // one connection for all of a request's registry reads (or the caller's, in its transaction)
            answer = service.changes() ? call.get() : reading.execute(status -> call.get());
        } catch (InvalidValueException invalid) {
            write(requestId, service, subject, context, Outcome.REJECTED, invalid.rule(), requestDigest, null);
            throw new RequestRejected(requestId, "parameters", invalid.rule(), invalid.getMessage(),
                    invalid.arguments());
        } catch (RecordNotFoundException unknown) {
            write(requestId, service, subject, context, Outcome.NOT_FOUND, unknown.rule(), requestDigest, null);
            throw new SubjectNotFound(requestId, unknown.rule(), unknown.getMessage(), unknown.arguments());
        } catch (RegistryException refused) {
            write(requestId, service, subject, context, Outcome.REJECTED, refused.rule(), requestDigest, null);
            throw new RequestRejected(requestId, "parameters", refused.rule(), refused.getMessage(),
                    refused.arguments());
        }
        if (answer.isEmpty()) {
            write(requestId, service, subject, context, Outcome.NOT_FOUND, "exchange.notFound", requestDigest, null);
            throw new SubjectNotFound(requestId, "exchange.notFound", "Unknown subject " + subject, subject);
        }
        var answerDigest = digest(answer.get());
        if (service.changes() && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    write(requestId, service, subject, context, Outcome.SERVED, null, requestDigest, answerDigest);
                }
            });
        } else {
            write(requestId, service, subject, context, Outcome.SERVED, null, requestDigest, answerDigest);
        }
        return new Served<T>(requestId, answer.get());
    }

    /**
     * Logs and throws a request that failed before it could be served, such as a malformed subject that the
     * caller could not even parse.
     */
    public RequestRejected reject(ExchangeService service, String subject, RequestContext context,
            Map<String, ?> parameters, String field, String rule, String detail) {
        var requestId = UUID.randomUUID();
        var requestDigest = digest(request(service, subject, context, parameters));
        write(requestId, service, subject, context, Outcome.REJECTED, rule, requestDigest, null);
        return new RequestRejected(requestId, field, rule, detail);
    }

    private void check(UUID requestId, ExchangeService service, String subject, RequestContext context,
            Hash requestDigest) {
        var missing = missingField(context);
        if (missing != null) {
            var rule = "exchange.required." + missing;
            if (missing.equals("hiddenUntil")) {
                rule = "exchange.hiddenUntil.purpose";
            } else if (missing.endsWith("Length")) {
                missing = missing.substring(0, missing.length() - "Length".length());
                rule = "exchange.tooLong." + missing;
            }
            write(requestId, service, subject, context, Outcome.REJECTED, rule, requestDigest, null);
            throw new RequestRejected(requestId, missing, rule, "Request field " + missing + " is missing or invalid");
        }
        var purpose = context.purpose();
        if (purpose == Purpose.SELF && !isOwn(context, subject)) {
            write(requestId, service, subject, context, Outcome.REFUSED, "exchange.refused.self", requestDigest,
                    null);
            throw new RequestRefused(requestId, "exchange.refused.self", "SELF serves only the person's own data");
        }
        if (purpose != Purpose.SELF && context.officer() != null && !servesIn(context)) {
            write(requestId, service, subject, context, Outcome.REFUSED, "exchange.refused.officer", requestDigest,
                    null);
            throw new RequestRefused(requestId, "exchange.refused.officer", "Not an officer of " + context.agency(),
                    context.agency());
        }
        var refusal = policy.check(context.agency(), service, purpose);
        if (refusal.isPresent()) {
            write(requestId, service, subject, context, Outcome.REFUSED, refusal.get().rule(), requestDigest, null);
            throw new RequestRefused(requestId, refusal.get().rule(), refusal.get().detail(),
                    refusal.get().arguments());
        }
    }

    private static @Nullable String missingField(RequestContext context) {
        if (context.agency() == null || context.agency().isBlank()) {
            return "agency";
        }
        if ((context.officer() == null) == (context.system() == null || context.system().isBlank())) {
            return "requester";
        }
        if (context.purpose() == null) {
            return "purpose";
        }
        if (context.legalBasis() == null || context.legalBasis().isBlank()) {
            return "legalBasis";
        }
        if (context.legalBasis().length() > MAX_LEGAL_BASIS) {
            return "legalBasisLength";
        }
        if (context.caseReference() == null || context.caseReference().isBlank()) {
            return "caseReference";
        }
        if (context.caseReference().length() > MAX_CASE_REFERENCE) {
            return "caseReferenceLength";
        }
        if (context.hiddenUntil() != null && context.purpose() != Purpose.CRIMINAL_INVESTIGATION) {
            return "hiddenUntil";
        }
        return null;
    }

    /** Whether the officer holds an active appointment in exactly the agency the request names. */
    private boolean servesIn(RequestContext context) {
        return officers.of(context.officer()).stream().anyMatch(officer -> agencies.find(officer.agency())
                .map(agency -> agency.code().equals(context.agency())).orElse(false));
    }

    private boolean isOwn(RequestContext context, String subject) {
        return context.officer() != null && persons.find(context.officer())
                .map(person -> person.pinfl().value().equals(subject)).orElse(false);
    }

    private void write(UUID requestId, ExchangeService service, String subject, RequestContext context,
            Outcome outcome, @Nullable String reason, Hash requestDigest, @Nullable Hash answerDigest) {
        log.append(new AccessLog.Draft(requestId, context.agency() == null ? "" : context.agency(),
                context.officer() == null ? null : context.officer().value(), context.system(),
                context.purpose() == null ? null : context.purpose().name(), context.legalBasis(),
                context.caseReference(), service.code(), subject, outcome, reason, requestDigest, answerDigest,
                outcome == Outcome.REJECTED ? null : context.hiddenUntil()));
    }

    private static Map<String, Object> request(ExchangeService service, String subject, RequestContext context,
            Map<String, ?> parameters) {
        var request = new LinkedHashMap<String, Object>();
        request.put("service", service.code());
        request.put("subject", subject);
        request.put("context", context);
        request.put("parameters", parameters);
        return request;
    }

    /** SHA-256 of the canonical JSON (sorted properties and keys) of a value. */
    public Hash digest(Object value) {
        return Hash.sha256(canonical.writeValueAsBytes(value));
    }
}
