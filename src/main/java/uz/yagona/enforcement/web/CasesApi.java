package uz.yagona.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.web.bind.annotation.PostMapping;
import uz.yagona.enforcement.AutomatedDecision;
import uz.yagona.enforcement.CaseEntry;
import uz.yagona.enforcement.EnforcementMeasures;
import uz.yagona.identity.Persons;
import uz.yagona.enforcement.EnforcementCase;
import uz.yagona.enforcement.EnforcementCases;
import uz.yagona.payments.Payments;
import uz.yagona.shared.Pinfl;

/**
 * Enforcement cases over the API: a debtor sees their own cases with the automated decisions about them; an
 * officer of the bureau sees the cases of the departments they are appointed to, and no others.
 */
@RestController
@RequestMapping("/api/v1/enforcement")
@Tag(name = "Enforcement cases", description = "Cases opened by signed writs: debtors and officers")
class CasesApi extends EnforcementProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EnforcementCases cases;
    private final EnforcementMeasures measures;
    private final Payments payments;
    private final Persons persons;

    CasesApi(EnforcementCases cases, EnforcementMeasures measures, Payments payments, Persons persons,
            MessageSource messages) {
        super(messages);
        this.cases = cases;
        this.measures = measures;
        this.payments = payments;
        this.persons = persons;
    }

    record EntryJson(UUID id, String kind, @Nullable UUID registryId, @Nullable String target,
            @Nullable Long amountTiyin, String actor, String legalBasis, JsonNode answer, String status,
            Instant placedAt, @Nullable Instant liftedAt) {

        static EntryJson of(CaseEntry e) {
            return new EntryJson(e.id(), e.kind(), e.registryId(), e.target(),
                    e.amount() == null ? null : e.amount().tiyin(), e.actor(), e.legalBasis(),
                    JSON.readTree(e.answer()), e.status(), e.placedAt(), e.liftedAt());
        }
    }

    @Operation(summary = "Take measures", description = "For an officer of the department holding the case, after "
            + "the voluntary period: find assets, hold and debit accounts, arrest property, ban travel, through the "
            + "exchange. Answers the entries added to the case file.")
    @PostMapping("/cases/{number}/measures")
    List<EntryJson> takeMeasures(@PathVariable String number, @AuthenticationPrincipal Jwt token) {
        var found = cases.find(number).filter(c -> officerOf(c, token)).orElseThrow(() -> new NotFound(number));
        var officer = persons.findByPinfl(new Pinfl(token.getSubject())).orElseThrow(() -> new NotFound(number));
        return measures.apply(found.number(), officer.id()).stream().map(EntryJson::of).toList();
    }

    @Operation(summary = "The case file", description = "Every measure: who, when, legal basis, registry's answer.")
    @GetMapping("/cases/{number}/file")
    List<EntryJson> file(@PathVariable String number, @AuthenticationPrincipal Jwt token) {
        var found = cases.find(number).filter(c -> visible(c, token)).orElseThrow(() -> new NotFound(number));
        return measures.file(found.number()).stream().map(EntryJson::of).toList();
    }

    record DecisionJson(String kind, String rule, JsonNode inputs, String outcome, String reason,
            Instant decidedAt) {

        static DecisionJson of(AutomatedDecision d) {
            return new DecisionJson(d.kind(), d.rule(), JSON.readTree(d.inputs()), d.outcome(), d.reason(),
                    d.decidedAt());
        }
    }

    record CaseJson(String number, String writNumber, String debtorName, String agency, @Nullable UUID officer,
            String claimType, @Nullable Long amountTiyin, long recoveredTiyin, String status, LocalDate voluntaryUntil,
            @Nullable String invoiceNumber, @Nullable String payUrl, Instant openedAt, @Nullable Instant closedAt,
            @Nullable List<DecisionJson> decisions) {
    }

    @Operation(summary = "My cases as debtor")
    @GetMapping("/cases")
    List<CaseJson> mine(@AuthenticationPrincipal Jwt token) {
        return cases.ofDebtor(new Pinfl(token.getSubject())).stream().map(c -> json(c, false)).toList();
    }

    @Operation(summary = "One case", description = "For its debtor and for officers of the department holding it; "
            + "with the automated decisions (assignment) and their inputs and reasons.")
    @GetMapping("/cases/{number}")
    CaseJson one(@PathVariable String number, @AuthenticationPrincipal Jwt token) {
        var found = cases.find(number).filter(c -> visible(c, token)).orElseThrow(() -> new NotFound(number));
        return json(found, true);
    }

    @Operation(summary = "The cases of my department", description = "For officers of the enforcement bureau.")
    @GetMapping("/office/cases")
    List<CaseJson> department(@RequestParam(defaultValue = "100") int limit, @AuthenticationPrincipal Jwt token) {
        var departments = WritsApi.claim(token, "agencies").stream().filter(code -> code.startsWith("MBB")).toList();
        if (departments.isEmpty() || !WritsApi.claim(token, "roles").contains("ENFORCEMENT_OFFICER")) {
            throw new Forbidden("enforcement.office.forbidden");
        }
        return departments.stream().flatMap(code -> cases.ofAgency(code, limit).stream())
                .map(c -> json(c, false)).toList();
    }

    private static boolean visible(EnforcementCase c, Jwt token) {
        boolean debtor = c.debtor().isPerson() && c.debtor().pinfl().value().equals(token.getSubject());
        return debtor || officerOf(c, token);
    }

    /** An enforcement officer appointed to the department holding the case. */
    private static boolean officerOf(EnforcementCase c, Jwt token) {
        return WritsApi.claim(token, "roles").contains("ENFORCEMENT_OFFICER")
                && WritsApi.claim(token, "agencies").contains(c.agency());
    }

    private CaseJson json(EnforcementCase c, boolean withDecisions) {
        var invoice = c.invoiceNumber() == null ? null : payments.findByNumber(c.invoiceNumber()).orElse(null);
        return new CaseJson(c.number(), c.writNumber(), c.debtor().name(), c.agency(), c.officer(),
                c.claimType().name(), c.amount() == null ? null : c.amount().tiyin(), c.recovered().tiyin(),
                c.status().name(), c.voluntaryUntil(), c.invoiceNumber(),
                invoice == null ? null : "/payments/sandbox/" + invoice.id().value(), c.openedAt(), c.closedAt(),
                withDecisions ? cases.decisions(c.writNumber()).stream().map(DecisionJson::of).toList() : null);
    }
}
