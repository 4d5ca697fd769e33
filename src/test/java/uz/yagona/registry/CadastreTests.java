package uz.yagona.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uz.yagona.registry.TestRegistries.WRIT;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.shared.InvalidValueException;

/** The cadastre against real PostgreSQL: shares that add up to exactly 1, encumbrances and their lifting. */
@SpringBootTest
@ActiveProfiles("test")
class CadastreTests {

    private static final Basis NOTARY = new Basis("NOTARY-0112", "Sale contract 4471", "N-2026-4471");

    @Autowired
    Cadastre cadastre;

    private Owner husband;
    private Owner wife;
    private Owner son;

    @BeforeEach
    void aFamily() {
        husband = Owner.person(TestRegistries.pinfl());
        wife = Owner.person(TestRegistries.pinfl());
        son = Owner.person(TestRegistries.pinfl());
    }

    @Test
    void aHalfAThirdAndASixthMakeAWholeProperty() {
        var registered = cadastre.register(TestRegistries.apartment(List.of(new Share(husband, 1, 2),
                new Share(wife, 1, 3), new Share(son, 1, 6))), NOTARY);

        var found = cadastre.object(registered.cadastralNumber()).orElseThrow();
        assertThat(found).isEqualTo(registered);
        assertThat(found.owners()).containsExactlyInAnyOrder(new Share(husband, 1, 2), new Share(wife, 1, 3),
                new Share(son, 1, 6));
        assertThat(cadastre.ownedBy(son)).containsExactly(found);
    }

    @Test
    void aHalfAndAThirdAreRefused() {
        assertThatThrownBy(() -> TestRegistries.apartment(List.of(new Share(husband, 1, 2), new Share(wife, 1, 3))))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> {
                    assertThat(((InvalidValueException) e).rule()).isEqualTo("cadastre.shares");
                    assertThat(((InvalidValueException) e).arguments()).containsExactly("5/6");
                });
    }

    @Test
    void anOwnerAddedBeyondTheWholeIsRefusedAndTheOwnersStay() {
        var object = cadastre.register(TestRegistries.apartment(List.of(new Share(husband, 1, 2),
                new Share(wife, 1, 2))), NOTARY);
        var overshoot = new ArrayList<>(object.owners());
        overshoot.add(new Share(son, 1, 4));

        assertThatThrownBy(() -> cadastre.changeOwners(object.cadastralNumber(), overshoot, NOTARY))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("cadastre.shares");
        assertThatThrownBy(() -> cadastre.changeOwners(object.cadastralNumber(),
                List.of(new Share(husband, 1, 2), new Share(husband, 1, 2)), NOTARY))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("cadastre.owner-twice");
        assertThat(cadastre.object(object.cadastralNumber()).orElseThrow().owners()).isEqualTo(object.owners());
    }

    @Test
    void ownersChangeWhenTheNewSharesMakeAWhole() {
        var object = cadastre.register(TestRegistries.apartment(List.of(Share.whole(husband))), NOTARY);

        var changed = cadastre.changeOwners(object.cadastralNumber(),
                List.of(new Share(husband, 2, 4), new Share(wife, 1, 4), new Share(son, 1, 4)), NOTARY);

        assertThat(changed.owners()).hasSize(3);
        assertThat(cadastre.ownedBy(wife)).extracting(RealEstate::cadastralNumber)
                .containsExactly(object.cadastralNumber());
    }

    @Test
    void anArrestIsRecordedWithItsBasisAndLifted() {
        var object = cadastre.register(TestRegistries.apartment(List.of(Share.whole(husband))), NOTARY);

        var arrest = cadastre.encumber(object.cadastralNumber(), Encumbrance.Kind.ARREST, WRIT);

        var arrested = cadastre.object(object.cadastralNumber()).orElseThrow();
        assertThat(arrested.isEncumbered()).isTrue();
        assertThat(arrested.encumbrances()).containsExactly(arrest);
        assertThat(arrest.basis()).isEqualTo(WRIT);
        assertThatThrownBy(() -> cadastre.changeOwners(object.cadastralNumber(), List.of(Share.whole(wife)), NOTARY))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("cadastre.arrested");

        cadastre.lift(arrest.id(), WRIT);

        var lifted = cadastre.object(object.cadastralNumber()).orElseThrow();
        assertThat(lifted.isEncumbered()).isFalse();
        assertThat(lifted.encumbrances().getFirst().liftedAt()).isNotNull();
        assertThatThrownBy(() -> cadastre.lift(arrest.id(), WRIT)).isInstanceOf(InvalidValueException.class)
                .extracting("rule").isEqualTo("cadastre.already-lifted");
        assertThat(cadastre.changeOwners(object.cadastralNumber(), List.of(Share.whole(wife)), NOTARY).owners())
                .containsExactly(Share.whole(wife));
    }

    @Test
    void aMortgageDoesNotStopASale() {
        var object = cadastre.register(TestRegistries.apartment(List.of(Share.whole(husband))), NOTARY);
        cadastre.encumber(object.cadastralNumber(), Encumbrance.Kind.MORTGAGE, NOTARY);

        var sold = cadastre.changeOwners(object.cadastralNumber(), List.of(Share.whole(wife)), NOTARY);

        assertThat(sold.isEncumbered()).isTrue();
        assertThat(sold.owners()).containsExactly(Share.whole(wife));
    }

    @Test
    void unknownNumbersAreNotFoundAndMalformedOnesInvalid() {
        var unknown = TestRegistries.cadastralNumber();
        assertThat(cadastre.object(unknown)).isEmpty();
        assertThat(cadastre.ownedBy(Owner.person(TestRegistries.pinfl()))).isEmpty();
        assertThatThrownBy(() -> cadastre.encumber(unknown, Encumbrance.Kind.ARREST, WRIT))
                .isInstanceOf(RecordNotFoundException.class).extracting("rule").isEqualTo("cadastre.unknown-object");
        assertThatThrownBy(() -> cadastre.lift(UUID.randomUUID(), WRIT))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> cadastre.object("10;09'; drop table")).isInstanceOf(InvalidValueException.class)
                .extracting("rule").isEqualTo("cadastre.number");
        var object = cadastre.register(TestRegistries.apartment(List.of(Share.whole(husband))), NOTARY);
        assertThatThrownBy(() -> cadastre.register(object, NOTARY)).isInstanceOf(InvalidValueException.class)
                .extracting("rule").isEqualTo("cadastre.exists");
    }
}
