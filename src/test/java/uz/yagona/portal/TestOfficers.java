package uz.yagona.portal;

import static uz.yagona.identity.WebSession.form;

import org.springframework.stereotype.Component;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TotpCodes;
import uz.yagona.identity.WebSession;
import uz.yagona.shared.Pinfl;
import uz.yagona.signature.Signatures;

/** Officers of an agency at work in tests: appointed, holding a kept key of their post, signed in over HTTP. */
@Component
public class TestOfficers {

    /** The PIN that opens the officers' keys in tests. */
    public static final String PIN = "654321";

    private final TestCitizens citizens;
    private final Signatures signatures;

    TestOfficers(TestCitizens citizens, Signatures signatures) {
        this.citizens = citizens;
        this.signatures = signatures;
    }

    /** A signed-in officer of the agency and the serial of the key of their post. */
    public record Officer(WebSession session, Pinfl pinfl, String keySerial) {
    }

    /** An officer of {@code agencyCode} (created when the demo data lack it), signed in on the server at {@code port}. */
    public Officer signedIn(int port, String agencyCode) {
        var appointed = citizens.appointedTo(agencyCode, "OFFICER");
        var login = appointed.login();
        var key = signatures.enrol(login.pinfl(), PIN, "OFFICIAL:" + appointed.officer().id());
        var session = new WebSession(port, "en");
        session.signIn(login.pinflValue(), login.password());
        session.follow(session.post("/login/totp", form("code", TotpCodes.code(login.totpSecret(), 0))));
        return new Officer(session, login.pinfl(), key.serial());
    }
}
