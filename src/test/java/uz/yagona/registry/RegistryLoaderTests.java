package uz.yagona.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uz.yagona.registry.TestRegistries.BANK;
import static uz.yagona.registry.TestRegistries.WRIT;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;

/** A batch loaded with COPY reads back the same through every registry's API; a bad batch loads nothing. */
@SpringBootTest
@ActiveProfiles("test")
class RegistryLoaderTests {

    @Autowired
    RegistryLoader loader;

    @Autowired
    PopulationRegistry population;

    @Autowired
    Banks banks;

    @Autowired
    Cadastre cadastre;

    @Autowired
    VehicleRegistry vehicles;

    @Autowired
    TravelRestrictions travel;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLoadedPersonReadsBackWithAccountsRealEstateVehiclesAndBans() {
        var pinfl = TestRegistries.pinfl();
        var owner = Owner.person(pinfl);
        var company = Owner.entity(TestRegistries.entityStir());
        var now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var salary = TestRegistries.account(owner, Money.parse("12 345 678,90"));
        var deposit = TestRegistries.account(owner, Money.ZERO);
        var house = new RealEstate(TestRegistries.cadastralNumber(), RealEstate.Kind.HOUSE, TestRegistries.YUNUSOBOD,
                "Bogʻishamol mahallasi, Amir Temur koʻchasi, 12", new BigDecimal("240.75"), Money.ofSoum(900_000_000),
                List.of(new Share(owner, 2, 3), new Share(company, 1, 3)),
                List.of(new Encumbrance(UUID.randomUUID(), Encumbrance.Kind.ARREST, WRIT, now.minusSeconds(86_400),
                                now),
                        new Encumbrance(UUID.randomUUID(), Encumbrance.Kind.MORTGAGE, WRIT, now, null)));
        var car = new Vehicle(TestRegistries.vin(), "01 777 AAA", "Chevrolet", "Tracker", 2024, "black", owner,
                LocalDate.of(2024, 2, 1), List.of(new VehicleArrest(UUID.randomUUID(), WRIT, now, null)));
        var ban = new TravelBan(UUID.randomUUID(), pinfl, WRIT, LocalDate.of(2026, 1, 10), null, null);

        loader.load(TestRegistries.person(RegistryBatch.builder().bank(BANK), pinfl)
                .account(salary).account(deposit).realEstate(house).vehicle(car).travelBan(ban).build());

        assertThat(population.resident(pinfl)).contains(TestRegistries.resident(pinfl));
        assertThat(banks.accountsOf(owner)).containsExactlyInAnyOrder(salary, deposit);
        assertThat(cadastre.ownedBy(owner)).containsExactly(house);
        assertThat(cadastre.ownedBy(company)).containsExactly(house);
        assertThat(vehicles.ownedBy(owner)).containsExactly(car);
        assertThat(travel.bans(pinfl)).containsExactly(ban);
        var opening = jdbc.sql("select sum(amount) from registry.account_movement where account = ?")
                .param(salary.number()).query(Long.class).single();
        assertThat(opening).isEqualTo(salary.balance().tiyin());
    }

    @Test
    void textWithTabsNewlinesAndBackslashesSurvivesTheCopy() {
        var pinfl = TestRegistries.pinfl();
        var odd = new RegisteredAddress(TestRegistries.YUNUSOBOD, "Tab\there", "Line\nbreak\r\n", "C:\\house\\N",
                "\\N", LocalDate.of(2001, 1, 1));
        loader.load(RegistryBatch.builder().resident(TestRegistries.resident(pinfl)).address(pinfl, odd).build());

        assertThat(population.address(pinfl)).contains(odd);
    }

    @Test
    void anAddressKeepsBothScriptsAsGivenNotAsTransliterated() {
        var pinfl = TestRegistries.pinfl();
        // the registry's own Cyrillic, deliberately not what UzbekScript would derive ("Mirzo-Ulugʻbek")
        var address = new RegisteredAddress(TestRegistries.YUNUSOBOD, "Yangiobod MFY", "Mirzo Ulugʻbek koʻchasi",
                "12A", "3", LocalDate.of(2015, 6, 1), "Янгиобод МФЙ", "Мирзо-Улуғбек кўчаси");
        loader.load(RegistryBatch.builder().resident(TestRegistries.resident(pinfl)).address(pinfl, address).build());

        var read = population.address(pinfl).orElseThrow();
        assertThat(read).isEqualTo(address);
        assertThat(read.mahallaCyrillic()).isEqualTo("Янгиобод МФЙ");
        assertThat(read.streetCyrillic()).isEqualTo("Мирзо-Улуғбек кўчаси");
        assertThat(read.house()).isEqualTo("12A");
    }

    @Test
    void aRowWrittenBeforeTheCyrillicColumnsReadsWithTransliteratedForms() {
        var pinfl = TestRegistries.pinfl();
        loader.load(RegistryBatch.builder().resident(TestRegistries.resident(pinfl)).build());
        jdbc.sql("""
                insert into registry.address (pinfl, since, district, mahalla, street, house, apartment)
                values (?, date '2010-01-01', ?, 'Navroʻz MFY', 'Amir Temur koʻchasi', '7', null)""")
                .params(pinfl.value(), TestRegistries.YUNUSOBOD.value()).update();

        var read = population.address(pinfl).orElseThrow();
        assertThat(read.mahallaCyrillic()).isEqualTo("Наврўз МФЙ");
        assertThat(read.streetCyrillic()).isEqualTo("Амир Темур кўчаси");
    }

    @Test
    void aBatchThatBreaksAConstraintLoadsNothing() {
        var pinfl = TestRegistries.pinfl();
        var twice = TestRegistries.resident(pinfl);
        var other = TestRegistries.pinfl();

        assertThatThrownBy(() -> loader.load(RegistryBatch.builder().resident(TestRegistries.resident(other))
                .resident(twice).resident(twice).build()))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("registry.load");
        assertThat(population.resident(other)).isEmpty();

        var orphan = TestRegistries.pinfl();
        assertThatThrownBy(() -> loader.load(RegistryBatch.builder().resident(TestRegistries.resident(other))
                .address(orphan, new RegisteredAddress(TestRegistries.YUNUSOBOD, "M", "S", "1", null,
                        LocalDate.of(2020, 1, 1))).build()))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("registry.load");
        assertThat(population.resident(other)).isEmpty();

        loader.load(RegistryBatch.builder().resident(TestRegistries.resident(other)).build());
        assertThat(population.resident(other)).isPresent();
    }

    @Test
    void accountsAreLoadedWithoutHolds() {
        var held = new BankAccount(TestRegistries.accountNumber(), BANK.mfo(), BANK.name().uzLatn(),
                Owner.person(TestRegistries.pinfl()), "UZS", Money.ofSoum(10), Money.ofSoum(5),
                LocalDate.of(2020, 1, 1), null);

        assertThatThrownBy(() -> loader.load(RegistryBatch.builder().bank(BANK).account(held).build()))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("registry.load-held");
        assertThat(banks.account(held.number())).isEmpty();
    }
}
