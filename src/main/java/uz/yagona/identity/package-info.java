/**
 * The national ID (ID.UZ / OneID): persons, legal entities, agencies and their officers, accounts with
 * passwords and a TOTP second factor, sessions, and the OpenID Connect provider that relying parties use.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = "shared")
@NullMarked
package uz.yagona.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
