package uz.yagona.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Stir;

/**
 * Exact rational sums of shares, with random whole partitions (a property test with fixed seeds): cutting 1 into
 * random fractions always adds up to 1, and changing any one fraction never does.
 */
class ShareArithmeticTests {

    @Test
    void thirdsAndSixthsAddUpExactlyWhereFloatingPointWouldNot() {
        assertThat(0.1 + 0.2).isNotEqualTo(0.3); // why no double is used
        assertThat(Share.addUpToOne(shares(new int[][] {{1, 3}, {1, 3}, {1, 3}}))).isTrue();
        assertThat(Share.addUpToOne(shares(new int[][] {{1, 2}, {1, 3}, {1, 6}}))).isTrue();
        assertThat(Share.addUpToOne(shares(new int[][] {{1, 10}, {2, 10}, {7, 10}}))).isTrue();
        assertThat(Share.addUpToOne(shares(new int[][] {{1, 2}, {1, 3}}))).isFalse();
        assertThat(Share.sum(shares(new int[][] {{1, 2}, {1, 3}}))).containsExactly(BigInteger.valueOf(5),
                BigInteger.valueOf(6));
    }

    @Test
    void largeCoprimeDenominatorsDoNotOverflow() {
        var primes = new int[] {2_147_483_647, 2_147_483_629, 2_147_483_587};
        var shares = new ArrayList<Share>();
        for (var prime : primes) {
            shares.add(new Share(owner(shares.size()), 1, prime));
        }
        assertThat(Share.sum(shares)[1]).isEqualTo(BigInteger.valueOf(primes[0]).multiply(
                BigInteger.valueOf(primes[1])).multiply(BigInteger.valueOf(primes[2])));
        assertThat(Share.addUpToOne(shares)).isFalse();
    }

    @RepeatedTest(200)
    void randomPartitionsOfOneAddUpAndAnyChangeBreaksThem(RepetitionInfo repetition) {
        var random = new Random(repetition.getCurrentRepetition());
        var shares = randomPartition(random);

        assertThat(Share.addUpToOne(shares)).as("%s", shares).isTrue();
        Share.requireWhole(shares);

        var i = random.nextInt(shares.size());
        var share = shares.get(i);
        var changed = new ArrayList<>(shares);
        // one more piece of its own size, or half of a single whole share
        var other = share.numerator() < share.denominator()
                ? new Share(share.owner(), share.numerator() + 1, share.denominator())
                : new Share(share.owner(), 1, 2);
        changed.set(i, other);
        assertThat(Share.addUpToOne(changed)).as("%s", changed).isFalse();
        assertThatThrownBy(() -> Share.requireWhole(changed)).isInstanceOf(InvalidValueException.class)
                .extracting("rule").isEqualTo("cadastre.shares");
        changed.set(i, share);
        changed.add(new Share(owner(changed.size()), 1, 1 + random.nextInt(1000)));
        assertThat(Share.addUpToOne(changed)).isFalse();
    }

    @Test
    void aShareIsAFractionOfAtMostTheWhole() {
        for (var wrong : new int[][] {{0, 1}, {-1, 2}, {1, 0}, {3, 2}, {1, -3}}) {
            assertThatThrownBy(() -> new Share(owner(0), wrong[0], wrong[1])).isInstanceOf(InvalidValueException.class)
                    .extracting("rule").isEqualTo("cadastre.share");
        }
        assertThat(new Share(owner(0), 2, 4).isFraction(1, 2)).isTrue();
    }

    /** 1 cut into 1-8 random pieces over a random common denominator, each piece reduced on its own. */
    private static List<Share> randomPartition(Random random) {
        var denominator = 1 + random.nextInt(720);
        var pieces = 1 + random.nextInt(Math.min(8, denominator));
        var cuts = new java.util.TreeSet<Integer>();
        while (cuts.size() < pieces - 1) {
            cuts.add(1 + random.nextInt(denominator - 1));
        }
        var shares = new ArrayList<Share>();
        var previous = 0;
        var bounds = new ArrayList<>(cuts);
        bounds.add(denominator);
        for (var bound : bounds) {
            var numerator = bound - previous;
            var gcd = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).intValue();
            shares.add(new Share(owner(shares.size()), numerator / gcd, denominator / gcd));
            previous = bound;
        }
        return shares;
    }

    private static List<Share> shares(int[][] fractions) {
        var shares = new ArrayList<Share>();
        for (var fraction : fractions) {
            shares.add(new Share(owner(shares.size()), fraction[0], fraction[1]));
        }
        return shares;
    }

    private static Owner owner(int i) {
        return Owner.entity(new Stir("3%08d".formatted(i + 1)));
    }
}
