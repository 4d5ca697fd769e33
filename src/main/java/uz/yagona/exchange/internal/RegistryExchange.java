package uz.yagona.exchange.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import uz.yagona.exchange.DebtorAssets;
import uz.yagona.exchange.Exchange;
import uz.yagona.exchange.ExchangeService;
import uz.yagona.exchange.PersonRecord;
import uz.yagona.exchange.PersonalData;
import uz.yagona.exchange.PersonWithAssets;
import uz.yagona.exchange.RequestContext;
import uz.yagona.registry.BankAccount;
import uz.yagona.registry.Banks;
import uz.yagona.registry.Basis;
import uz.yagona.registry.Cadastre;
import uz.yagona.registry.CivilAct;
import uz.yagona.registry.Debit;
import uz.yagona.registry.Employment;
import uz.yagona.registry.Encumbrance;
import uz.yagona.registry.Hold;
import uz.yagona.registry.IncomeDeclaration;
import uz.yagona.registry.Owner;
import uz.yagona.registry.PopulationRegistry;
import uz.yagona.registry.RealEstate;
import uz.yagona.registry.Relative;
import uz.yagona.registry.TaxDebt;
import uz.yagona.registry.TaxRegistry;
import uz.yagona.registry.TravelBan;
import uz.yagona.registry.TravelRestrictions;
import uz.yagona.registry.Vehicle;
import uz.yagona.registry.VehicleArrest;
import uz.yagona.registry.VehicleRegistry;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * The exchange over the registries: every method goes through the {@link Gateway} (form, policy, log) and then
 * calls the registry that owns the data. A subject the registries do not know is a 404, also for list services,
 * so that "no accounts" and "no such person" are never confused.
 */
@Service
class RegistryExchange implements Exchange {

    private final Gateway gateway;
    private final PopulationRegistry population;
    private final TaxRegistry tax;
    private final Cadastre cadastre;
    private final Banks banks;
    private final VehicleRegistry vehicles;
    private final TravelRestrictions travel;

    RegistryExchange(Gateway gateway, PopulationRegistry population, TaxRegistry tax,
            Cadastre cadastre, Banks banks, VehicleRegistry vehicles,
            TravelRestrictions travel) {
        this.gateway = gateway;
        this.population = population;
        this.tax = tax;
        this.cadastre = cadastre;
        this.banks = banks;
        this.vehicles = vehicles;
        this.travel = travel;
    }

    @Override
    public PersonRecord person(Pinfl pinfl, RequestContext context) {
        return read(ExchangeService.PERSON, pinfl.value(), context, Map.of(), () -> personRecord(pinfl));
    }

    private Optional<PersonRecord> personRecord(Pinfl pinfl) {
        var registry = population;
        return registry.resident(pinfl).map(resident -> new PersonRecord(resident,
                registry.address(pinfl).orElse(null), registry.passports(pinfl)));
    }

    @Override
    public PersonalData personalData(Pinfl pinfl, RequestContext context) {
        return read(ExchangeService.PERSON, pinfl.value(), context, Map.of(),
                () -> personRecord(pinfl).map(RegistryExchange::personalData));
    }

    private static PersonalData personalData(PersonRecord record) {
        var resident = record.resident();
        var address = record.address();
        var passport = record.passports().stream()
                .filter(document -> document.status() == uz.yagona.registry.Passport.Status.VALID).findFirst();
        return new PersonalData(resident.pinfl(), resident.latin().last(), resident.latin().first(),
                resident.latin().patronymic() == null ? "" : resident.latin().patronymic(),
                String.join(" ", resident.cyrillic().last(), resident.cyrillic().first(),
                        resident.cyrillic().patronymic() == null ? "" : resident.cyrillic().patronymic()).strip(),
                resident.birthDate(), resident.sex(), address == null ? null : address.district(),
                address == null ? null : address.mahalla(), address == null ? null : address.street(),
                address == null ? null : address.house(), address == null ? null : address.apartment(),
                passport.map(document -> document.series() + document.number()).orElse(null),
                passport.map(document -> document.expiresOn()).orElse(null));
    }

    @Override
    public List<Relative> family(Pinfl pinfl, RequestContext context) {
        return read(ExchangeService.FAMILY, pinfl.value(), context, Map.of(),
                () -> ifKnown(pinfl, () -> population.family(pinfl)));
    }

    @Override
    public List<CivilAct> civilActs(Pinfl pinfl, RequestContext context) {
        return read(ExchangeService.CIVIL_ACTS, pinfl.value(), context, Map.of(),
                () -> ifKnown(pinfl, () -> population.civilActs(pinfl)));
    }

    @Override
    public List<Employment> employment(Pinfl pinfl, RequestContext context) {
        return read(ExchangeService.EMPLOYMENT, pinfl.value(), context, Map.of(),
                () -> ifKnown(pinfl, () -> tax.employment(pinfl)));
    }

    @Override
    public List<IncomeDeclaration> income(Stir stir, RequestContext context) {
        return read(ExchangeService.INCOME, stir.value(), context, Map.of(),
                () -> tax.taxpayer(stir).map(taxpayer -> tax.income(stir)));
    }

    @Override
    public List<TaxDebt> taxDebts(Stir stir, RequestContext context) {
        return read(ExchangeService.TAX_DEBTS, stir.value(), context, Map.of(),
                () -> tax.taxpayer(stir).map(taxpayer -> tax.debts(stir)));
    }

    @Override
    public List<RealEstate> realEstate(Owner owner, RequestContext context) {
        return read(ExchangeService.REAL_ESTATE, subject(owner), context, Map.of(),
                () -> ifKnown(owner, () -> cadastre.ownedBy(owner)));
    }

    @Override
    public List<BankAccount> accounts(Owner owner, RequestContext context) {
        return read(ExchangeService.ACCOUNTS, subject(owner), context, Map.of(),
                () -> ifKnown(owner, () -> banks.accountsOf(owner)));
    }

    @Override
    public List<Vehicle> vehicles(Owner owner, RequestContext context) {
        return read(ExchangeService.VEHICLES, subject(owner), context, Map.of(),
                () -> ifKnown(owner, () -> vehicles.ownedBy(owner)));
    }

    @Override
    public List<TravelBan> travelBans(Pinfl pinfl, RequestContext context) {
        return read(ExchangeService.TRAVEL_BANS, pinfl.value(), context, Map.of(),
                () -> ifKnown(pinfl, () -> travel.bans(pinfl)));
    }

    @Override
    public PersonWithAssets personWithAssets(Pinfl pinfl, RequestContext context) {
        return read(ExchangeService.PERSON_WITH_ASSETS, pinfl.value(), context, Map.of(), () -> {
            var owner = Owner.person(pinfl);
            return population.resident(pinfl).map(resident -> new PersonWithAssets(resident,
                    banks.accountsOf(owner), cadastre.ownedBy(owner)));
        });
    }

    @Override
    public DebtorAssets debtorAssets(Owner debtor, RequestContext context) {
        return read(ExchangeService.DEBTOR_ASSETS, subject(debtor), context, Map.of(),
                () -> ifKnown(debtor, () -> debtorAssets(debtor)));
    }

    private DebtorAssets debtorAssets(Owner debtor) {
        var pinfl = debtor.pinfl();
        List<Employment> jobs = pinfl == null ? List.of() : tax.employment(pinfl);
        var stir = debtor.stir() != null ? debtor.stir()
                : tax.taxpayerOf(pinfl).map(taxpayer -> taxpayer.stir()).orElse(null);
        List<IncomeDeclaration> income = stir == null ? List.of() : tax.income(stir);
        List<TravelBan> bans = pinfl == null ? List.of() : travel.bans(pinfl);
        return new DebtorAssets(debtor, banks.accountsOf(debtor), cadastre.ownedBy(debtor),
                vehicles.ownedBy(debtor), jobs, income, bans);
    }

    @Override
    public Hold hold(Owner debtor, String account, Money amount, RequestContext context) {
        return change(ExchangeService.HOLD, subject(debtor), context, params("account", account, "amount", amount),
                () -> {
                    var found = banks.account(account);
                    if (found.isEmpty()) {
                        return Optional.empty();
                    }
                    requireOwned(found.get().owner().equals(debtor), account);
                    return Optional.of(banks.hold(account, amount, basis(context)));
                });
    }

    @Override
    public void releaseHold(Owner debtor, UUID holdId, RequestContext context) {
        change(ExchangeService.RELEASE_HOLD, subject(debtor), context, params("hold", holdId), () -> {
            banks.release(holdId, basis(context));
            return Optional.of(Map.of("released", holdId));
        });
    }

    @Override
    public Debit debit(Owner debtor, String idempotencyKey, UUID holdId, Money amount, String beneficiaryAccount,
            RequestContext context) {
        return change(ExchangeService.DEBIT, subject(debtor), context, params("idempotencyKey", idempotencyKey,
                "hold", holdId, "amount", amount, "beneficiary", beneficiaryAccount),
                () -> Optional.of(banks.debit(idempotencyKey, holdId, amount, beneficiaryAccount,
                        basis(context))));
    }

    @Override
    public Encumbrance encumber(Owner debtor, String cadastralNumber, Encumbrance.Kind kind,
            RequestContext context) {
        return change(ExchangeService.ENCUMBER, subject(debtor), context,
                params("cadastralNumber", cadastralNumber, "kind", kind), () -> {
                    var found = cadastre.object(cadastralNumber);
                    if (found.isEmpty()) {
                        return Optional.empty();
                    }
                    requireOwned(found.get().owners().stream().anyMatch(share -> share.owner().equals(debtor)),
                            cadastralNumber);
                    return Optional.of(cadastre.encumber(cadastralNumber, kind, basis(context)));
                });
    }

    @Override
    public void liftEncumbrance(Owner debtor, UUID encumbranceId, RequestContext context) {
        change(ExchangeService.LIFT_ENCUMBRANCE, subject(debtor), context, params("encumbrance", encumbranceId),
                () -> {
                    cadastre.lift(encumbranceId, basis(context));
                    return Optional.of(Map.of("lifted", encumbranceId));
                });
    }

    @Override
    public VehicleArrest arrestVehicle(Owner debtor, String vin, RequestContext context) {
        return change(ExchangeService.ARREST_VEHICLE, subject(debtor), context, params("vin", vin), () -> {
            var found = vehicles.vehicle(vin);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            requireOwned(found.get().owner().equals(debtor), vin);
            return Optional.of(vehicles.arrest(vin, basis(context)));
        });
    }

    @Override
    public void liftVehicleArrest(Owner debtor, UUID arrestId, RequestContext context) {
        change(ExchangeService.LIFT_VEHICLE_ARREST, subject(debtor), context, params("arrest", arrestId), () -> {
            vehicles.lift(arrestId, basis(context));
            return Optional.of(Map.of("lifted", arrestId));
        });
    }

    @Override
    public TravelBan banTravel(Pinfl pinfl, @Nullable LocalDate until, RequestContext context) {
        return change(ExchangeService.BAN_TRAVEL, pinfl.value(), context, params("until", until),
                () -> Optional.of(travel.ban(pinfl, until, basis(context))));
    }

    @Override
    public void liftTravelBan(Pinfl pinfl, UUID banId, RequestContext context) {
        change(ExchangeService.LIFT_TRAVEL_BAN, pinfl.value(), context, params("ban", banId), () -> {
            travel.lift(banId, basis(context));
            return Optional.of(Map.of("lifted", banId));
        });
    }

    @Override
    public Answer query(ExchangeService service, String subject, Map<String, String> parameters,
            RequestContext context) {
        if (service.changes()) {
            throw gateway.reject(service, subject, context, parameters, "service", "exchange.service.readOnly",
                    "Only read services are served by code");
        }
        Owner owner;
        try {
            owner = owner(subject);
        } catch (InvalidValueException e) {
            throw gateway.reject(service, subject, context, parameters, "subject", e.rule(), e.getMessage());
        }
        var pinfl = owner.pinfl();
        boolean needsPerson = switch (service) {
            case PERSON, FAMILY, CIVIL_ACTS, EMPLOYMENT, TRAVEL_BANS, PERSON_WITH_ASSETS -> true;
            default -> false;
        };
        if (needsPerson && pinfl == null) {
            throw gateway.reject(service, subject, context, parameters, "subject", "exchange.subject.pinfl",
                    "This service needs a PINFL");
        }
        Supplier<Optional<?>> call = switch (service) {
            case PERSON -> () -> personRecord(pinfl);
            case FAMILY -> () -> ifKnown(owner, () -> population.family(pinfl));
            case CIVIL_ACTS -> () -> ifKnown(owner, () -> population.civilActs(pinfl));
            case EMPLOYMENT -> () -> ifKnown(owner, () -> tax.employment(pinfl));
            case TRAVEL_BANS -> () -> ifKnown(owner, () -> travel.bans(pinfl));
            case PERSON_WITH_ASSETS -> () -> population.resident(pinfl).map(resident ->
                    new PersonWithAssets(resident, banks.accountsOf(owner),
                            cadastre.ownedBy(owner)));
            case INCOME -> () -> stirOf(owner).map(stir -> tax.income(stir));
            case TAX_DEBTS -> () -> stirOf(owner).map(stir -> tax.debts(stir));
            case REAL_ESTATE -> () -> ifKnown(owner, () -> cadastre.ownedBy(owner));
            case ACCOUNTS -> () -> ifKnown(owner, () -> banks.accountsOf(owner));
            case VEHICLES -> () -> ifKnown(owner, () -> vehicles.ownedBy(owner));
            case DEBTOR_ASSETS -> () -> ifKnown(owner, () -> debtorAssets(owner));
            default -> throw new IllegalStateException("not a read service: " + service);
        };
        var served = gateway.serve(service, subject, context, parameters, call);
        return new Answer(served.requestId(), served.answer());
    }

    private Optional<Stir> stirOf(Owner owner) {
        if (owner.stir() != null) {
            return tax.taxpayer(owner.stir()).map(taxpayer -> taxpayer.stir());
        }
        return tax.taxpayerOf(owner.pinfl()).map(taxpayer -> taxpayer.stir());
    }

    /** A PINFL (14 digits) or a STIR (9 digits). */
    static Owner owner(String subject) {
        var digits = subject.strip();
        if (digits.length() == 9) {
            return Owner.entity(Stir.parse(digits));
        }
        return Owner.person(Pinfl.parse(digits));
    }

    private <T> T read(ExchangeService service, String subject, RequestContext context, Map<String, ?> parameters,
            Supplier<Optional<T>> call) {
        return gateway.serve(service, subject, context, parameters, call).answer();
    }

    private <T> T change(ExchangeService service, String subject, RequestContext context,
            Map<String, ?> parameters, Supplier<Optional<T>> call) {
        return gateway.serve(service, subject, context, parameters, call).answer();
    }

    /** The answer if the registries know the person or entity; empty (a 404) if they do not. */
    private <T> Optional<T> ifKnown(Pinfl pinfl, Supplier<T> answer) {
        return population.resident(pinfl).isPresent() ? Optional.of(answer.get()) : Optional.empty();
    }

    private <T> Optional<T> ifKnown(Owner owner, Supplier<T> answer) {
        if (owner.pinfl() != null) {
            return ifKnown(owner.pinfl(), answer);
        }
        return tax.taxpayer(owner.stir()).isPresent() ? Optional.of(answer.get()) : Optional.empty();
    }

    private static String subject(Owner owner) {
        return owner.pinfl() != null ? owner.pinfl().value() : owner.stir().value();
    }

    private static Basis basis(RequestContext context) {
        return new Basis(context.agency(), context.legalBasis(), context.caseReference());
    }

    private static void requireOwned(boolean owned, String what) {
        if (!owned) {
            throw new InvalidValueException("exchange.subject.notOwner", "The subject does not own " + what, what);
        }
    }

    private static Map<String, Object> params(Object... pairs) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return map;
    }
}
