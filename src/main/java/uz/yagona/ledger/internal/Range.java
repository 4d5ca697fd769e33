package uz.yagona.ledger.internal;

/** Leaves {@code [start, end)}; its hash is MTH(D[start:end]) of RFC 9162 §2.1.1. */
record Range(long start, long end) {

    Range {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Empty or negative range: " + start + ".." + end);
        }
    }

    long size() {
        return end - start;
    }
}
