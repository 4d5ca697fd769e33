package uz.yagona.ledger;

/** The ledger grew and signed a new tree head; entries below {@code head.treeSize()} are now provable. */
public record TreeHeadPublished(TreeHead head) {
}
