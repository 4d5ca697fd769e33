package uz.yagona.ledger.internal;

import uz.yagona.ledger.Hash;

/** An accepted entry not yet in the log. {@code xid} is the appending transaction, as text. */
record Pending(long sequence, String xid, String type, String reference, Hash digest) {

    /** Where the sequencer stopped: entries are integrated in (xid, sequence) order. */
    record Cursor(String xid, long sequence) {
    }
}
