package uz.yagona.exchange.internal;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the access log: intact, or the first entry (by seq) where the chain breaks and how:
 * {@code altered} (the entry's content no longer gives its hash), {@code relinked} (its previous hash is not the
 * hash of the entry before), {@code missing} (seq numbers skip: entries were deleted), {@code truncated} (an
 * entry the ledger anchored is gone or differs).
 */
public record Verification(long entriesChecked, @Nullable Long firstBroken, @Nullable String problem,
        long anchoredUpTo) {

    public boolean intact() {
        return firstBroken == null;
    }
}
