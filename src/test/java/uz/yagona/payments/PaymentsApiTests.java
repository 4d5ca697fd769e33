package uz.yagona.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TokenFlows;
import uz.yagona.identity.internal.Clients;
import uz.yagona.payments.internal.CallbackSignatures;
import uz.yagona.payments.internal.SandboxProvider;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;

/**
 * Payments end to end over real HTTP and PostgreSQL: the sandbox card page, its signed callback, forged,
 * repeated, wrong and concurrent callbacks, refunds and the daily reconciliation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PaymentsApiTests {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Payments payments;

    @Autowired
    SandboxProvider sandbox;

    @Autowired
    CallbackSignatures signatures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PaidEvents paid;

    @Autowired
    Clients clients;

    @Autowired
    TestCitizens citizens;

    final JsonMapper json = JsonMapper.builder().build();
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theCardPageLeadsBackOnlyToAPageOfThisSite() throws Exception {
        var invoice = issue(Money.ofSoum(1_000));
        var page = base() + sandbox.paymentPage(invoice.id()) + "?return=";
        var local = http.send(HttpRequest.newBuilder(URI.create(page + "/cabinet/applications/ARZ-2026-0000001"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(local.body()).contains("id=\"return-link\" href=\"/cabinet/applications/ARZ-2026-0000001\"");
        for (var elsewhere : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example",
                "javascript:alert(1)"}) {
            var response = http.send(HttpRequest.newBuilder(URI.create(page
                    + java.net.URLEncoder.encode(elsewhere, java.nio.charset.StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).as(elsewhere).doesNotContain("return-link", "href=\"" + elsewhere,
                    "value=\"" + elsewhere);
        }
    }

    @Test
    void aPayerPaysOnTheSandboxPageAndTheInvoiceIsPaidWithAnEvent() throws Exception {
        var invoice = issue(Money.ofSoum(340_000));
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var pageUrl = URI.create(base() + sandbox.paymentPage(invoice.id()));

        var page = browser.send(HttpRequest.newBuilder(pageUrl).header("Accept-Language", "ru").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Оплата картой в тестовом банке", invoice.number(), "340\u00A0000,00\u00A0сум");
        var csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the form carries a CSRF token").isTrue();

        var typo = submit(browser, pageUrl, "4242 4242 4242 4241", csrf.group(1));
        assertThat(typo.body()).contains("Неверный номер карты");
        var declined = submit(browser, pageUrl, SandboxProvider.DECLINED_CARD, csrf.group(1));
        assertThat(declined.body()).contains("Банк отклонил оплату");
        assertThat(status(invoice)).isEqualTo(InvoiceStatus.ISSUED);

        var accepted = submit(browser, pageUrl, "4242 4242 4242 4242", csrf.group(1));

        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("Оплата принята.");
        assertThat(status(invoice)).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.of(invoice)).singleElement().satisfies(event -> {
            assertThat(event.reference()).isEqualTo(invoice.reference());
            assertThat(event.amount()).isEqualTo(Money.ofSoum(340_000));
            assertThat(event.provider()).isEqualTo("sandbox");
        });
        assertThat(credits(invoice)).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from event_publication
                where event_type = ? and serialized_event like ? group by listener_id""")
                .params(InvoicePaid.class.getName(), "%" + invoice.id().value() + "%").query(Long.class).list())
                .as("recorded in the event publication registry once for each listener").isNotEmpty()
                .containsOnly(1L);
    }

    @Test
    void theSandboxPageSpeaksEachOfTheFourLanguages() throws Exception {
        var invoice = issue(Money.ofTiyin(123_456_789));
        var url = URI.create(base() + sandbox.paymentPage(invoice.id()));
        var expected = List.of(List.of("uz", "Sinov bankida karta orqali toʻlov", "1\u00A0234\u00A0567,89\u00A0soʻm"),
                List.of("uz-Cyrl", "Синов банкида карта орқали тўлов", "1\u00A0234\u00A0567,89\u00A0сўм"),
                List.of("ru", "Оплата картой в тестовом банке", "1\u00A0234\u00A0567,89\u00A0сум"),
                List.of("en", "Card payment at the sandbox bank", "UZS\u00A01,234,567.89"));
        for (var language : expected) {
            var page = http.send(HttpRequest.newBuilder(url).header("Accept-Language", language.get(0)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).as(language.get(0)).contains(language.get(1), language.get(2));
        }
    }

    @Test
    void theSameCallbackTwiceCreditsOnce() throws Exception {
        var invoice = issue(Money.ofSoum(1_000));
        var body = sandbox.body(transaction(invoice, invoice.amount(), Instant.now()));

        var first = callback(body, signatures.sign(body));
        var second = callback(body, signatures.sign(body));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json.readTree(first.body()).get("credited").asBoolean()).isTrue();
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(json.readTree(second.body()).get("credited").asBoolean()).isFalse();
        assertThat(credits(invoice)).isEqualTo(1);
        assertThat(paid.of(invoice)).hasSize(1);
        assertThat(status(invoice)).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void aForgedCallbackIsA401ProblemAndChangesNothing() throws Exception {
        var invoice = issue(Money.ofSoum(2_000));
        var body = sandbox.body(transaction(invoice, invoice.amount(), Instant.now()));
        var forger = new CallbackSignatures("the-forger-guessed-this-secret");

        var forged = callback(body, forger.sign(body));
        var unsigned = http.send(HttpRequest.newBuilder(URI.create(base() + SandboxProvider.CALLBACK_PATH))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        for (var response : List.of(forged, unsigned)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json.readTree(response.body()).get("detail").asString())
                    .isEqualTo("The signature of the bank's message is wrong; the message was not accepted.");
        }
        assertThat(credits(invoice)).isZero();
        assertThat(status(invoice)).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(paid.of(invoice)).isEmpty();
    }

    @Test
    void aCallbackForAnotherAmountIsA400AndChangesNothing() throws Exception {
        var invoice = issue(Money.ofSoum(3_000));
        var body = sandbox.body(transaction(invoice, invoice.amount().plus(Money.ofTiyin(1)), Instant.now()));

        var response = callback(body, signatures.sign(body));

        assertThat(response.statusCode()).isEqualTo(400);
        var problem = json.readTree(response.body());
        assertThat(problem.at("/errors/0/rule").asString()).isEqualTo("payments.callback.amount");
        assertThat(credits(invoice)).isZero();
        assertThat(status(invoice)).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(paid.of(invoice)).isEmpty();
    }

    @Test
    void tenIdenticalCallbacksAtOnceCreditOnce() throws Exception {
        var invoice = issue(Money.ofSoum(4_000));
        var body = sandbox.body(transaction(invoice, invoice.amount(), Instant.now()));
        var signature = signatures.sign(body);
        var start = new CountDownLatch(1);
        var responses = new ArrayList<Future<HttpResponse<String>>>();
        try (var threads = Executors.newFixedThreadPool(10)) {
            for (int i = 0; i < 10; i++) {
                responses.add(threads.submit(() -> {
                    start.await();
                    return callback(body, signature);
                }));
            }
            start.countDown();
        }

        int credited = 0;
        for (var response : responses) {
            assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(200);
            credited += json.readTree(response.get().body()).get("credited").asBoolean() ? 1 : 0;
        }
        assertThat(credited).isEqualTo(1);
        assertThat(credits(invoice)).isEqualTo(1);
        assertThat(paid.of(invoice)).hasSize(1);
    }

    @Test
    void refundsNeverExceedWhatWasPaid() throws Exception {
        var invoice = issue(Money.ofSoum(10_000));
        assertThatThrownBy(() -> payments.refund(invoice.id(), Money.ofSoum(1)))
                .isInstanceOf(ResponseStatusException.class);
        pay(invoice, Instant.now());

        assertThatThrownBy(() -> payments.refund(invoice.id(), Money.ofSoum(10_001)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("payments.refund.tooMuch"));
        assertThatThrownBy(() -> payments.refund(invoice.id(), Money.ZERO)).isInstanceOf(InvalidValueException.class);
        var partly = payments.refund(invoice.id(), Money.ofSoum(4_000));
        assertThat(partly.status()).isEqualTo(InvoiceStatus.PARTIALLY_REFUNDED);
        assertThat(partly.refunded()).isEqualTo(Money.ofSoum(4_000));
        assertThatThrownBy(() -> payments.refund(invoice.id(), Money.ofTiyin(600_001)))
                .isInstanceOf(InvalidValueException.class);
        var fully = payments.refund(invoice.id(), Money.ofSoum(6_000));
        assertThat(fully.status()).isEqualTo(InvoiceStatus.REFUNDED);
        assertThatThrownBy(() -> payments.refund(invoice.id(), Money.ofTiyin(1)))
                .isInstanceOf(ResponseStatusException.class);
        assertThat(payments.find(invoice.id()).orElseThrow().refunded()).isEqualTo(Money.ofSoum(10_000));
    }

    @Test
    void onlyAnUnpaidInvoiceCanBeCancelledAndACancelledOneCannotBePaid() throws Exception {
        var paidInvoice = issue(Money.ofSoum(500));
        pay(paidInvoice, Instant.now());
        assertThatThrownBy(() -> payments.cancel(paidInvoice.id())).isInstanceOf(ResponseStatusException.class);

        var invoice = issue(Money.ofSoum(500));
        assertThat(payments.cancel(invoice.id()).status()).isEqualTo(InvoiceStatus.CANCELLED);
        var body = sandbox.body(transaction(invoice, invoice.amount(), Instant.now()));
        assertThat(callback(body, signatures.sign(body)).statusCode()).isEqualTo(409);
        assertThat(credits(invoice)).isZero();
    }

    @Test
    void theDailyReconciliationSortsTransactionsIntoMatchedMissingAndMismatched() throws Exception {
        // a day of its own, so other tests' payments are not in it
        var day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(9000));
        var noon = day.atTime(12, 0).atZone(ZoneId.of("Asia/Tashkent")).toInstant();
        var matched = transaction(issue(Money.ofSoum(100)), Money.ofSoum(100), noon);
        sandbox.book(matched, "4242");
        credit(matched);
        var onlyAtTheBank = transaction(issue(Money.ofSoum(200)), Money.ofSoum(200), noon);
        sandbox.book(onlyAtTheBank, "4242");
        var mismatchedInvoice = issue(Money.ofSoum(300));
        var mismatched = transaction(mismatchedInvoice, Money.ofSoum(300), noon);
        sandbox.book(transaction(mismatchedInvoice, Money.ofSoum(301), noon, mismatched.transactionId()), "4242");
        credit(mismatched);
        var onlyHere = transaction(issue(Money.ofSoum(400)), Money.ofSoum(400), noon);
        credit(onlyHere);
        var nextDay = transaction(issue(Money.ofSoum(500)), Money.ofSoum(500), noon.plusSeconds(86_400));
        sandbox.book(nextDay, "4242");
        credit(nextDay);

        var report = payments.reconcile("sandbox", day);

        assertThat(report.matched()).containsExactly(matched.transactionId());
        assertThat(report.missing()).containsExactlyInAnyOrder(onlyAtTheBank.transactionId(),
                onlyHere.transactionId());
        assertThat(report.mismatched()).containsExactly(mismatched.transactionId());
    }

    @Test
    void anInvoiceNeedsAValidPayerAPurposeAndAPositiveAmount() {
        assertThatThrownBy(() -> new Payer("12345")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new NewInvoice(payer(), " ", Money.ofSoum(1), "A-1", LocalDate.now()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new NewInvoice(payer(), "Fee", Money.ZERO, "A-1", LocalDate.now()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void anAdministratorRefundsAndReadsTheReconciliationOverTheApiAndACitizenCannot() throws Exception {
        var day = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        var invoice = issue(Money.ofSoum(5_000));
        var transaction = transaction(invoice, invoice.amount(), day.atTime(9, 0).atZone(ZoneId.of("Asia/Tashkent"))
                .toInstant());
        sandbox.book(transaction, "4242");
        credit(transaction);
        var admin = citizens.administrator();
        var token = TokenFlows.accessToken(port, clients, admin.pinflValue(), admin.password(), admin.totpSecret());

        var tooMuch = admin("POST", "/api/v1/admin/payments/invoices/" + invoice.id().value() + "/refunds",
                "{\"amount\":\"5000,01\"}", token);
        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(json.readTree(tooMuch.body()).at("/errors/0/rule").asString()).isEqualTo("payments.refund.tooMuch");
        var refunded = admin("POST", "/api/v1/admin/payments/invoices/" + invoice.id().value() + "/refunds",
                "{\"amount\":\"1 500,50\"}", token);
        assertThat(refunded.statusCode()).as(refunded.body()).isEqualTo(200);
        assertThat(json.readTree(refunded.body()).get("status").asString()).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(json.readTree(refunded.body()).get("refunded").decimalValue()).isEqualByComparingTo("1500.50");

        var report = admin("GET", "/api/v1/admin/payments/reconciliation?provider=sandbox&day=" + day, null, token);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        var figures = json.readTree(report.body());
        assertThat(figures.get("matched").get(0).asString()).isEqualTo(transaction.transactionId());
        assertThat(figures.get("missing")).isEmpty();
        assertThat(figures.get("mismatched")).isEmpty();

        var citizen = citizens.withAccount();
        var citizenToken = TokenFlows.accessToken(port, clients, citizen.value(), TestCitizens.PASSWORD, null);
        assertThat(admin("GET", "/api/v1/admin/payments/reconciliation?day=" + day, null, citizenToken).statusCode())
                .isEqualTo(403);
        assertThat(payments.find(invoice.id()).orElseThrow().refunded()).isEqualTo(Money.ofTiyin(150_050));
    }

    private HttpResponse<String> admin(String method, String path, String body, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void pay(Invoice invoice, Instant at) {
        credit(transaction(invoice, invoice.amount(), at));
    }

    private void credit(ProviderTransaction transaction) {
        try {
            var body = sandbox.body(transaction);
            var response = callback(body, signatures.sign(body));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Invoice issue(Money amount) {
        return payments.issue(new NewInvoice(payer(), "Davlat boji: tugʻilganlik haqida maʼlumotnoma", amount,
                "APP-" + UUID.randomUUID(), LocalDate.now().plusDays(10)));
    }

    private static Payer payer() {
        return Payer.of(Pinfl.of(LocalDate.of(1990, 5, 17), Sex.FEMALE, 26, 123));
    }

    private static ProviderTransaction transaction(Invoice invoice, Money amount, Instant at) {
        return transaction(invoice, amount, at, "SBX-" + UUID.randomUUID());
    }

    private static ProviderTransaction transaction(Invoice invoice, Money amount, Instant at, String id) {
        return new ProviderTransaction(id, invoice.number(), amount, at);
    }

    private HttpResponse<String> callback(byte[] body, String signature) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + SandboxProvider.CALLBACK_PATH))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .header(CallbackSignatures.HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> submit(HttpClient browser, URI page, String card, String csrf) throws Exception {
        var form = "card=" + URLEncoder.encode(card, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(page).header("Accept-Language", "ru")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private InvoiceStatus status(Invoice invoice) {
        return payments.find(invoice.id()).orElseThrow().status();
    }

    private long credits(Invoice invoice) {
        return jdbc.sql("select count(*) from payments.credits where invoice_id = ?").param(invoice.id().value())
                .query(Long.class).single();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** Collects InvoicePaid as a listener in another module would see it: after the paying transaction commits. */
    @TestConfiguration
    static class PaidEvents {

        final List<InvoicePaid> events = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void on(InvoicePaid event) {
            events.add(event);
        }

        List<InvoicePaid> of(Invoice invoice) {
            return events.stream().filter(event -> event.invoice().equals(invoice.id())).toList();
        }
    }
}
