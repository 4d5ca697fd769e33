/**
 * Payments: invoices for fees and debts, payment providers (a sandbox card page for development and tests),
 * authenticated and idempotent provider callbacks, refunds and the daily reconciliation of a provider's
 * transactions against the invoices. Amounts are {@link uz.yagona.shared.Money} in tiyin.
 */
@ApplicationModule(displayName = "Payments", allowedDependencies = "shared")
@NullMarked
package uz.yagona.payments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
