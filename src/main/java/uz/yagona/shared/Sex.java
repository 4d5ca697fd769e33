package uz.yagona.shared;

/** A person's sex as recorded in the civil registry and encoded in the first digit of the {@link Pinfl}. */
public enum Sex {
    MALE,
    FEMALE
}
