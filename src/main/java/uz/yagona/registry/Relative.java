package uz.yagona.registry;

import java.util.Objects;
import uz.yagona.shared.Pinfl;

/**
 * A family link seen from one person: {@code relation} says what the relative is to that person, so in the
 * family of a child the mother appears as {@code PARENT}.
 */
public record Relative(Pinfl pinfl, Relative.Relation relation) {

    /** What the relative is to the person asked about. */
    public enum Relation {
        SPOUSE,
        PARENT,
        CHILD;

        /** The same link seen from the other side. */
        public Relation inverse() {
            return switch (this) {
                case SPOUSE -> SPOUSE;
                case PARENT -> CHILD;
                case CHILD -> PARENT;
            };
        }
    }

    public Relative {
        Objects.requireNonNull(pinfl, "pinfl");
        Objects.requireNonNull(relation, "relation");
    }
}
