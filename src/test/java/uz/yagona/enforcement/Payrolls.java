package uz.yagona.enforcement;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import uz.yagona.identity.LegalEntities;
import uz.yagona.identity.LegalEntity;
import uz.yagona.identity.Persons;
import uz.yagona.identity.TestCitizens;
import uz.yagona.registry.Employment;
import uz.yagona.registry.RegistryBatch;
import uz.yagona.registry.RegistryLoader;
import uz.yagona.registry.Taxpayer;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * Employers for deduction-order tests: an organisation in the national ID and the tax registry, with an
 * accountant who signs in, and jobs for debtors in the registry. STIRs come from a counter in a range (29xxxxxxx)
 * that neither the demo data nor other tests use.
 */
@Component
class Payrolls {

    private static final AtomicInteger SERIALS = new AtomicInteger();

    private final LegalEntities entities;
    private final Persons persons;
    private final TestCitizens citizens;
    private final RegistryLoader registries;

    Payrolls(LegalEntities entities, Persons persons, TestCitizens citizens, RegistryLoader registries) {
        this.entities = entities;
        this.persons = persons;
        this.citizens = citizens;
        this.registries = registries;
    }

    /** An employer and the accountant who represents it (password {@link TestCitizens#PASSWORD}, no TOTP). */
    record Employer(Stir stir, String name, Pinfl accountant) {
    }

    Employer employer() {
        var stir = new Stir("29" + "%07d".formatted(SERIALS.incrementAndGet()));
        var name = "\"Ish Beruvchi " + stir.value() + "\" MChJ";
        var founded = LocalDate.of(2016, 2, 1);
        var entity = entities.register(stir, name, "MCHJ", founded);
        registries.load(RegistryBatch.builder()
                .taxpayer(new Taxpayer(stir, null, name, Stir.Kind.LEGAL_ENTITY, founded)).build());
        var accountant = citizens.withAccount();
        entities.addRepresentative(entity.id(), persons.findByPinfl(accountant).orElseThrow().id(),
                LegalEntity.Role.ACCOUNTANT);
        return new Employer(stir, name, accountant);
    }

    /** The registry shows the person working there now for this monthly salary. */
    void hire(Employer employer, Pinfl person, long salarySoum) {
        registries.load(RegistryBatch.builder().employment(person, new Employment(employer.stir(), employer.name(),
                "Muhandis", Money.ofSoum(salarySoum), LocalDate.of(2022, 9, 1), null)).build());
    }
}
