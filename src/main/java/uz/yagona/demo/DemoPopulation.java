package uz.yagona.demo;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uz.yagona.identity.NewPerson;
import uz.yagona.identity.PersonName;
import uz.yagona.registry.RegistryBatch;
import uz.yagona.registry.Resident;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.UzbekScript;

/**
 * The part of the synthetic population that also gets an identity record, so that they can sign in: the first
 * living adults of the registries' population, with the same PINFLs and names.
 */
final class DemoPopulation {

    private DemoPopulation() {
    }

    /** Up to {@code limit} living adults of the batch, in the batch's order. */
    static List<NewPerson> identities(RegistryBatch batch, int limit) {
        return batch.residents().stream()
                .filter(resident -> resident.isAlive()
                        && ChronoUnit.YEARS.between(resident.birthDate(), PopulationGenerator.TODAY) >= 18)
                .limit(limit)
                .map(DemoPopulation::person)
                .toList();
    }

    private static NewPerson person(Resident resident) {
        var latin = resident.latin();
        var cyrillic = resident.cyrillic();
        // a phone number of the demo range, derived from the PINFL so that it repeats with the population
        var phone = "+99890" + resident.pinfl().value().substring(7);
        return new NewPerson(resident.pinfl(), new PersonName(latin.last(), latin.first(), latin.patronymic()),
                new PersonName(cyrillic.last(), cyrillic.first(), cyrillic.patronymic()), resident.birthDate(),
                resident.sex(), phone, null);
    }

    static NewPerson person(Pinfl pinfl, String family, String first, String patronymic, String phone,
            @Nullable String email) {
        var latin = new PersonName(family, first, patronymic);
        var cyrillic = new PersonName(UzbekScript.toCyrillic(family), UzbekScript.toCyrillic(first),
                UzbekScript.toCyrillic(patronymic));
        return new NewPerson(pinfl, latin, cyrillic, pinfl.birthDate(), pinfl.sex(), phone, email);
    }
}
