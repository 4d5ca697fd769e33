package uz.yagona.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uz.yagona.registry.CivilAct;
import uz.yagona.registry.RealEstate;
import uz.yagona.registry.RegistryBatch;
import uz.yagona.registry.Relative;
import uz.yagona.registry.Resident;
import uz.yagona.registry.Share;
import uz.yagona.registry.Vehicle;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;
import uz.yagona.shared.UzbekScript;

class PopulationGeneratorTests {

    private static List<RegistryBatch> population(int persons, long seed) {
        var batches = new ArrayList<RegistryBatch>();
        new PopulationGenerator(TestDistricts.SOME, persons, seed).generate(batches::add);
        return batches;
    }

    private static <T> List<T> all(List<RegistryBatch> batches, Function<RegistryBatch, List<T>> records) {
        return batches.stream().flatMap(batch -> records.apply(batch).stream()).toList();
    }

    @Test
    void theSameSeedGivesTheSamePopulationAndAnotherSeedAnother() {
        var first = population(3_000, 42);
        var second = population(3_000, 42);
        var other = population(3_000, 43);
        assertThat(all(first, RegistryBatch::residents)).isEqualTo(all(second, RegistryBatch::residents));
        assertThat(all(first, RegistryBatch::accounts)).isEqualTo(all(second, RegistryBatch::accounts));
        assertThat(all(first, RegistryBatch::civilActs)).isEqualTo(all(second, RegistryBatch::civilActs));
        assertThat(all(first, RegistryBatch::realEstate)).isEqualTo(all(second, RegistryBatch::realEstate));
        assertThat(all(other, RegistryBatch::residents).subList(0, 100))
                .isNotEqualTo(all(first, RegistryBatch::residents).subList(0, 100));
    }

    @Test
    void aSmallPopulationIsTheBeginningOfALargerOne() {
        var small = new PopulationGenerator(TestDistricts.SOME, 25_000, 7).chunk(1);
        var large = new PopulationGenerator(TestDistricts.SOME, 40_000, 7).chunk(1);
        assertThat(small.residents()).isEqualTo(large.residents());
        assertThat(small.familyLinks()).isEqualTo(large.familyLinks());
    }

    /** The first batch holds the banks, the employers and the demo logins with their families. */
    private static List<RegistryBatch> chunks(List<RegistryBatch> population) {
        return population.subList(1, population.size());
    }

    @Test
    void chunksMadeOnManyThreadsInAnyOrderAreTheChunksMadeInTurn() {
        var generator = new PopulationGenerator(TestDistricts.SOME, 60_000, 9);
        var inTurn = IntStream.range(0, generator.chunks()).mapToObj(generator::chunk).toList();
        var reversed = IntStream.range(0, generator.chunks()).map(i -> generator.chunks() - 1 - i).parallel()
                .mapToObj(chunk -> Map.entry(chunk, generator.chunk(chunk))).toList();
        for (var entry : reversed) {
            assertThat(entry.getValue()).isEqualTo(inTurn.get(entry.getKey()));
        }
    }

    @Test
    void makesExactlyTheNumberOfPersonsAskedForWithValidDistinctPinfls() {
        var population = population(12_345, 1);
        assertThat(all(chunks(population), RegistryBatch::residents)).hasSize(12_345);
        var residents = all(population, RegistryBatch::residents);
        assertThat(residents.stream().map(Resident::pinfl).distinct()).hasSize(residents.size());
        assertThat(residents).allSatisfy(resident -> {
            assertThat(new Pinfl(resident.pinfl().value())).isEqualTo(resident.pinfl());
            assertThat(resident.cyrillic().last() + resident.cyrillic().first() + resident.cyrillic().patronymic())
                    .doesNotContainPattern("[A-Za-z'ʻʼ]");
            assertThat(resident.latin().first()).doesNotContain("'");
        });
    }

    @Test
    void everyPropertyIsOwnedWholeAndNumbersAreUnique() {
        var batches = population(10_000, 3);
        var estate = all(batches, RegistryBatch::realEstate);
        assertThat(estate).allSatisfy(object -> assertThat(Share.addUpToOne(object.owners())).isTrue());
        assertThat(estate.stream().map(RealEstate::cadastralNumber).distinct()).hasSize(estate.size());
        assertThat(estate.stream().filter(object -> object.owners().size() == 2)).isNotEmpty();
        var vehicles = all(batches, RegistryBatch::vehicles);
        assertThat(vehicles.stream().map(Vehicle::vin).distinct()).hasSize(vehicles.size());
        assertThat(vehicles.stream().map(Vehicle::plate).distinct()).hasSize(vehicles.size());
        assertThat(vehicles.stream().filter(vehicle -> vehicle.owner().isPerson()).map(Vehicle::plate))
                .allMatch(plate -> plate.matches("[0-9]{2} [A-Z] [0-9]{3} [A-Z]{2}"));
        var accounts = all(batches, RegistryBatch::accounts);
        assertThat(accounts.stream().map(account -> account.number()).distinct()).hasSize(accounts.size());
        var passports = all(batches, RegistryBatch::passports);
        assertThat(passports.stream().map(p -> p.passport().series() + p.passport().number()).distinct())
                .hasSize(passports.size());
        assertThat(passports).allMatch(p -> p.passport().series().matches("AA|AB|AC|AD|FA"));
        var taxpayers = all(batches, RegistryBatch::taxpayers);
        assertThat(taxpayers.stream().map(t -> t.stir()).distinct()).hasSize(taxpayers.size());
    }

    @Test
    void familiesHoldTogether() {
        var batches = population(10_000, 5);
        var residents = all(batches, RegistryBatch::residents).stream()
                .collect(Collectors.toMap(Resident::pinfl, Function.identity()));
        var links = all(batches, RegistryBatch::familyLinks);
        var seen = new HashSet<String>();
        for (var link : links) {
            var person = residents.get(link.pinfl());
            var relative = residents.get(link.relative().pinfl());
            assertThat(person).isNotNull();
            assertThat(relative).isNotNull();
            // each link once, from one side only
            assertThat(seen.add(link.pinfl() + ">" + link.relative().pinfl())).isTrue();
            assertThat(seen.contains(link.relative().pinfl() + ">" + link.pinfl())).isFalse();
            if (link.relative().relation() == Relative.Relation.SPOUSE) {
                assertThat(person.sex()).isNotEqualTo(relative.sex());
            } else if (link.relative().relation() == Relative.Relation.PARENT) {
                assertThat(person.birthDate()).isAfterOrEqualTo(relative.birthDate().plusYears(16));
                if (relative.sex() == Sex.MALE) {
                    assertThat(person.latin().patronymic()).startsWith(relative.latin().first() + " ");
                }
            }
        }
        var acts = all(batches, RegistryBatch::civilActs);
        var kinds = acts.stream().collect(Collectors.groupingBy(CivilAct::kind, Collectors.counting()));
        assertThat(kinds.keySet()).containsExactlyInAnyOrder(CivilAct.Kind.values());
        assertThat(all(chunks(batches), RegistryBatch::civilActs).stream()
                .filter(act -> act.kind() == CivilAct.Kind.BIRTH)).hasSize(10_000);
        assertThat(acts).allSatisfy(act -> assertThat(act.registeredOn()).isBeforeOrEqualTo(PopulationGenerator.TODAY));
        var dead = residents.values().stream().filter(resident -> !resident.isAlive()).count();
        assertThat(dead).isEqualTo(kinds.get(CivilAct.Kind.DEATH));
        var addressed = all(batches, RegistryBatch::addresses).stream().map(a -> a.pinfl()).collect(Collectors.toSet());
        assertThat(residents.values()).allSatisfy(resident ->
                assertThat(addressed.contains(resident.pinfl())).isEqualTo(resident.isAlive()));
    }

    @Test
    void everyNameOfTheTablesComesBackFromItsCyrillicForm() {
        var names = new ArrayList<NameTables.Name>();
        names.addAll(NameTables.MEN);
        names.addAll(NameTables.WOMEN);
        names.addAll(NameTables.FAMILIES);
        assertThat(names).allSatisfy(name -> {
            assertThat(name.cyrillic()).doesNotContainPattern("[A-Za-z]");
            assertThat(UzbekScript.toLatin(name.cyrillic())).isEqualTo(name.latin());
        });
    }

    @Test
    void everyMahallaAndStreetComesBackFromItsCyrillicForm() {
        var names = new ArrayList<Places.Named>();
        names.addAll(Places.MAHALLA_NAMES);
        names.addAll(Places.STREET_NAMES);
        assertThat(names).allSatisfy(name -> {
            assertThat(name.cyrillic()).doesNotContainPattern("[A-Za-z]");
            assertThat(UzbekScript.toLatin(name.cyrillic())).isEqualTo(name.latin());
        });
        var cyrillic = names.stream().collect(Collectors.toMap(Places.Named::latin, Places.Named::cyrillic));
        assertThat(cyrillic).containsEntry("Amir Temur koʻchasi", "Амир Темур кўчаси")
                .containsEntry("Alisher Navoiy koʻchasi", "Алишер Навоий кўчаси")
                .containsEntry("Gʻafur Gʻulom koʻchasi", "Ғафур Ғулом кўчаси")
                .containsEntry("Beshyogʻoch koʻchasi", "Бешёғоч кўчаси")
                .containsEntry("Yangiobod MFY", "Янгиобод МФЙ")
                .containsEntry("Qoʻrgʻon MFY", "Қўрғон МФЙ");
    }

    @Test
    void everyGeneratedAddressCarriesBothScriptsOfTheSameNames() {
        var addresses = all(population(3_000, 5), RegistryBatch::addresses);
        assertThat(addresses).isNotEmpty();
        var distinct = new HashSet<List<String>>();
        addresses.forEach(entry -> {
            var address = entry.address();
            distinct.add(List.of(address.mahalla(), address.mahallaCyrillic()));
            distinct.add(List.of(address.street(), address.streetCyrillic()));
        });
        assertThat(distinct).allSatisfy(pair -> {
            assertThat(pair.get(1)).doesNotContainPattern("[A-Za-z]");
            assertThat(UzbekScript.toLatin(pair.get(1))).isEqualTo(pair.get(0));
        });
    }

    @Test
    void generatesQuickly() {
        var started = System.nanoTime();
        var count = new int[1];
        var generator = new PopulationGenerator(TestDistricts.SOME, 50_000, 11);
        for (var chunk = 0; chunk < generator.chunks(); chunk++) {
            count[0] += generator.chunk(chunk).residents().size();
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("generated %d persons in %.2f s: %.0f persons/s%n", count[0], seconds, count[0] / seconds);
        assertThat(count[0]).isEqualTo(50_000);
    }
}
