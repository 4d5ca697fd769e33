package uz.yagona.ledger.internal;

import uz.yagona.ledger.TreeHead;

/** A published tree head with the signature of its checkpoint. */
record StoredHead(TreeHead head, byte[] checkpointSignature) {

    StoredHead {
        checkpointSignature = checkpointSignature.clone();
    }

    @Override
    public byte[] checkpointSignature() {
        return checkpointSignature.clone();
    }

    long treeSize() {
        return head.treeSize();
    }
}
