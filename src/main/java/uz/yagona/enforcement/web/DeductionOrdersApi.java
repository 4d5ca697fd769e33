package uz.yagona.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.yagona.enforcement.Deduction;
import uz.yagona.enforcement.DeductionOrder;
import uz.yagona.enforcement.DeductionOrders;
import uz.yagona.shared.Stir;

/**
 * Deduction orders for employers' payroll systems: the bearer token is a person's (authorization code flow of
 * the national ID) who represents the employer; the orders of the employers they represent, and the monthly
 * deductions reported under them. Client-credentials tokens of agency systems get no orders: a payroll system
 * acts for a person of the company who signed in.
 */
@RestController
@RequestMapping("/api/v1/enforcement/deduction-orders")
@Tag(name = "Deduction orders", description = "Orders to employers to withhold a share of a debtor's salary")
class DeductionOrdersApi extends EnforcementProblems {

    private final DeductionOrders orders;
    private final Employers employers;

    DeductionOrdersApi(DeductionOrders orders, Employers employers, MessageSource messages) {
        super(messages);
        this.orders = orders;
        this.employers = employers;
    }

    record DeductionJson(UUID id, String period, long amountTiyin, String amount, String payrollReference,
            UUID receipt, Instant reportedAt) {

        static DeductionJson of(Deduction d) {
            return new DeductionJson(d.id(), d.period().toString(), d.amount().tiyin(), d.amount().toSoum()
                    .toPlainString(), d.payrollReference(), d.receipt(), d.reportedAt());
        }
    }

    record OrderJson(UUID id, String caseNumber, String debtorPinfl, String debtorName, String employer,
            String employerName, String position, String claimType, long monthlySalaryTiyin,
            BigDecimal sharePercent, String shareSource, long monthlyLimitTiyin, long remainingTiyin, String status,
            Instant placedAt, @Nullable Instant liftedAt, List<DeductionJson> deductions) {
    }

    /** What a payroll system reports for a month: the amount in soʻm as text ({@code "1250000.00"}). */
    record ReportJson(@Nullable String period, @Nullable String amount, @Nullable String payrollReference) {
    }

    @Operation(summary = "Orders to my employers", description = "The deduction orders addressed to the employers "
            + "the caller represents (or to the one STIR given), newest first, with the deductions reported.")
    @GetMapping
    List<OrderJson> list(@RequestParam(required = false) @Nullable String employer,
            @AuthenticationPrincipal Jwt token) {
        var represented = represented(token);
        var chosen = employer == null || employer.isBlank() ? represented
                : represented.stream().filter(stir -> stir.value().equals(employer.strip())).toList();
        if (chosen.isEmpty()) {
            throw new Forbidden("enforcement.employer.forbidden");
        }
        return orders.ofEmployers(chosen).stream().map(this::json).toList();
    }

    @Operation(summary = "One order")
    @GetMapping("/{id}")
    OrderJson one(@PathVariable String id, @AuthenticationPrincipal Jwt token) {
        return json(employers.order(id, represented(token)));
    }

    @Operation(summary = "Report a monthly deduction", description = "Money withheld from the debtor's salary for "
            + "a month (YYYY-MM) and paid to the bureau; distributed over the debtor's open cases. Sent again (same "
            + "month or payroll reference, same amount) it counts once: 200 with the first report. Refused (400) "
            + "above what the case still asks or above the order's share of the salary the exchange knows.")
    @PostMapping("/{id}/deductions")
    ResponseEntity<DeductionJson> report(@PathVariable String id, @RequestBody ReportJson body,
            @AuthenticationPrincipal Jwt token) {
        var order = employers.order(id, represented(token));
        var reported = orders.report(order.id(), Employers.period(body.period()), Employers.amount(body.amount()),
                Employers.reference(body.payrollReference()), token.getSubject());
        var json = DeductionJson.of(reported.deduction());
        return reported.created()
                ? ResponseEntity.created(URI.create("/api/v1/enforcement/deduction-orders/" + order.id())).body(json)
                : ResponseEntity.status(HttpStatus.OK).body(json);
    }

    private List<Stir> represented(Jwt token) {
        var represented = employers.representedBy(token.getSubject());
        if (represented.isEmpty()) {
            throw new Forbidden("enforcement.employer.forbidden");
        }
        return represented;
    }

    private OrderJson json(DeductionOrder o) {
        return new OrderJson(o.id(), o.caseNumber(), o.debtor().value(), o.debtorName(), o.employer().value(),
                o.employerName(), o.position(), o.claimType().name(), o.monthlySalary().tiyin(), o.sharePercent(),
                o.shareSource(), o.monthlyLimit().tiyin(), o.remaining().tiyin(), o.status(), o.placedAt(),
                o.liftedAt(), orders.deductions(o.id()).stream().map(DeductionJson::of).toList());
    }
}
