package uz.yagona.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uz.yagona.enforcement.EnforcementCase;
import uz.yagona.enforcement.EnforcementCases;
import uz.yagona.enforcement.OfficerAction;
import uz.yagona.enforcement.OfficerActions;
import uz.yagona.identity.Persons;
import uz.yagona.shared.Pinfl;

/**
 * Officers' actions over the API: suspension, resumption, return of the writ, termination and taking a case over
 * from the robot, each with a reason and a legal basis. Only an {@code ENFORCEMENT_OFFICER} of the department
 * holding the case; a wrong state is a 409 and changes nothing.
 */
@RestController
@RequestMapping("/api/v1/enforcement/cases")
@Tag(name = "Enforcement officers' actions", description = "Suspend, resume, return the writ, terminate, take over")
class OfficerActionsApi extends EnforcementProblems {

    private final EnforcementCases cases;
    private final OfficerActions actions;
    private final Persons persons;

    OfficerActionsApi(EnforcementCases cases, OfficerActions actions, Persons persons, MessageSource messages) {
        super(messages);
        this.cases = cases;
        this.actions = actions;
        this.persons = persons;
    }

    /** The officer's reason in words and the code of the legal basis (one of the action's). */
    record ActionRequest(@Nullable String reason, @Nullable String legalBasis) {
    }

    record ActionJson(UUID entry, String kind, String actor, String legalBasis, Instant at, String status,
            @Nullable String closeReason, String handler) {
    }

    @Operation(summary = "Act on a case", description = "action: suspension, resumption, return, termination or "
            + "takeover. Return and termination close the case and lift every active measure through the exchange. "
            + "The debtor is notified (and the creditor when the case closes).")
    @PostMapping("/{number}/{action:suspension|resumption|return|termination|takeover}")
    ActionJson act(@PathVariable String number, @PathVariable String action,
            @RequestBody(required = false) @Nullable ActionRequest request, @AuthenticationPrincipal Jwt token) {
        var found = cases.find(number).orElseThrow(() -> new NotFound(number));
        if (!officerOf(found, token)) {
            throw new Forbidden("enforcement.action.forbidden", found.agency());
        }
        var officer = persons.findByPinfl(new Pinfl(token.getSubject()))
                .orElseThrow(() -> new Forbidden("enforcement.action.forbidden", found.agency()));
        var body = request == null ? new ActionRequest(null, null) : request;
        var entry = actions.act(found.number(), OfficerAction.ofPath(action).orElseThrow(), officer.id(),
                body.reason() == null ? "" : body.reason(), body.legalBasis() == null ? "" : body.legalBasis());
        var after = cases.find(number).orElseThrow();
        return new ActionJson(entry.id(), entry.kind(), entry.actor(), entry.legalBasis(), entry.placedAt(),
                after.status().name(), after.closeReason() == null ? null : after.closeReason().name(),
                after.handler().name());
    }

    static boolean officerOf(EnforcementCase c, Jwt token) {
        return WritsApi.claim(token, "roles").contains("ENFORCEMENT_OFFICER")
                && WritsApi.claim(token, "agencies").contains(c.agency());
    }
}
