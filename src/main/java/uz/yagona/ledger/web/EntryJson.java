package uz.yagona.ledger.web;

import uz.yagona.ledger.LoggedEntry;

/** An entry of the log; {@code digest} and {@code leafHash} in base64, {@code timestamp} in epoch millis. */
record EntryJson(long index, String type, String reference, String digest, long timestamp, String leafHash) {

    static EntryJson of(LoggedEntry logged) {
        var entry = logged.entry();
        return new EntryJson(logged.index(), entry.type(), entry.reference(), entry.digest().base64(),
                entry.timestamp().toEpochMilli(), logged.leafHash().base64());
    }
}
