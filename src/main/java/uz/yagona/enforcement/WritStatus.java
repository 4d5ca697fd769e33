package uz.yagona.enforcement;

/** A writ is drafted by court staff and takes effect when a judge signs it. */
public enum WritStatus {
    DRAFT,
    SIGNED
}
