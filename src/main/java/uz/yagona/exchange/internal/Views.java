package uz.yagona.exchange.internal;

import java.util.List;
import java.util.Optional;
import uz.yagona.exchange.Assets;
import uz.yagona.exchange.Debtor;
import uz.yagona.exchange.Measures;
import uz.yagona.exchange.PersonalData;
import uz.yagona.registry.BankAccount;
import uz.yagona.registry.CivilAct;
import uz.yagona.registry.Debit;
import uz.yagona.registry.Employment;
import uz.yagona.registry.Encumbrance;
import uz.yagona.registry.Hold;
import uz.yagona.registry.IncomeDeclaration;
import uz.yagona.registry.Owner;
import uz.yagona.registry.Passport;
import uz.yagona.registry.RealEstate;
import uz.yagona.registry.RegisteredAddress;
import uz.yagona.registry.Relative;
import uz.yagona.registry.Resident;
import uz.yagona.registry.TaxDebt;
import uz.yagona.registry.TravelBan;
import uz.yagona.registry.Vehicle;
import uz.yagona.registry.VehicleArrest;

/** The registries' records as the exchange answers them, in shared types only. */
final class Views {

    private Views() {
    }

    static Owner owner(Debtor debtor) {
        return debtor.pinfl() != null ? Owner.person(debtor.pinfl()) : Owner.entity(debtor.stir());
    }

    static PersonalData person(Resident resident, Optional<RegisteredAddress> address, List<Passport> passports) {
        var passport = passports.stream().filter(document -> document.status() == Passport.Status.VALID).findFirst();
        var latin = resident.latin();
        var cyrillic = resident.cyrillic();
        var place = address.orElse(null);
        return new PersonalData(resident.pinfl(), latin.last(), latin.first(), nonNull(latin.patronymic()),
                String.join(" ", cyrillic.last(), cyrillic.first(), nonNull(cyrillic.patronymic())).strip(),
                resident.birthDate(), resident.sex(), place == null ? null : place.district(),
                place == null ? null : place.mahalla(), place == null ? null : place.street(),
                place == null ? null : place.mahallaCyrillic(), place == null ? null : place.streetCyrillic(),
                place == null ? null : place.house(), place == null ? null : place.apartment(),
                passport.map(document -> document.series() + document.number()).orElse(null),
                passport.map(Passport::expiresOn).orElse(null));
    }

    static Assets.Account account(BankAccount account) {
        return new Assets.Account(account.number(), account.mfo(), account.bankName(), account.currency(),
                account.balance(), account.held(), account.available(), account.openedOn(), account.closedOn());
    }

    static List<Assets.Account> accounts(List<BankAccount> accounts) {
        return accounts.stream().map(Views::account).toList();
    }

    /** The object as {@code owner} holds it: with the owner's share. */
    static Assets.Property property(RealEstate object, Owner owner) {
        var share = object.owners().stream().filter(candidate -> candidate.owner().equals(owner)).findFirst();
        return new Assets.Property(object.cadastralNumber(), object.kind().name(), object.district(),
                object.address(), object.areaM2(), object.cadastralValue(),
                share.map(found -> found.numerator()).orElse(0), share.map(found -> found.denominator()).orElse(1),
                object.encumbrances().stream().map(Views::arrest).toList());
    }

    static List<Assets.Property> properties(List<RealEstate> objects, Owner owner) {
        return objects.stream().map(object -> property(object, owner)).toList();
    }

    static Assets.Vehicle vehicle(Vehicle vehicle) {
        return new Assets.Vehicle(vehicle.vin(), vehicle.plate(), vehicle.make(), vehicle.model(), vehicle.year(),
                vehicle.colour(), vehicle.registeredOn(), vehicle.arrests().stream().map(Views::arrest).toList());
    }

    static List<Assets.Vehicle> vehicles(List<Vehicle> vehicles) {
        return vehicles.stream().map(Views::vehicle).toList();
    }

    static List<Assets.Job> jobs(List<Employment> jobs) {
        return jobs.stream().map(job -> new Assets.Job(job.employer(), job.employerName(), job.position(),
                job.monthlySalary(), job.since(), job.until())).toList();
    }

    static List<Assets.Income> income(List<IncomeDeclaration> declarations) {
        return declarations.stream().map(declaration -> new Assets.Income(declaration.year(), declaration.income(),
                declaration.taxPaid())).toList();
    }

    static List<Assets.TaxDebt> debts(List<TaxDebt> debts) {
        return debts.stream().map(debt -> new Assets.TaxDebt(debt.id(), debt.kind(), debt.amount(), debt.since()))
                .toList();
    }

    static List<Assets.Relative> family(List<Relative> relatives) {
        return relatives.stream().map(relative -> new Assets.Relative(relative.pinfl(), relative.relation().name()))
                .toList();
    }

    static List<Assets.CivilAct> civilActs(List<CivilAct> acts) {
        return acts.stream().map(act -> new Assets.CivilAct(act.id(), act.kind().name(), act.number(),
                act.registeredOn(), act.subject(), act.other())).toList();
    }

    static Measures.Arrest arrest(Encumbrance encumbrance) {
        var basis = encumbrance.basis();
        return new Measures.Arrest(encumbrance.id(), encumbrance.kind().name(), basis.agencyCode(), basis.document(),
                basis.caseReference(), encumbrance.imposedAt(), encumbrance.liftedAt());
    }

    static Measures.Arrest arrest(VehicleArrest arrest) {
        var basis = arrest.basis();
        return new Measures.Arrest(arrest.id(), "ARREST", basis.agencyCode(), basis.document(),
                basis.caseReference(), arrest.imposedAt(), arrest.liftedAt());
    }

    static Measures.Hold hold(Hold hold) {
        return new Measures.Hold(hold.id(), hold.account(), hold.requested(), hold.held(), hold.placedAt(),
                hold.releasedAt());
    }

    static Measures.Debit debit(Debit debit) {
        return new Measures.Debit(debit.id(), debit.idempotencyKey(), debit.account(), debit.holdId(),
                debit.amount(), debit.beneficiaryAccount(), debit.executedAt());
    }

    static Measures.TravelBan ban(TravelBan ban) {
        var basis = ban.basis();
        return new Measures.TravelBan(ban.id(), basis.agencyCode(), basis.document(), basis.caseReference(),
                ban.imposedOn(), ban.until(), ban.liftedAt());
    }

    static List<Measures.TravelBan> bans(List<TravelBan> bans) {
        return bans.stream().map(Views::ban).toList();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
