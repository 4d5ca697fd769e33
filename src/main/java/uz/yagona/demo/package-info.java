/**
 * Deterministic synthetic data so that the platform runs full on its first start: agencies, officers, a
 * population of citizens with valid PINFLs, organisations, the documented demo logins, a court with writs
 * against the demo citizen, and a body with appeals to answer. Nothing here is real.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = {"shared", "identity", "registry",
    "signature", "enforcement", "appeals"})
@NullMarked
package uz.yagona.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
