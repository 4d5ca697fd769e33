package uz.yagona.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uz.yagona.enforcement.Appeal;
import uz.yagona.enforcement.EnforcementAppeals;
import uz.yagona.enforcement.EnforcementCase;
import uz.yagona.enforcement.EnforcementCases;
import uz.yagona.identity.Persons;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;

/**
 * Appeals over the API: the debtor files one against an entry of their own case's file or an automated decision;
 * the head of the department ({@code SUPERVISOR} of the case's department or of its regional office) lists the
 * pending ones and upholds or rejects each.
 */
@RestController
@RequestMapping("/api/v1/enforcement")
@Tag(name = "Enforcement appeals", description = "Debtors contest officers' actions; heads of department decide")
class CaseAppealsApi extends EnforcementProblems {

    private final EnforcementCases cases;
    private final EnforcementAppeals appeals;
    private final Persons persons;

    CaseAppealsApi(EnforcementCases cases, EnforcementAppeals appeals, Persons persons, MessageSource messages) {
        super(messages);
        this.cases = cases;
        this.appeals = appeals;
        this.persons = persons;
    }

    /** Exactly one of {@code entry} (an entry of the case file) or {@code decision}, and the text. */
    record AppealRequest(@Nullable String entry, @Nullable String decision, @Nullable String text) {
    }

    record DecisionRequest(@Nullable Boolean uphold, @Nullable String answer) {
    }

    @Operation(summary = "Appeal", description = "The debtor contests an entry of the case file or an automated "
            + "decision of their own case (text of 10 to 4000 characters).")
    @PostMapping("/cases/{number}/appeals")
    @ResponseStatus(HttpStatus.CREATED)
    Appeal file(@PathVariable String number, @RequestBody(required = false) @Nullable AppealRequest request,
            @AuthenticationPrincipal Jwt token) {
        var found = cases.find(number).filter(c -> debtorOf(c, token)).orElseThrow(() -> new NotFound(number));
        var body = request == null ? new AppealRequest(null, null, null) : request;
        return appeals.file(found.number(), new Pinfl(token.getSubject()), id(body.entry(), "entry"),
                id(body.decision(), "entry"), body.text() == null ? "" : body.text());
    }

    @Operation(summary = "The appeals of a case", description = "For its debtor and the head of its department.")
    @GetMapping("/cases/{number}/appeals")
    List<Appeal> ofCase(@PathVariable String number, @AuthenticationPrincipal Jwt token) {
        var found = cases.find(number).filter(c -> debtorOf(c, token) || headOf(c, token))
                .orElseThrow(() -> new NotFound(number));
        return appeals.ofCase(found.number());
    }

    @Operation(summary = "Pending appeals", description = "For the head of a department or regional office.")
    @GetMapping("/office/appeals")
    List<Appeal> pending(@AuthenticationPrincipal Jwt token) {
        if (!WritsApi.claim(token, "roles").contains(EnforcementAppeals.HEAD_ROLE)) {
            throw new Forbidden("enforcement.appeal.forbidden");
        }
        return appeals.pending(WritsApi.claim(token, "agencies"));
    }

    @Operation(summary = "Decide an appeal", description = "uphold true lifts the contested measure through the "
            + "exchange; false rejects; answer gives the reasons (3 to 4000 characters).")
    @PostMapping("/office/appeals/{id}/decision")
    Appeal decide(@PathVariable String id, @RequestBody(required = false) @Nullable DecisionRequest request,
            @AuthenticationPrincipal Jwt token) {
        UUID appealId;
        try {
            appealId = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFound(id);
        }
        var appeal = appeals.find(appealId).orElseThrow(() -> new NotFound(id));
        var c = cases.find(appeal.caseNumber()).orElseThrow();
        if (!headOf(c, token)) {
            throw new Forbidden("enforcement.appeal.forbidden");
        }
        var head = persons.findByPinfl(new Pinfl(token.getSubject()))
                .orElseThrow(() -> new Forbidden("enforcement.appeal.forbidden"));
        var body = request == null ? new DecisionRequest(null, null) : request;
        if (body.uphold() == null) {
            throw new InvalidValueException("enforcement.appeal.uphold", "Say whether the appeal is upheld");
        }
        return appeals.decide(appealId, head.id(), body.uphold(), body.answer() == null ? "" : body.answer());
    }

    private static @Nullable UUID id(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notUuid) {
            throw new InvalidValueException("enforcement.appeal." + field, "Not an identifier: " + value);
        }
    }

    private static boolean debtorOf(EnforcementCase c, Jwt token) {
        return c.debtor().isPerson() && c.debtor().pinfl().value().equals(token.getSubject());
    }

    private static boolean headOf(EnforcementCase c, Jwt token) {
        return WritsApi.claim(token, "roles").contains(EnforcementAppeals.HEAD_ROLE)
                && EnforcementAppeals.headOf(c.agency(), WritsApi.claim(token, "agencies"));
    }
}
