package uz.yagona.ledger;

/** An entry as it stands in the log, at {@code index}, with its leaf hash. */
public record LoggedEntry(long index, Entry entry, Hash leafHash) {
}
