package uz.yagona.exchange;

/** What became of a request, as the access log records it. */
public enum Outcome {
    /** Answered (a read) or carried out (a change). */
    SERVED,
    /** The policy does not allow this agency this service for this purpose. */
    REFUSED,
    /** Well-formed and allowed, but the registry does not know the subject. */
    NOT_FOUND,
    /** Malformed: a required field is missing or a value is invalid. */
    REJECTED
}
