package uz.yagona.exchange;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Once-only and the access log in one place: no module but the exchange (and the demo loader) uses a registry. */
class OnlyTheExchangeReachesTheRegistriesTests {

    @Test
    void noModuleButTheExchangeAndTheDemoDependsOnTheRegistries() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uz.yagona");
        noClasses().that().resideInAPackage("uz.yagona..")
                .and().resideOutsideOfPackages("uz.yagona.registry..", "uz.yagona.exchange..", "uz.yagona.demo..")
                .should().dependOnClassesThat().resideInAPackage("uz.yagona.registry..")
                .check(classes);
    }

    @Test
    void theExchangesApiExposesNoRegistryType() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uz.yagona.exchange");
        noClasses().that().resideInAPackage("uz.yagona.exchange")
                .should().dependOnClassesThat().resideInAPackage("uz.yagona.registry..")
                .check(classes);
    }
}
