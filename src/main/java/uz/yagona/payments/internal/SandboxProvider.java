package uz.yagona.payments.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.payments.Invoice;
import uz.yagona.payments.InvoiceId;
import uz.yagona.payments.PaymentProvider;
import uz.yagona.payments.ProviderTransaction;
import uz.yagona.shared.Money;

/**
 * A pretend bank for development and tests: it keeps its own book of card transactions and, like a real
 * acquirer, tells the platform about each payment by a signed server-to-server callback. Card
 * {@value #DECLINED_CARD} is always declined; any other number passing the Luhn check is accepted.
 */
@Component
public class SandboxProvider implements PaymentProvider {

    public static final String NAME = "sandbox";
    public static final String DECLINED_CARD = "4000000000000002";
    public static final String CALLBACK_PATH = "/api/v1/payments/callbacks/" + NAME;

    private static final Logger log = LoggerFactory.getLogger(SandboxProvider.class);

    /** What became of a card payment on the sandbox page. */
    public enum Outcome { PAID, INVALID_CARD, DECLINED, CALLBACK_FAILED }

    private final JdbcClient jdbc;
    private final CallbackSignatures signatures;
    private final PaymentsSettings settings;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SandboxProvider(JdbcClient jdbc, CallbackSignatures sandboxSignatures, PaymentsSettings settings) {
        this.jdbc = jdbc;
        this.signatures = sandboxSignatures;
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String paymentPage(InvoiceId invoice) {
        return "/payments/sandbox/" + invoice.value();
    }

    @Override
    public void refund(String transactionId, Money amount) {
        log.info("sandbox refund of {} on transaction {}", amount, transactionId);
    }

    @Override
    public List<ProviderTransaction> transactions(LocalDate day) {
        return jdbc.sql("""
                select transaction_id, invoice_number, amount, paid_at from payments.sandbox_transactions
                where paid_at >= ? and paid_at < ? order by transaction_id""")
                .params(Timestamp.from(day.atStartOfDay(settings.zone()).toInstant()),
                        Timestamp.from(day.plusDays(1).atStartOfDay(settings.zone()).toInstant()))
                .query((rs, n) -> new ProviderTransaction(rs.getString(1), rs.getString(2),
                        Money.ofTiyin(rs.getLong(3)), rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** The payer submits a card on the sandbox page: charge it, book it, and call the platform back. */
    public Outcome pay(Invoice invoice, String cardNumber, String platformBase) {
        var card = cardNumber.replaceAll("[ -]", "");
        if (!Luhn.valid(card)) {
            return Outcome.INVALID_CARD;
        }
        if (card.equals(DECLINED_CARD)) {
            return Outcome.DECLINED;
        }
        var transaction = new ProviderTransaction("SBX-" + UUID.randomUUID(), invoice.number(), invoice.amount(),
                Instant.now());
        book(transaction, card.substring(card.length() - 4));
        try {
            var response = callBack(settings.sandboxCallbackBase() != null ? settings.sandboxCallbackBase()
                    : platformBase, transaction);
            return response.statusCode() == 200 ? Outcome.PAID : Outcome.CALLBACK_FAILED;
        } catch (IOException e) {
            log.warn("sandbox callback for {} failed", transaction.transactionId(), e);
            return Outcome.CALLBACK_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.CALLBACK_FAILED;
        }
    }

    /** Writes a transaction into the sandbox bank's own book (tests use it to stage reconciliation). */
    public void book(ProviderTransaction transaction, String cardLast4) {
        jdbc.sql("""
                insert into payments.sandbox_transactions (transaction_id, invoice_number, amount, card_last4, paid_at)
                values (?, ?, ?, ?, ?)""")
                .params(transaction.transactionId(), transaction.invoiceNumber(), transaction.amount().tiyin(),
                        cardLast4, Timestamp.from(transaction.paidAt()))
                .update();
    }

    /** The callback body as the sandbox sends it. */
    public byte[] body(ProviderTransaction transaction) {
        var body = new LinkedHashMap<String, Object>();
        body.put("transactionId", transaction.transactionId());
        body.put("invoiceNumber", transaction.invoiceNumber());
        body.put("amountTiyin", transaction.amount().tiyin());
        body.put("paidAt", transaction.paidAt().toString());
        return json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> callBack(String base, ProviderTransaction transaction)
            throws IOException, InterruptedException {
        var body = body(transaction);
        var request = HttpRequest.newBuilder(URI.create(base + CALLBACK_PATH))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(CallbackSignatures.HEADER, signatures.sign(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
