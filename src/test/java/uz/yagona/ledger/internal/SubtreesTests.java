package uz.yagona.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubtreesTests {

    @Test
    void everyRangeAProofNeedsSplitsIntoAtMostLogNStoredSubtrees() {
        for (long n = 1; n <= 600; n++) {
            int bound = 64 - Long.numberOfLeadingZeros(n);
            for (long m = 0; m < n; m++) {
                var nodes = Subtrees.inclusionPath(m, n).stream().flatMap(range -> Subtrees.decompose(range).stream())
                        .toList();
                assertThat(nodes.size()).as("inclusion %d in %d", m, n).isLessThanOrEqualTo(2 * bound);
                var consistency = Subtrees.consistencyPath(m + 1, n).stream()
                        .flatMap(range -> Subtrees.decompose(range).stream()).toList();
                assertThat(consistency.size()).as("consistency %d to %d", m + 1, n).isLessThanOrEqualTo(2 * bound);
            }
        }
    }

    @Test
    void aRangeIsItsPerfectSubtreesFromLeftToRight() {
        assertThat(Subtrees.decompose(new Range(0, 7)))
                .containsExactly(new NodeId(2, 0), new NodeId(1, 2), new NodeId(0, 6));
        assertThat(Subtrees.decompose(new Range(8, 16))).containsExactly(new NodeId(3, 1));
        assertThat(Subtrees.decompose(new Range(0, 10_000_000)).stream().mapToInt(NodeId::level).boxed().toList())
                .as("one per set bit of 10,000,000").isEqualTo(List.of(23, 20, 19, 15, 12, 10, 9, 7));
    }

    @Test
    void proofAtTenMillionLeavesNeedsFewNodes() {
        var nodes = Subtrees.inclusionPath(1_234_567, 10_000_000).stream()
                .mapToLong(range -> Subtrees.decompose(range).size()).sum();

        assertThat(nodes).isLessThanOrEqualTo(2 * 24);
    }
}
