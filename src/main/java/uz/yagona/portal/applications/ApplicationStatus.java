package uz.yagona.portal.applications;

import java.util.EnumSet;
import java.util.Set;

/** Where an application stands; ISSUED and REJECTED close it. */
enum ApplicationStatus {
    AWAITING_PAYMENT, SUBMITTED, IN_REVIEW, MORE_INFO_REQUESTED, APPROVED, REJECTED, ISSUED;

    /** Still with the agency (or the applicant), not decided. */
    static final Set<ApplicationStatus> OPEN = EnumSet.of(AWAITING_PAYMENT, SUBMITTED, IN_REVIEW,
            MORE_INFO_REQUESTED);

    boolean closed() {
        return this == REJECTED || this == ISSUED;
    }
}
