package uz.yagona.enforcement;

import java.util.List;
import java.util.Optional;
import uz.yagona.shared.Pinfl;

/** Enforcement cases: opened by signed writs, looked up by number, debtor or department. */
public interface EnforcementCases {

    /**
     * Opens the case of a signed writ once: assigns it to an officer of the debtor's district department, gives the
     * debtor the voluntary period and an invoice, and notifies them. Empty when the writ is not signed, or its
     * signature or ledger record does not hold (then a refusal is recorded and nothing is opened).
     */
    Optional<EnforcementCase> open(String writNumber);

    Optional<EnforcementCase> find(String number);

    Optional<EnforcementCase> ofWrit(String writNumber);

    /** The person's cases as debtor, newest first. */
    List<EnforcementCase> ofDebtor(Pinfl debtor);

    /** The cases held by a department (agency code), newest first, at most {@code limit}. */
    List<EnforcementCase> ofAgency(String agency, int limit);

    /** The automated decisions about a writ and its case, oldest first. */
    List<AutomatedDecision> decisions(String writNumber);
}
