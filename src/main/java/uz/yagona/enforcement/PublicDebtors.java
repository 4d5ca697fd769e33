package uz.yagona.enforcement;

import java.time.LocalDate;
import java.util.List;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * The public debtor search (<i>qarzdorlar reyestri</i>): anyone may learn whether a person or an entity is a
 * debtor in an open enforcement case, and only what the law makes public about it ({@link PublicCase}). Closed
 * cases are never found.
 */
public interface PublicDebtors {

    /** The open cases against the person with this PINFL. */
    List<PublicCase> byPinfl(Pinfl pinfl);

    /** The open cases against the entity (or individual entrepreneur) with this STIR. */
    List<PublicCase> byStir(Stir stir);

    /**
     * The open cases against a person by full name (surname and given name at least, patronymic optional, in
     * Uzbek Latin or Cyrillic or the Russian spelling) and birth date.
     *
     * @throws uz.yagona.shared.InvalidValueException {@code enforcement.search.nameShort} or
     *         {@code enforcement.search.nameLong} for a name that cannot be searched by
     */
    List<PublicCase> byName(String fullName, LocalDate birthDate);
}
