package uz.yagona.enforcement;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a rule decided about a writ or case without a person, recorded so the debtor can see and contest it:
 * {@code inputs} (JSON) are the facts it used, {@code rule} names the rule and its version, {@code reason} says
 * in words why the outcome followed.
 */
public record AutomatedDecision(UUID id, @Nullable String caseNumber, String writNumber, String kind, String rule,
        String inputs, String outcome, String reason, Instant decidedAt) {
}
