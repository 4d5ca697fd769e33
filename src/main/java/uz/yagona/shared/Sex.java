package uz.yagona.shared;

/** Sex as recorded in the civil registry and encoded in the PINFL. */
public enum Sex { MALE, FEMALE }
