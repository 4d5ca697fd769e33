package uz.yagona.exchange;

/** Why data is asked for; the policy allows each agency a service only for some purposes. */
public enum Purpose {
    /** Enforcement of a court decision or writ (<i>ijro</i>). */
    ENFORCEMENT,
    /** A public service the person applied for. */
    PUBLIC_SERVICE,
    TAX_ADMINISTRATION,
    SOCIAL_PROTECTION,
    /** A criminal investigation; the only purpose whose requests may be hidden from the person for a while. */
    CRIMINAL_INVESTIGATION,
    /** The person's own data, asked by the person through the portal. */
    SELF
}
