package uz.yagona.enforcement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.yagona.identity.PersonId;
import uz.yagona.shared.Pinfl;

/** Debtors' appeals against officers' actions and automated decisions, and the head of department's decisions. */
public interface EnforcementAppeals {

    /** The role of the head of a department or regional office of the bureau, who decides appeals. */
    String HEAD_ROLE = "SUPERVISOR";

    /**
     * Files the debtor's appeal against exactly one of an entry of the case's file or an automated decision about
     * it, with a text of 10 to 4000 characters; an entry of the case file records it. The caller has checked that
     * the case is the debtor's.
     *
     * @throws uz.yagona.shared.InvalidValueException no or a foreign target, bad text
     * @throws CaseStateConflict an appeal against the same target is pending
     */
    Appeal file(String caseNumber, Pinfl debtor, @Nullable UUID entry, @Nullable UUID decision, String text);

    Optional<Appeal> find(UUID id);

    /** The appeals of a case, oldest first. */
    List<Appeal> ofCase(String caseNumber);

    /** Pending appeals in cases of the given departments or of departments under the given regional offices. */
    List<Appeal> pending(Collection<String> agencies);

    /**
     * The head upholds the appeal (the contested measure is lifted through the exchange: the entry itself, or the
     * travel ban of a contested travel-ban decision) or rejects it, with reasons (3 to 4000 characters); recorded
     * in the case file, the debtor notified.
     *
     * @throws CaseStateConflict the appeal is decided already
     */
    Appeal decide(UUID appeal, PersonId head, boolean uphold, String answer);

    /** Whether someone appointed to {@code agencies} is the head for a case held by {@code caseAgency}. */
    static boolean headOf(String caseAgency, Collection<String> agencies) {
        var parts = caseAgency.split("\\.");
        return agencies.contains(caseAgency) || parts.length == 3 && agencies.contains(parts[0] + "." + parts[1]);
    }
}
