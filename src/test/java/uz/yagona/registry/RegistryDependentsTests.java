package uz.yagona.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import uz.yagona.YagonaApplication;

/**
 * Registries are read and changed only through the exchange (once-only, logged) and filled by the demo: no other
 * module may depend on them, and they depend on nothing but {@code shared}.
 */
class RegistryDependentsTests {

    private static final Set<String> MAY_DEPEND = Set.of("registry", "exchange", "demo");

    private final ApplicationModules modules = ApplicationModules.of(YagonaApplication.class);

    @Test
    void onlyTheExchangeAndTheDemoUseTheRegistries() {
        var dependents = modules.stream()
                .filter(module -> !MAY_DEPEND.contains(module.getIdentifier().toString()))
                .filter(module -> module.getDirectDependencies(modules).containsModuleNamed("registry"))
                .map(ApplicationModule::getDisplayName)
                .toList();
        assertThat(dependents).isEmpty();
    }

    @Test
    void theRegistriesUseOnlyTheSharedValueTypes() {
        var registry = modules.getModuleByName("registry").orElseThrow();
        assertThat(registry.getDirectDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString()))
                .allMatch("shared"::equals);
    }
}
