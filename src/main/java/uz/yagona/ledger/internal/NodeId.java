package uz.yagona.ledger.internal;

/** The perfect subtree covering leaves {@code [index * 2^level, (index + 1) * 2^level)}. */
record NodeId(int level, long index) {

    NodeId {
        if (level < 0 || level > 62 || index < 0) {
            throw new IllegalArgumentException("No such node: " + level + "/" + index);
        }
    }
}
