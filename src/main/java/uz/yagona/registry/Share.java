package uz.yagona.registry;

import java.math.BigInteger;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import uz.yagona.shared.InvalidValueException;

/**
 * An owner's share in a property as a fraction, e.g. 1/3: shares of one object always add up to exactly 1,
 * checked with exact rational arithmetic, never with floating point (1/3 + 1/3 + 1/3 is 1, not 0.999...).
 */
public record Share(Owner owner, int numerator, int denominator) {

    public Share {
        Objects.requireNonNull(owner, "owner");
        if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
            throw new InvalidValueException("cadastre.share", "a share is a fraction between 0 (excluded) and 1",
                    numerator + "/" + denominator);
        }
    }

    /** The whole of a property owned by one owner. */
    public static Share whole(Owner owner) {
        return new Share(owner, 1, 1);
    }

    /** Whether this share is the same fraction as {@code numerator/denominator}, e.g. 2/4 is 1/2. */
    public boolean isFraction(int otherNumerator, int otherDenominator) {
        return (long) numerator * otherDenominator == (long) otherNumerator * denominator;
    }

    /**
     * The exact sum of the shares as a reduced fraction {@code [numerator, denominator]}. Denominators of real
     * shares are small, but the sum of many is computed in {@link BigInteger} so that it can never overflow.
     */
    public static BigInteger[] sum(Collection<Share> shares) {
        var numerator = BigInteger.ZERO;
        var denominator = BigInteger.ONE;
        for (var share : shares) {
            var d = BigInteger.valueOf(share.denominator());
            numerator = numerator.multiply(d).add(BigInteger.valueOf(share.numerator()).multiply(denominator));
            denominator = denominator.multiply(d);
            var gcd = numerator.gcd(denominator);
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        return new BigInteger[] {numerator, denominator};
    }

    /** Whether the shares add up to exactly 1. */
    public static boolean addUpToOne(Collection<Share> shares) {
        var sum = sum(shares);
        return sum[0].equals(sum[1]);
    }

    /**
     * Refuses owners of one property that do not add up to exactly 1 ({@code cadastre.shares}, with the sum)
     * or that name the same owner twice ({@code cadastre.owner-twice}).
     */
    public static void requireWhole(Collection<Share> shares) {
        if (shares.isEmpty()) {
            throw new InvalidValueException("cadastre.shares", "a property has at least one owner", "0");
        }
        var owners = new HashSet<Owner>();
        for (var share : shares) {
            if (!owners.add(share.owner())) {
                throw new InvalidValueException("cadastre.owner-twice", "the same owner is listed twice",
                        share.owner().toString());
            }
        }
        var sum = sum(shares);
        if (!sum[0].equals(sum[1])) {
            throw new InvalidValueException("cadastre.shares", "owners' shares must add up to exactly 1",
                    sum[0] + "/" + sum[1]);
        }
    }
}
