package uz.yagona.enforcement.internal;

import uz.yagona.enforcement.ClaimType;
import uz.yagona.shared.Money;

/**
 * Whether a debtor may be banned from leaving the country (rule {@code travel-ban/v1}): not when nothing is due,
 * not for a legal entity, not for a debt of at most {@code thresholdBcv} base calculation values unless it is
 * alimony (a periodic payment), and not when the arrested property covers the debt.
 */
final class TravelBanRule {

    static final String NAME = "travel-ban/v1";

    private TravelBanRule() {
    }

    /** The outcome and the reason in words. */
    record Outcome(boolean ban, String reason) {
    }

    static Outcome decide(boolean person, ClaimType claim, Money due, Money arrested, Money bcv, int thresholdBcv) {
        var threshold = bcv.times(thresholdBcv);
        if (due.compareTo(Money.ZERO) <= 0) {
            return new Outcome(false, "Nothing is due after the debits.");
        }
        if (!person) {
            return new Outcome(false, "The debtor is a legal entity: travel bans apply to persons only.");
        }
        if (due.compareTo(threshold) <= 0 && claim != ClaimType.ALIMONY) {
            return new Outcome(false, "The debt " + due + " is at most " + thresholdBcv + " BCV (" + threshold
                    + ") and is not alimony.");
        }
        if (arrested.compareTo(due) >= 0) {
            return new Outcome(false, "The arrested property (" + arrested + " by cadastral value) covers the debt "
                    + due + ".");
        }
        return new Outcome(true, "The debt " + due + (due.compareTo(threshold) <= 0 ? " is alimony" : " exceeds "
                + thresholdBcv + " BCV (" + threshold + ")") + " and the arrested property does not cover it.");
    }
}
