package uz.yagona.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.shared.Money;

/** Lookups in the population and tax registries by PINFL and STIR, against real PostgreSQL. */
@SpringBootTest
@ActiveProfiles("test")
class PopulationAndTaxTests {

    @Autowired
    PopulationRegistry population;

    @Autowired
    TaxRegistry tax;

    @Autowired
    RegistryLoader loader;

    @Test
    void theLatestAddressIsTheRegisteredOne() {
        var pinfl = TestRegistries.pinfl();
        var moved = new RegisteredAddress(TestRegistries.YUNUSOBOD, "Minor", "Kichik halqa yoʻli", "7", null,
                LocalDate.of(2024, 9, 1));
        loader.load(TestRegistries.person(RegistryBatch.builder(), pinfl).address(pinfl, moved).build());

        assertThat(population.resident(pinfl)).contains(TestRegistries.resident(pinfl));
        assertThat(population.address(pinfl)).contains(moved);
        assertThat(population.passports(pinfl)).singleElement()
                .satisfies(passport -> assertThat(passport.status()).isEqualTo(Passport.Status.VALID));
    }

    @Test
    void familyIsFoundFromEitherSideOfALink() {
        var father = TestRegistries.pinfl();
        var mother = TestRegistries.pinfl();
        var child = TestRegistries.pinfl();
        var batch = RegistryBatch.builder();
        TestRegistries.person(batch, father);
        TestRegistries.person(batch, mother);
        TestRegistries.person(batch, child);
        batch.relative(father, new Relative(mother, Relative.Relation.SPOUSE))
                .relative(mother, new Relative(father, Relative.Relation.SPOUSE)) // both sides: still once
                .relative(child, new Relative(father, Relative.Relation.PARENT))
                .relative(mother, new Relative(child, Relative.Relation.CHILD));
        var marriage = new CivilAct(UUID.randomUUID(), CivilAct.Kind.MARRIAGE, "123", LocalDate.of(2000, 6, 1),
                TestRegistries.YUNUSOBOD, father, mother, null);
        var birth = new CivilAct(UUID.randomUUID(), CivilAct.Kind.BIRTH, "456", LocalDate.of(2005, 3, 2),
                TestRegistries.YUNUSOBOD, child, null, "born in Tashkent");
        loader.load(batch.civilAct(marriage).civilAct(birth).build());

        assertThat(population.family(father)).containsExactlyInAnyOrder(
                new Relative(mother, Relative.Relation.SPOUSE), new Relative(child, Relative.Relation.CHILD));
        assertThat(population.family(child)).containsExactlyInAnyOrder(
                new Relative(father, Relative.Relation.PARENT), new Relative(mother, Relative.Relation.PARENT));
        assertThat(population.civilActs(mother)).containsExactly(marriage);
        assertThat(population.civilActs(child)).containsExactly(birth);
    }

    @Test
    void unknownPersonsGiveEmptyAnswers() {
        var stranger = TestRegistries.pinfl();
        assertThat(population.resident(stranger)).isEmpty();
        assertThat(population.address(stranger)).isEmpty();
        assertThat(population.passports(stranger)).isEmpty();
        assertThat(population.family(stranger)).isEmpty();
        assertThat(tax.taxpayerOf(stranger)).isEmpty();
        assertThat(tax.employment(stranger)).isEmpty();
    }

    @Test
    void aTaxpayerIsFoundByStirAndPinflWithJobsIncomeAndDebts() {
        var pinfl = TestRegistries.pinfl();
        var stir = TestRegistries.individualStir();
        var employer = TestRegistries.entityStir();
        var past = new Employment(employer, "Toshkent Temir Yoʻl", "engineer", Money.ofSoum(6_000_000),
                LocalDate.of(2015, 1, 10), LocalDate.of(2020, 12, 31));
        var current = new Employment(employer, "Toshkent Temir Yoʻl", "chief engineer", Money.ofSoum(12_500_000),
                LocalDate.of(2021, 1, 1), null);
        var debt = new TaxDebt(UUID.randomUUID(), "property", Money.ofSoum(1_250_000), LocalDate.of(2025, 4, 1));
        loader.load(TestRegistries.person(RegistryBatch.builder(), pinfl)
                .taxpayer(TestRegistries.employer(employer))
                .taxpayer(TestRegistries.taxpayer(stir, pinfl))
                .employment(pinfl, past).employment(pinfl, current)
                .income(stir, new IncomeDeclaration(2024, Money.ofSoum(150_000_000), Money.ofSoum(18_000_000)))
                .income(stir, new IncomeDeclaration(2025, Money.ofSoum(160_000_000), Money.ofSoum(19_200_000)))
                .debt(stir, debt)
                .build());

        assertThat(tax.taxpayer(stir)).contains(TestRegistries.taxpayer(stir, pinfl));
        assertThat(tax.taxpayerOf(pinfl)).map(Taxpayer::stir).contains(stir);
        assertThat(tax.employment(pinfl)).containsExactly(current, past);
        assertThat(tax.income(stir)).extracting(IncomeDeclaration::year).containsExactly(2025, 2024);
        assertThat(tax.debts(stir)).containsExactly(debt);
        assertThat(tax.taxpayer(employer).orElseThrow().kind()).isEqualTo(uz.yagona.shared.Stir.Kind.LEGAL_ENTITY);
    }
}
