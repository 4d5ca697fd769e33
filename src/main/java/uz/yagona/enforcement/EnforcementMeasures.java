package uz.yagona.enforcement;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uz.yagona.identity.PersonId;

/** Measures of compulsory execution through the exchange, each an entry of the case file. */
public interface EnforcementMeasures {

    /**
     * After the voluntary period: finds the debtor's assets, holds and debits money on the accounts (sparing
     * what the law protects), arrests real estate and vehicles while the debt is not covered, and bans travel
     * where the law allows. {@code officer} is the officer acting, or null for the robot enforcer. A suspended
     * case takes none ({@link CaseStateConflict}).
     *
     * @return the entries added to the case file
     */
    List<CaseEntry> apply(String caseNumber, @Nullable PersonId officer);

    /**
     * What the robot enforcer works on: open (not suspended) monetary cases still in the robot's hands
     * ({@link CaseHandler#ROBOT}) whose voluntary period has passed and that have no measures yet, oldest first,
     * at most {@code limit}.
     */
    List<String> dueForMeasures(int limit);

    /** The case file, oldest first. */
    List<CaseEntry> file(String caseNumber);
}
