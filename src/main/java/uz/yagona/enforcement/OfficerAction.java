package uz.yagona.enforcement;

import java.util.List;
import java.util.Optional;

/**
 * What an enforcement officer does to a case besides measures, under Law No. 258-II "On the execution of judicial
 * acts and acts of other bodies" (articles on suspension, return of the writ and termination; the article numbers
 * are in the message bundles, to confirm on lex.uz). Each has the legal bases an officer may choose from
 * ({@code legalBases}, message keys {@code enforcement.basis.<code>}); {@code path} is its name in URLs.
 */
public enum OfficerAction {
    /** The case takes no new measures until resumed (<i>ijro harakatlarini toʻxtatib turish</i>). */
    SUSPENSION("suspension", List.of("DEBTOR_IN_MILITARY_SERVICE", "DEBTOR_IN_HOSPITAL", "DECISION_CHALLENGED",
            "COURT_STAY")),
    RESUMPTION("resumption", List.of("GROUNDS_ENDED", "COURT_ORDER")),
    /** The writ goes back to the court and the case closes (<i>ijro hujjatini qaytarish</i>). */
    WRIT_RETURN("return", List.of("NO_ASSETS", "CREDITOR_REQUEST", "DEBTOR_NOT_FOUND")),
    /** The case ends for good (<i>ijro ishini tugatish</i>). */
    TERMINATION("termination", List.of("DEBTOR_DIED", "DECISION_CANCELLED", "CREDITOR_WAIVER",
            "ENTITY_LIQUIDATED")),
    /** The officer takes the case from the robot enforcer, which then never touches it. */
    TAKEOVER("takeover", List.of("OFFICER_DECISION"));

    private final String path;
    private final List<String> legalBases;

    OfficerAction(String path, List<String> legalBases) {
        this.path = path;
        this.legalBases = legalBases;
    }

    public String path() {
        return path;
    }

    public List<String> legalBases() {
        return legalBases;
    }

    /** Whether the action closes the case. */
    public boolean closes() {
        return this == WRIT_RETURN || this == TERMINATION;
    }

    public static Optional<OfficerAction> ofPath(String path) {
        for (var action : values()) {
            if (action.path.equals(path)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
