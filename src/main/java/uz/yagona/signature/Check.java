package uz.yagona.signature;

/**
 * One check of a signature and its outcome. {@code reason} is a message key suffix ({@code
 * signature.reason.<reason>} in the bundles); {@code detail} carries the technical facts (dates, serials).
 */
public record Check(Name name, Outcome outcome, String reason, String detail) {

    /** What was checked; COVERAGE only for a signature in a PDF: whether its byte range is the whole file. */
    public enum Name { SIGNATURE, DIGEST, SIGNING_CERTIFICATE, CHAIN, VALIDITY, REVOCATION, TIME_STAMP, COVERAGE }

    /** PASSED, FAILED, or NOT_PRESENT for optional parts (a time-stamp), or UNKNOWN when it could not be decided. */
    public enum Outcome { PASSED, FAILED, NOT_PRESENT, UNKNOWN }

    boolean acceptable() {
        return outcome == Outcome.PASSED
                || outcome == Outcome.NOT_PRESENT && (name == Name.TIME_STAMP || name == Name.SIGNING_CERTIFICATE);
    }

    public static Check passed(Name name, String reason, String detail) {
        return new Check(name, Outcome.PASSED, reason, detail);
    }

    public static Check failed(Name name, String reason, String detail) {
        return new Check(name, Outcome.FAILED, reason, detail);
    }
}
