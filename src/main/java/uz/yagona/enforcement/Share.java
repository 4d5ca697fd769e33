package uz.yagona.enforcement;

import org.jspecify.annotations.Nullable;
import uz.yagona.shared.Money;

/**
 * A part of money received, paid to {@code beneficiary} (the creditor's PINFL or STIR, the bureau for the fee,
 * the debtor for what was left over) in a case: {@code part} CLAIM, FEE or RETURN.
 */
public record Share(@Nullable String caseNumber, String beneficiary, String part, Money amount) {
}
