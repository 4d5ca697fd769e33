package uz.yagona.enforcement.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uz.yagona.enforcement.EnforcementCases;
import uz.yagona.enforcement.WritSigned;

/**
 * A signed writ opens its case in a transaction of its own once the signing committed; the event publication
 * registry keeps the event until that succeeds, so a failure (the ledger not yet logging the writ) is retried.
 */
@Component
class CaseOpening {

    private final EnforcementCases cases;

    CaseOpening(EnforcementCases cases) {
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(WritSigned signed) {
        cases.open(signed.number());
    }
}
