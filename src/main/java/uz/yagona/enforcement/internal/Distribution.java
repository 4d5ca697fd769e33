package uz.yagona.enforcement.internal;

import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.enforcement.ClaimType;
import uz.yagona.enforcement.Share;
import uz.yagona.shared.Money;

/**
 * Distributes money received from a debtor over all the debtor's open cases together: claims queue by queue in
 * the order of priority (first alimony and damages, then state duty and fines owed to the budget, then other
 * money claims), within a queue in proportion to what each case is owed (the remainder of the division to the
 * oldest case), then the enforcement fees, oldest case first; what is left goes back to the debtor. Each receipt
 * is counted once by its external reference (the debit's id, the paid invoice's id).
 */
@Component
class Distribution {

    static final String BUREAU = "BUREAU";

    private final JdbcClient jdbc;
    private final Closure closure;
    private final Clock clock;

    Distribution(JdbcClient jdbc, Closure closure, Clock clock) {
        this.jdbc = jdbc;
        this.closure = closure;
        this.clock = clock;
    }

    private record Owed(String number, String creditor, ClaimType claimType, long claim, long fee) {
    }

    /** The shares of this receipt; empty when the receipt was counted before (nothing changes then). */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Share> receive(String debtor, String source, String externalRef, Money amount) {
        var receipt = UUID.randomUUID();
        int inserted = jdbc.sql("insert into enforcement.receipt (id, debtor, source, external_ref, amount_tiyin, "
                        + "received_at) values (?, ?, ?, ?, ?, ?) on conflict (external_ref) do nothing")
                .params(receipt, debtor, source, externalRef, amount.tiyin(), Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            return List.of();
        }
        var owed = jdbc.sql("select c.number, coalesce(w.creditor_pinfl, w.creditor_stir), c.claim_type, "
                        + "c.amount_tiyin - c.recovered_tiyin, c.fee_tiyin - c.fee_paid_tiyin "
                        + "from enforcement.enforcement_case c join enforcement.writ w on w.number = c.writ_number "
                        + "where coalesce(c.debtor_pinfl, c.debtor_stir) = ? and c.status in ('OPEN', 'SUSPENDED') "
                        + "and c.amount_tiyin is not null order by c.opened_at, c.number for update of c")
                .param(debtor)
                .query((row, n) -> new Owed(row.getString(1), row.getString(2), ClaimType.valueOf(row.getString(3)),
                        row.getLong(4), row.getLong(5)))
                .list();
        long left = amount.tiyin();
        var shares = new ArrayList<Share>();
        var queues = new TreeMap<Integer, List<Owed>>();
        owed.stream().filter(o -> o.claim() > 0)
                .forEach(o -> queues.computeIfAbsent(queue(o.claimType()), q -> new ArrayList<>()).add(o));
        for (var queue : queues.values()) {
            left -= proportionally(queue, left, shares);
        }
        for (var o : owed) {
            long part = Math.min(left, o.fee());
            if (part > 0) {
                shares.add(new Share(o.number(), BUREAU, "FEE", Money.ofTiyin(part)));
                left -= part;
            }
        }
        if (left > 0) {
            shares.add(new Share(null, debtor, "RETURN", Money.ofTiyin(left)));
        }
        for (var share : shares) {
            jdbc.sql("insert into enforcement.distribution (id, receipt_id, case_number, beneficiary, part, "
                            + "amount_tiyin) values (?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), receipt, share.caseNumber(), share.beneficiary(), share.part(),
                            share.amount().tiyin())
                    .update();
            if (share.caseNumber() != null) {
                var column = share.part().equals("FEE") ? "fee_paid_tiyin" : "recovered_tiyin";
                jdbc.sql("update enforcement.enforcement_case set " + column + " = " + column + " + ? where number = ?")
                        .params(share.amount().tiyin(), share.caseNumber()).update();
            }
        }
        for (var o : owed) {
            closure.closeIfSatisfied(o.number());
        }
        return shares;
    }

    /** Gives each case of a queue its part of {@code money}; answers how much was given. */
    private static long proportionally(List<Owed> queue, long money, List<Share> shares) {
        long total = queue.stream().mapToLong(Owed::claim).sum();
        if (money <= 0 || total == 0) {
            return 0;
        }
        if (money >= total) {
            queue.forEach(o -> shares.add(new Share(o.number(), o.creditor(), "CLAIM", Money.ofTiyin(o.claim()))));
            return total;
        }
        var parts = new TreeMap<Integer, Long>();
        long given = 0;
        for (int i = 0; i < queue.size(); i++) {
            long part = BigInteger.valueOf(money).multiply(BigInteger.valueOf(queue.get(i).claim()))
                    .divide(BigInteger.valueOf(total)).longValueExact();
            parts.put(i, part);
            given += part;
        }
        // the tiyin the division left over go to the oldest cases first, never beyond what one is owed
        long rest = money - given;
        for (int i = 0; i < queue.size() && rest > 0; i++) {
            long room = queue.get(i).claim() - parts.get(i);
            long extra = Math.min(room, rest);
            parts.put(i, parts.get(i) + extra);
            rest -= extra;
        }
        for (Map.Entry<Integer, Long> part : parts.entrySet()) {
            if (part.getValue() > 0) {
                var o = queue.get(part.getKey());
                shares.add(new Share(o.number(), o.creditor(), "CLAIM", Money.ofTiyin(part.getValue())));
            }
        }
        return money - rest;
    }

    /** The queue of a claim: 1 alimony and damages, 3 the budget's (state duty, fines), 4 the rest. */
    static int queue(ClaimType type) {
        return switch (type) {
            case ALIMONY, DAMAGES -> 1;
            case STATE_DUTY, FINE -> 3;
            case MONEY_RECOVERY, NON_MONETARY -> 4;
        };
    }
}
