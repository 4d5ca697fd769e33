package uz.yagona.enforcement;

import java.util.List;
import uz.yagona.identity.PersonId;

/**
 * The message thread of a case. Callers check who may read and write (the case's debtor, officers of its
 * department); this keeps the text within its limits and tells the other side through the notifications.
 */
public interface CaseMessages {

    /** The longest message, in characters. */
    int MAX_LENGTH = 2000;

    /** The thread, oldest first. */
    List<CaseMessage> thread(String caseNumber);

    /**
     * Adds a message and notifies the other side in the cabinet: the case's officer (every officer of the
     * department while none is assigned) or the debtor. Blank or longer than {@link #MAX_LENGTH}: an
     * {@link uz.yagona.shared.InvalidValueException} ({@code enforcement.message.empty}, {@code .tooLong}) and
     * nothing is stored.
     */
    CaseMessage send(String caseNumber, CaseMessage.Side side, PersonId author, String text);
}
