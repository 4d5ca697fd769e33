/**
 * The agencies' source registries behind the interagency exchange, one internal sub-area per owning agency:
 * population (residents, civil-status acts, passports, registered addresses, family links), taxpayers,
 * the real-estate cadastre, the banks' accounts with holds and debits, vehicles and travel restrictions.
 * Other modules never call it directly: {@code exchange} reads and changes it on their behalf (once-only, logged),
 * and {@code demo} fills it through {@link uz.yagona.registry.RegistryLoader}.
 */
@ApplicationModule(displayName = "Agency registries", allowedDependencies = "shared")
@NullMarked
package uz.yagona.registry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
