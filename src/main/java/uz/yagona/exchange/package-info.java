/**
 * The interagency exchange (X-Road-like): the only way other modules and outside agency systems read or change
 * the registries. Every request names the agency, the officer or system, the purpose, the legal basis and the
 * case; a policy decides, and every request and its outcome goes into a hash-chained access log anchored in the
 * ledger, which the person sees in the cabinet as "who looked at my data".
 */
@ApplicationModule(displayName = "Exchange", allowedDependencies = {"shared", "identity", "ledger", "registry"})
@NullMarked
package uz.yagona.exchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
