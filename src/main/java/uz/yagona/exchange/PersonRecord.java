package uz.yagona.exchange;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uz.yagona.registry.Passport;
import uz.yagona.registry.RegisteredAddress;
import uz.yagona.registry.Resident;

/** A person as the population registry holds them: identity, registered address and passports. */
public record PersonRecord(Resident resident, @Nullable RegisteredAddress address, List<Passport> passports) {

    public PersonRecord {
        passports = List.copyOf(passports);
    }
}
