package uz.yagona.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationalPkiTests {

    @TempDir
    Path dir;

    @Test
    void aRestartReadsThePkiItCreatedInsteadOfMakingANewOne() {
        var first = new NationalPki(settings("secret-one"), Clock.systemUTC());
        var second = new NationalPki(settings("secret-one"), Clock.systemUTC());

        assertThat(second.root()).isEqualTo(first.root());
        assertThat(second.issuingCa()).isEqualTo(first.issuingCa());
        assertThat(dir.resolve("root.p12")).exists();
        assertThat(dir.resolve("issuing.p12")).exists();
        assertThat(dir.resolve("tsa.p12")).exists();
    }

    @Test
    void theKeyFilesDoNotOpenWithAnotherPassword() throws Exception {
        new NationalPki(settings("secret-one"), Clock.systemUTC());

        assertThat(Files.readAllBytes(dir.resolve("root.p12"))).isNotEmpty();
        assertThatThrownBy(() -> new NationalPki(settings("secret-two"), Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("key-store-password");
    }

    @Test
    void theIssuingCaIsSignedByTheRootAndMayOnlyIssueEndEntityCertificates() throws Exception {
        var pki = new NationalPki(settings("secret-one"), Clock.systemUTC());

        pki.issuingCa().verify(pki.root().getPublicKey());
        assertThat(pki.issuingCa().getBasicConstraints()).isZero();
        assertThat(pki.root().getBasicConstraints()).isEqualTo(1);
    }

    @Test
    void productionDefaultsAreTheDocumentedOnes() {
        var defaults = new SignatureSettings(null, null, null, 0, 0, 0, null, null, null);

        assertThat(defaults.keyStoreDir()).isEqualTo(Path.of("data", "pki"));
        assertThat(defaults.keyStorePassword()).isEqualTo(SignatureSettings.DEVELOPMENT_PASSWORD);
        assertThat(defaults.crlUrl()).hasToString("http://localhost:8080/pki/crl/issuing.crl");
        assertThat(defaults.pinIterations()).isEqualTo(600_000);
        assertThat(defaults.maxPinAttempts()).isEqualTo(5);
        assertThat(defaults.keyAlgorithm()).isEqualTo("EC");
    }

    private SignatureSettings settings(String password) {
        return new SignatureSettings(dir, password, null, 1000, 0, 0, null, null, null);
    }
}
