/**
 * Enforcement of court decisions (E-ijro): courts issue electronic writs of execution that a judge signs and the
 * ledger anchors; a signed writ opens an enforcement case assigned to an officer of the debtor's district, who
 * finds and arrests the debtor's assets through the exchange until the claim is paid and the measures lifted.
 */
@ApplicationModule(displayName = "Enforcement", allowedDependencies = {"shared", "identity", "signature", "ledger",
    "exchange", "payments", "notifications"})
@NullMarked
package uz.yagona.enforcement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
