package uz.yagona.enforcement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.exchange.RegistryPeople;
import uz.yagona.identity.Accounts;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.NewPerson;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.PersonName;
import uz.yagona.identity.Officers;
import uz.yagona.identity.Persons;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TokenFlows;
import uz.yagona.identity.internal.Clients;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;
import uz.yagona.signature.Signatures;

/** Court staff for enforcement tests: judges with a kept signing key, clerks, and calls to the API as them. */
@Component
class Court {

    static final String PIN = "482910";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final TestCitizens citizens;
    private final Persons persons;
    private final Officers officers;
    private final Agencies agencies;
    private final Signatures signatures;
    private final Clients clients;
    private final Accounts accounts;
    private final RegistryPeople registry;
    private final HttpClient http = HttpClient.newHttpClient();

    Court(TestCitizens citizens, Persons persons, Officers officers, Agencies agencies, Signatures signatures,
            Clients clients, Accounts accounts, RegistryPeople registry) {
        this.accounts = accounts;
        this.registry = registry;
        this.citizens = citizens;
        this.persons = persons;
        this.officers = officers;
        this.agencies = agencies;
        this.signatures = signatures;
        this.clients = clients;
    }

    Clients clients() {
        return clients;
    }

    /** A person signed in with a bearer token; {@code keySerial} is set for a judge. */
    record Staff(Pinfl pinfl, String token, @Nullable String keySerial) {
    }

    Staff judge(int port) throws Exception {
        return staff(port, "SC", "Sudya", "JUDGE", true);
    }

    Staff judgeOf(int port, String court) throws Exception {
        return staff(port, court, "Sudya", "JUDGE", true);
    }

    Staff clerk(int port) throws Exception {
        return staff(port, "SC", "Sud kotibi", "COURT_CLERK", false);
    }

    private Staff staff(int port, String court, String position, String role, boolean signs) throws Exception {
        var login = citizens.withTotp();
        var person = persons.findByPinfl(login.pinfl()).orElseThrow();
        var agency = agencies.findByCode(court).orElseThrow();
        var officer = officers.appoint(person.id(), agency.id(), position, Set.of(role));
        var serial = signs ? signatures.enrol(login.pinfl(), PIN, "OFFICIAL:" + officer.id()).serial() : null;
        var token = TokenFlows.accessToken(port, clients, login.pinflValue(), login.password(), login.totpSecret());
        return new Staff(login.pinfl(), token, serial);
    }

    /** A debtor known to the national ID (with e-mail and phone) and to the registries, signed in. */
    record Debtor(Pinfl pinfl, PersonId id, String token, RegistryPeople.Loaded registry) {
    }

    Debtor debtor(int port) throws Exception {
        var pinfl = TestCitizens.freshPinfl(Sex.MALE);
        var id = persons.register(new NewPerson(pinfl, new PersonName("Karimov", "Jasur", "Anvarovich"),
                new PersonName("Каримов", "Жасур", "Анварович"), pinfl.birthDate(), Sex.MALE, "+998901112233",
                "debtor-" + pinfl.value() + "@example.uz"));
        accounts.open(id, TestCitizens.PASSWORD, false);
        var loaded = registry.resident(pinfl);
        return new Debtor(pinfl, id, TokenFlows.accessToken(port, clients, pinfl.value(), TestCitizens.PASSWORD,
                null), loaded);
    }

    /** An enforcement officer of a department of the bureau, with a token. */
    Staff officer(int port, String department) throws Exception {
        return staff(port, department, "Davlat ijrochisi", "ENFORCEMENT_OFFICER", false);
    }

    /** A writ for {@code amountTiyin} against a person, as a clerk sends it. */
    static Map<String, Object> moneyWrit(Pinfl debtor, long amountTiyin) {
        var writ = new LinkedHashMap<String, Object>();
        writ.put("decisionNumber", "2-1234/2026");
        writ.put("decisionDate", LocalDate.now().minusDays(10).toString());
        writ.put("creditor", Map.of("stir", "301234567", "name", "\"Toshkent Non\" MChJ"));
        writ.put("debtor", Map.of("pinfl", debtor.value(), "name", "Testova Nigora Aziz qizi"));
        writ.put("claimType", "MONEY_RECOVERY");
        writ.put("amount", Map.of("tiyin", amountTiyin));
        return writ;
    }

    HttpResponse<byte[]> post(int port, String path, Object body, @Nullable String token, String language)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> get(int port, String path, @Nullable String token, String language) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Drafts a writ as a clerk and has the judge sign it with the kept key; the writ's number. */
    String signedWrit(int port, Staff clerk, Staff judge, Map<String, Object> writ) throws Exception {
        var drafted = post(port, "/api/v1/enforcement/writs", writ, clerk.token(), "en");
        if (drafted.statusCode() != 201) {
            throw new AssertionError(text(drafted));
        }
        var number = body(drafted).get("number").asString();
        var signed = post(port, "/api/v1/enforcement/writs/" + number + "/signature",
                Map.of("keySerial", judge.keySerial(), "pin", PIN), judge.token(), "en");
        if (signed.statusCode() != 200) {
            throw new AssertionError(text(signed));
        }
        return number;
    }

    static JsonNode body(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
