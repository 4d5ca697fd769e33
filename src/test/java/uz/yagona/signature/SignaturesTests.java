package uz.yagona.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.identity.Officers;
import uz.yagona.identity.Persons;
import uz.yagona.identity.TestCitizens;
import uz.yagona.shared.InvalidValueException;

/** What other modules use of the signature module: a person's kept keys, enrolment and signing with a PIN. */
@SpringBootTest
@ActiveProfiles("test")
class SignaturesTests {

    static final byte[] APPLICATION = "Ariza: tugʻilganlik haqida guvohnoma".getBytes(StandardCharsets.UTF_8);

    @Autowired
    Signatures signatures;

    @Autowired
    TestCitizens citizens;

    @Autowired
    Persons persons;

    @Autowired
    Officers officers;

    @Test
    void anOfficialsKeyNamesItsAgencyAndSignsWhatVerifies() {
        var login = citizens.officer();
        var person = persons.findByPinfl(login.pinfl()).orElseThrow();
        var officer = officers.of(person.id()).getFirst();

        var key = signatures.enrol(login.pinfl(), "246813", "OFFICIAL:" + officer.id());
        assertThat(key.profile()).isEqualTo("OFFICIAL");
        assertThat(key.agencyCode()).isEqualTo("MBB.1726.1726266");
        assertThat(signatures.keys(login.pinfl())).extracting(SigningKey::serial).containsExactly(key.serial());

        var signature = signatures.sign(login.pinfl(), key.serial(), "246813", APPLICATION);
        var report = signatures.verify(APPLICATION, signature);
        assertThat(report.valid()).isTrue();
        assertThat(report.signers().getFirst().pinfl()).isEqualTo(login.pinflValue());
        assertThat(report.signers().getFirst().agencyCode()).isEqualTo("MBB.1726.1726266");
        assertThat(signatures.verify("something else".getBytes(StandardCharsets.UTF_8), signature).valid())
                .isFalse();
    }

    @Test
    void aCitizensKeyHasNoAgencyAndAWrongPinIsRefusedAndCounted() {
        var citizen = citizens.withAccount();
        var key = signatures.enrol(citizen, "135790", "PERSON");
        assertThat(key.agencyCode()).isNull();

        assertThatThrownBy(() -> signatures.sign(citizen, key.serial(), "000000", APPLICATION))
                .isInstanceOf(WrongPin.class).extracting(e -> ((WrongPin) e).rule()).isEqualTo("signature.pin.wrong");
        assertThat(signatures.verify(APPLICATION, signatures.sign(citizen, key.serial(), "135790", APPLICATION))
                .valid()).isTrue();
    }

    @Test
    void nobodySignsWithAnotherPersonsKey() {
        var owner = citizens.withAccount();
        var other = citizens.withAccount();
        var key = signatures.enrol(owner, "135790", "PERSON");

        assertThat(signatures.keys(other)).isEmpty();
        assertThatThrownBy(() -> signatures.sign(other, key.serial(), "135790", APPLICATION))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("signature.certificate.unknown");
    }
}
