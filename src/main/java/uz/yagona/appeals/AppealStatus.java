package uz.yagona.appeals;

/**
 * Where an appeal stands. Registration is never refused: an appeal the law leaves unconsidered (a representative
 * without proof of authority, a repeat without new arguments) is registered with the conclusion why.
 */
public enum AppealStatus {
    /** Registered and waiting to be routed. */
    REGISTERED,
    /** The model was not confident enough: a dispatcher chooses the topic and the body. */
    AWAITING_DISPATCH,
    /** With the responsible body, within the legal term. */
    IN_REVIEW,
    /** The body asked the applicant for more; the term was moved to a month of receipt, the clock runs. */
    INFO_REQUESTED,
    ANSWERED,
    /** Left unconsidered with a written conclusion (ZRU-445 art. 29). */
    LEFT_UNCONSIDERED
}
