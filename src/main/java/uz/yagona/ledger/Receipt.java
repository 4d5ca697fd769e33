package uz.yagona.ledger;

/**
 * Proof of acceptance: the entry is queued durably (in the caller's transaction, if there is one) under
 * {@code sequence}; the sequencer gives it a leaf index within milliseconds. Pass it to
 * {@link Ledger#awaitIncluded}.
 */
public record Receipt(long sequence) {
}
