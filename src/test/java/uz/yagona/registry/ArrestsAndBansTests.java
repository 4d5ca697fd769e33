package uz.yagona.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uz.yagona.registry.TestRegistries.WRIT;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.shared.InvalidValueException;

/** Vehicle arrests and travel bans against real PostgreSQL: imposed with a basis, lifted once, kept on record. */
@SpringBootTest
@ActiveProfiles("test")
class ArrestsAndBansTests {

    private static final Basis PAID = new Basis("MIB", "Decision to lift: debt paid in full", "MIB-2026-0001");

    @Autowired
    VehicleRegistry vehicles;

    @Autowired
    TravelRestrictions travel;

    @Autowired
    RegistryLoader loader;

    @Test
    void aVehicleIsArrestedAndTheArrestLifted() {
        var owner = Owner.person(TestRegistries.pinfl());
        var car = TestRegistries.vehicle(owner);
        loader.load(RegistryBatch.builder().vehicle(car).build());

        var arrest = vehicles.arrest(car.vin(), WRIT);

        assertThat(vehicles.vehicle(car.vin()).orElseThrow().isArrested()).isTrue();
        assertThat(vehicles.ownedBy(owner)).singleElement().satisfies(found -> {
            assertThat(found.arrests()).containsExactly(arrest);
            assertThat(found.arrests().getFirst().basis()).isEqualTo(WRIT);
        });

        vehicles.lift(arrest.id(), PAID);

        var lifted = vehicles.vehicle(car.vin()).orElseThrow();
        assertThat(lifted.isArrested()).isFalse();
        assertThat(lifted.arrests()).singleElement().satisfies(a -> assertThat(a.liftedAt()).isNotNull());
        assertThatThrownBy(() -> vehicles.lift(arrest.id(), PAID)).isInstanceOf(InvalidValueException.class)
                .extracting("rule").isEqualTo("vehicles.already-lifted");
    }

    @Test
    void unknownVehiclesAndArrestsAreNotFoundAndMalformedVinsInvalid() {
        var unknown = TestRegistries.vin();
        assertThat(vehicles.vehicle(unknown)).isEmpty();
        assertThatThrownBy(() -> vehicles.arrest(unknown, WRIT)).isInstanceOf(RecordNotFoundException.class)
                .extracting("rule").isEqualTo("vehicles.unknown-vehicle");
        assertThatThrownBy(() -> vehicles.lift(UUID.randomUUID(), WRIT)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> vehicles.vehicle("IOQ00000000000000")).isInstanceOf(InvalidValueException.class)
                .extracting("rule").isEqualTo("vehicles.vin");
    }

    @Test
    void aPersonIsBannedFromLeavingAndTheBanLifted() {
        var pinfl = TestRegistries.pinfl();
        loader.load(TestRegistries.person(RegistryBatch.builder(), pinfl).build());
        var today = LocalDate.now(ZoneId.of("Asia/Tashkent"));

        var ban = travel.ban(pinfl, today.plusMonths(6), WRIT);

        assertThat(ban.isInForceOn(today)).isTrue();
        assertThat(ban.isInForceOn(today.plusMonths(7))).isFalse();
        assertThat(travel.bans(pinfl)).containsExactly(ban);

        travel.lift(ban.id(), PAID);

        var lifted = travel.bans(pinfl).getFirst();
        assertThat(lifted.liftedAt()).isNotNull();
        assertThat(lifted.isInForceOn(today)).isFalse();
        assertThatThrownBy(() -> travel.lift(ban.id(), PAID)).isInstanceOf(InvalidValueException.class)
                .extracting("rule").isEqualTo("travel.already-lifted");
        assertThat(travel.ban(pinfl, null, WRIT).isInForceOn(today.plusYears(10))).isTrue();
    }

    @Test
    void bansNeedAKnownPersonAndAFutureEnd() {
        var stranger = TestRegistries.pinfl();
        assertThatThrownBy(() -> travel.ban(stranger, null, WRIT)).isInstanceOf(RecordNotFoundException.class)
                .extracting("rule").isEqualTo("travel.unknown-person");
        var pinfl = TestRegistries.pinfl();
        loader.load(TestRegistries.person(RegistryBatch.builder(), pinfl).build());
        assertThatThrownBy(() -> travel.ban(pinfl, LocalDate.of(2020, 1, 1), WRIT))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("travel.until");
        assertThat(travel.bans(pinfl)).isEmpty();
        assertThatThrownBy(() -> travel.lift(UUID.randomUUID(), PAID)).isInstanceOf(RecordNotFoundException.class);
    }
}
