package uz.yagona.enforcement.internal;

import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.enforcement.CaseEntry;
import uz.yagona.enforcement.CaseHandler;
import uz.yagona.enforcement.CaseStateConflict;
import uz.yagona.enforcement.CaseStatus;
import uz.yagona.enforcement.CloseReason;
import uz.yagona.enforcement.EnforcementCases;
import uz.yagona.enforcement.OfficerAction;
import uz.yagona.enforcement.OfficerActions;
import uz.yagona.enforcement.Writs;
import uz.yagona.identity.PersonId;
import uz.yagona.shared.InvalidValueException;

/**
 * Officers' actions, each under the case's row lock and checked against its state: suspend an open case, resume a
 * suspended one, return the writ or terminate an open or suspended one (lifting every measure through
 * {@link Closure}), take a case from the robot. Bad input and a wrong state change nothing.
 */
@Service
class Actions implements OfficerActions {

    private final JdbcClient jdbc;
    private final EnforcementCases cases;
    private final Writs writs;
    private final Closure closure;
    private final CaseFile caseFile;
    private final Staff staff;

    Actions(JdbcClient jdbc, EnforcementCases cases, Writs writs, Closure closure, CaseFile caseFile, Staff staff) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.writs = writs;
        this.closure = closure;
        this.caseFile = caseFile;
        this.staff = staff;
    }

    @Override
    @Transactional
    public CaseEntry act(String caseNumber, OfficerAction action, PersonId officer, String reason,
            String legalBasis) {
        var why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > 2000) {
            throw new InvalidValueException("enforcement.action.reason", "The reason has 3 to 2000 characters", 3,
                    2000);
        }
        if (legalBasis == null || !action.legalBases().contains(legalBasis)) {
            throw new InvalidValueException("enforcement.action.legalBasis", "The legal basis is one of "
                    + action.legalBases(), String.join(", ", action.legalBases()));
        }
        jdbc.sql("select number from enforcement.enforcement_case where number = ? for update").param(caseNumber)
                .query(String.class).optional().orElseThrow(() -> new InvalidValueException(
                        "enforcement.case.unknown", "No case " + caseNumber, caseNumber));
        var c = cases.find(caseNumber).orElseThrow();
        var before = c.status();
        var allowed = switch (action) {
            case SUSPENSION -> before == CaseStatus.OPEN;
            case RESUMPTION -> before == CaseStatus.SUSPENDED;
            case WRIT_RETURN, TERMINATION -> before != CaseStatus.CLOSED;
            case TAKEOVER -> before != CaseStatus.CLOSED && c.handler() == CaseHandler.ROBOT;
        };
        if (!allowed) {
            throw new CaseStateConflict(action == OfficerAction.TAKEOVER && before != CaseStatus.CLOSED
                    ? "enforcement.action.handler" : "enforcement.action.state", caseNumber, before.name(),
                    action.path());
        }
        switch (action) {
            case SUSPENSION -> status(caseNumber, CaseStatus.SUSPENDED);
            case RESUMPTION -> status(caseNumber, CaseStatus.OPEN);
            case WRIT_RETURN -> closure.closeAs(caseNumber, CloseReason.WRIT_RETURNED,
                    "the writ is returned to the court, measures lifted");
            case TERMINATION -> closure.closeAs(caseNumber, CloseReason.TERMINATED,
                    "enforcement is terminated, measures lifted");
            case TAKEOVER -> jdbc.sql("update enforcement.enforcement_case set handler = 'OFFICER' where number = ?")
                    .param(caseNumber).update();
        }
        var after = cases.find(caseNumber).orElseThrow();
        var answer = new LinkedHashMap<String, Object>();
        answer.put("reason", why);
        answer.put("legalBasis", legalBasis);
        answer.put("statusBefore", before.name());
        answer.put("statusAfter", after.status().name());
        answer.put("handler", after.handler().name());
        if (after.closeReason() != null) {
            answer.put("closeReason", after.closeReason().name());
        }
        var entry = caseFile.add(caseNumber, action.name(), "officer:" + officer.value(),
                EnforcementSettings.LAW + ": " + legalBasis, answer);
        if (action != OfficerAction.TAKEOVER) {
            var writ = writs.find(c.writNumber()).orElseThrow();
            var template = "enforcement-case-" + action.path();
            staff.notifyParty(writ.debtor(), template, List.of(caseNumber, why));
            if (action.closes()) {
                staff.notifyParty(writ.creditor(), template, List.of(caseNumber, why));
            }
        }
        return entry;
    }

    private void status(String caseNumber, CaseStatus status) {
        jdbc.sql("update enforcement.enforcement_case set status = ? where number = ?")
                .params(status.name(), caseNumber).update();
    }
}
