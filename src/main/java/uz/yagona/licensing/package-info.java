/**
 * Licences and permits: licence types and their issuing agencies, issue, suspension, resumption and revocation,
 * every state sealed by the issuing agency and anchored in the ledger, and public verification by number or QR code
 * that proves the record was not altered.
 */
@ApplicationModule(displayName = "Licensing", allowedDependencies = {"shared", "ledger", "signature"})
@NullMarked
package uz.yagona.licensing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
