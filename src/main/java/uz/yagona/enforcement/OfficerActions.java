package uz.yagona.enforcement;

import uz.yagona.identity.PersonId;

/** An officer's actions on a case: suspend, resume, return the writ, terminate, take over from the robot. */
public interface OfficerActions {

    /**
     * Does {@code action} to the case for the officer {@code officer} (the caller has checked that the officer
     * serves in the case's department) with the officer's {@code reason} (3 to 2000 characters) and one of the
     * action's {@code legalBasis} codes. Returning the writ and terminating lift every active measure and close
     * the case. The action is an entry of the case file; the debtor is notified, and the creditor too when the
     * case closes.
     *
     * @throws uz.yagona.shared.InvalidValueException bad reason or legal basis (nothing changed)
     * @throws CaseStateConflict the case's state does not allow it (nothing changed)
     */
    CaseEntry act(String caseNumber, OfficerAction action, PersonId officer, String reason, String legalBasis);
}
