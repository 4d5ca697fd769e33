package uz.yagona.registry;

import java.util.List;
import java.util.Optional;
import uz.yagona.shared.Pinfl;

/**
 * The population registry of the Ministry of Internal Affairs and the civil registry offices (<i>FHDYo</i>):
 * residents by PINFL, their registered address, passports, civil-status acts and family links. An unknown
 * PINFL gives an empty answer, never an exception.
 */
public interface PopulationRegistry {

    Optional<Resident> resident(Pinfl pinfl);

    /** The current registered address. */
    Optional<RegisteredAddress> address(Pinfl pinfl);

    /** Every passport issued to the person, the newest first. */
    List<Passport> passports(Pinfl pinfl);

    /** Acts in which the person is the subject or the other party, the oldest first. */
    List<CivilAct> civilActs(Pinfl pinfl);

    /** Spouses, parents and children of the person, each once, whichever side the link was recorded from. */
    List<Relative> family(Pinfl pinfl);
}
