/**
 * Deterministic synthetic data so that the platform runs full on its first start: agencies, officers, a
 * population of citizens with valid PINFLs, organisations, the documented demo logins, and a court with writs
 * against the demo citizen. Nothing here is real.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = {"shared", "identity", "registry",
    "signature", "enforcement"})
@NullMarked
package uz.yagona.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
