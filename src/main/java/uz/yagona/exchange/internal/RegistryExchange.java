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
import uz.yagona.exchange.Assets;
import uz.yagona.exchange.Debtor;
import uz.yagona.exchange.DebtorAssets;
import uz.yagona.exchange.Exchange;
import uz.yagona.exchange.ExchangeService;
import uz.yagona.exchange.Measures;
import uz.yagona.exchange.PersonWithAssets;
import uz.yagona.exchange.PersonalData;
import uz.yagona.exchange.RequestContext;
import uz.yagona.registry.Banks;
import uz.yagona.registry.Basis;
import uz.yagona.registry.Cadastre;
import uz.yagona.registry.Encumbrance;
import uz.yagona.registry.Owner;
import uz.yagona.registry.PopulationRegistry;
import uz.yagona.registry.TaxRegistry;
import uz.yagona.registry.TravelRestrictions;
import uz.yagona.registry.VehicleRegistry;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * The exchange over the registries: every method goes through the {@link Gateway} (form, policy, log), calls
 * the registry that owns the data and answers in the exchange's own records ({@link Views}). A subject the
 * registries do not know is a 404, also for list services, so that "no accounts" and "no such person" are never
 * confused.
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

    RegistryExchange(Gateway gateway, PopulationRegistry population, TaxRegistry tax, Cadastre cadastre, Banks banks,
            VehicleRegistry vehicles, TravelRestrictions travel) {
        this.gateway = gateway;
        this.population = population;
        this.tax = tax;
        this.cadastre = cadastre;
        this.banks = banks;
        this.vehicles = vehicles;
        this.travel = travel;
    }

    @Override
    public PersonalData personalData(Pinfl pinfl, RequestContext context) {
        return read(ExchangeService.PERSON, pinfl.value(), context, Map.of(), () -> person(pinfl));
    }

    private Optional<PersonalData> person(Pinfl pinfl) {
        return population.resident(pinfl).map(resident ->
                Views.person(resident, population.address(pinfl), population.passports(pinfl)));
    }

    @Override
    public List<Assets.Relative> family(Pinfl pinfl, RequestContext context) {
        return read(ExchangeService.FAMILY, pinfl.value(), context, Map.of(),
                () -> ifKnown(pinfl, () -> Views.family(population.family(pinfl))));
    }

    @Override
    public List<Assets.CivilAct> civilActs(Pinfl pinfl, RequestContext context) {
        return read(ExchangeService.CIVIL_ACTS, pinfl.value(), context, Map.of(),
                () -> ifKnown(pinfl, () -> Views.civilActs(population.civilActs(pinfl))));
    }

    @Override
    public List<Assets.Job> employment(Pinfl pinfl, RequestContext context) {
        return read(ExchangeService.EMPLOYMENT, pinfl.value(), context, Map.of(),
                () -> ifKnown(pinfl, () -> Views.jobs(tax.employment(pinfl))));
    }

    @Override
    public List<Assets.Income> income(Stir stir, RequestContext context) {
        return read(ExchangeService.INCOME, stir.value(), context, Map.of(),
                () -> tax.taxpayer(stir).map(taxpayer -> Views.income(tax.income(stir))));
    }

    @Override
    public List<Assets.TaxDebt> taxDebts(Stir stir, RequestContext context) {
        return read(ExchangeService.TAX_DEBTS, stir.value(), context, Map.of(),
                () -> tax.taxpayer(stir).map(taxpayer -> Views.debts(tax.debts(stir))));
    }

    @Override
    public List<Assets.Property> realEstate(Debtor owner, RequestContext context) {
        var registryOwner = Views.owner(owner);
        return read(ExchangeService.REAL_ESTATE, owner.subject(), context, Map.of(),
                () -> ifKnown(registryOwner, () -> Views.properties(cadastre.ownedBy(registryOwner), registryOwner)));
    }

    @Override
    public List<Assets.Account> accounts(Debtor owner, RequestContext context) {
        var registryOwner = Views.owner(owner);
        return read(ExchangeService.ACCOUNTS, owner.subject(), context, Map.of(),
                () -> ifKnown(registryOwner, () -> Views.accounts(banks.accountsOf(registryOwner))));
    }

    @Override
    public List<Assets.Vehicle> vehicles(Debtor owner, RequestContext context) {
        var registryOwner = Views.owner(owner);
        return read(ExchangeService.VEHICLES, owner.subject(), context, Map.of(),
                () -> ifKnown(registryOwner, () -> Views.vehicles(vehicles.ownedBy(registryOwner))));
    }

    @Override
    public List<Measures.TravelBan> travelBans(Pinfl pinfl, RequestContext context) {
        return read(ExchangeService.TRAVEL_BANS, pinfl.value(), context, Map.of(),
                () -> ifKnown(pinfl, () -> Views.bans(travel.bans(pinfl))));
    }

    @Override
    public PersonWithAssets personWithAssets(Pinfl pinfl, RequestContext context) {
        return read(ExchangeService.PERSON_WITH_ASSETS, pinfl.value(), context, Map.of(),
                () -> personWithAssets(pinfl));
    }

    /** Resident, address, passports, accounts, real estate: five indexed reads, none per item. */
    private Optional<PersonWithAssets> personWithAssets(Pinfl pinfl) {
        var owner = Owner.person(pinfl);
        return person(pinfl).map(person -> new PersonWithAssets(person, Views.accounts(banks.accountsOf(owner)),
                Views.properties(cadastre.ownedBy(owner), owner)));
    }

    @Override
    public DebtorAssets debtorAssets(Debtor debtor, RequestContext context) {
        var owner = Views.owner(debtor);
        return read(ExchangeService.DEBTOR_ASSETS, debtor.subject(), context, Map.of(),
                () -> ifKnown(owner, () -> debtorAssets(owner)));
    }

    private DebtorAssets debtorAssets(Owner owner) {
        var pinfl = owner.pinfl();
        var stir = owner.stir() != null ? owner.stir()
                : tax.taxpayerOf(pinfl).map(taxpayer -> taxpayer.stir()).orElse(null);
        return new DebtorAssets(pinfl, owner.stir(), Views.accounts(banks.accountsOf(owner)),
                Views.properties(cadastre.ownedBy(owner), owner), Views.vehicles(vehicles.ownedBy(owner)),
                pinfl == null ? List.of() : Views.jobs(tax.employment(pinfl)),
                stir == null ? List.of() : Views.income(tax.income(stir)),
                pinfl == null ? List.of() : Views.bans(travel.bans(pinfl)));
    }

    @Override
    public Measures.Hold hold(Debtor debtor, String account, Money amount, RequestContext context) {
        return change(ExchangeService.HOLD, debtor.subject(), context, params("account", account, "amount", amount),
                () -> {
                    var found = banks.account(account);
                    if (found.isEmpty()) {
                        return Optional.empty();
                    }
                    requireOwned(found.get().owner().equals(Views.owner(debtor)), account);
                    return Optional.of(Views.hold(banks.hold(account, amount, basis(context))));
                });
    }

    @Override
    public void releaseHold(Debtor debtor, UUID holdId, RequestContext context) {
        change(ExchangeService.RELEASE_HOLD, debtor.subject(), context, params("hold", holdId), () -> {
            banks.release(holdId, basis(context));
            return Optional.of(Map.of("released", holdId));
        });
    }

    @Override
    public Measures.Debit debit(Debtor debtor, String idempotencyKey, UUID holdId, Money amount,
            String beneficiaryAccount, RequestContext context) {
        return change(ExchangeService.DEBIT, debtor.subject(), context, params("idempotencyKey", idempotencyKey,
                "hold", holdId, "amount", amount, "beneficiary", beneficiaryAccount),
                () -> Optional.of(Views.debit(banks.debit(idempotencyKey, holdId, amount, beneficiaryAccount,
                        basis(context)))));
    }

    @Override
    public Measures.Arrest arrestRealEstate(Debtor debtor, String cadastralNumber, RequestContext context) {
        return change(ExchangeService.ENCUMBER, debtor.subject(), context, params("cadastralNumber", cadastralNumber),
                () -> {
                    var found = cadastre.object(cadastralNumber);
                    if (found.isEmpty()) {
                        return Optional.empty();
                    }
                    var owner = Views.owner(debtor);
                    requireOwned(found.get().owners().stream().anyMatch(share -> share.owner().equals(owner)),
                            cadastralNumber);
                    return Optional.of(Views.arrest(cadastre.encumber(cadastralNumber, Encumbrance.Kind.ARREST,
                            basis(context))));
                });
    }

    @Override
    public void liftRealEstateArrest(Debtor debtor, UUID arrestId, RequestContext context) {
        change(ExchangeService.LIFT_ENCUMBRANCE, debtor.subject(), context, params("arrest", arrestId), () -> {
            cadastre.lift(arrestId, basis(context));
            return Optional.of(Map.of("lifted", arrestId));
        });
    }

    @Override
    public Measures.Arrest arrestVehicle(Debtor debtor, String vin, RequestContext context) {
        return change(ExchangeService.ARREST_VEHICLE, debtor.subject(), context, params("vin", vin), () -> {
            var found = vehicles.vehicle(vin);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            requireOwned(found.get().owner().equals(Views.owner(debtor)), vin);
            return Optional.of(Views.arrest(vehicles.arrest(vin, basis(context))));
        });
    }

    @Override
    public void liftVehicleArrest(Debtor debtor, UUID arrestId, RequestContext context) {
        change(ExchangeService.LIFT_VEHICLE_ARREST, debtor.subject(), context, params("arrest", arrestId), () -> {
            vehicles.lift(arrestId, basis(context));
            return Optional.of(Map.of("lifted", arrestId));
        });
    }

    @Override
    public Measures.TravelBan banTravel(Pinfl pinfl, @Nullable LocalDate until, RequestContext context) {
        return change(ExchangeService.BAN_TRAVEL, pinfl.value(), context, params("until", until),
                () -> Optional.of(Views.ban(travel.ban(pinfl, until, basis(context)))));
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
            case PERSON -> () -> person(pinfl);
            case FAMILY -> () -> ifKnown(owner, () -> Views.family(population.family(pinfl)));
            case CIVIL_ACTS -> () -> ifKnown(owner, () -> Views.civilActs(population.civilActs(pinfl)));
            case EMPLOYMENT -> () -> ifKnown(owner, () -> Views.jobs(tax.employment(pinfl)));
            case TRAVEL_BANS -> () -> ifKnown(owner, () -> Views.bans(travel.bans(pinfl)));
            case PERSON_WITH_ASSETS -> () -> personWithAssets(pinfl);
            case INCOME -> () -> stirOf(owner).map(stir -> Views.income(tax.income(stir)));
            case TAX_DEBTS -> () -> stirOf(owner).map(stir -> Views.debts(tax.debts(stir)));
            case REAL_ESTATE -> () -> ifKnown(owner, () -> Views.properties(cadastre.ownedBy(owner), owner));
            case ACCOUNTS -> () -> ifKnown(owner, () -> Views.accounts(banks.accountsOf(owner)));
            case VEHICLES -> () -> ifKnown(owner, () -> Views.vehicles(vehicles.ownedBy(owner)));
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

    /** The answer if the registries know the person; empty (a 404) if they do not. */
    private <T> Optional<T> ifKnown(Pinfl pinfl, Supplier<T> answer) {
        return population.resident(pinfl).isPresent() ? Optional.of(answer.get()) : Optional.empty();
    }

    private <T> Optional<T> ifKnown(Owner owner, Supplier<T> answer) {
        if (owner.pinfl() != null) {
            return ifKnown(owner.pinfl(), answer);
        }
        return tax.taxpayer(owner.stir()).isPresent() ? Optional.of(answer.get()) : Optional.empty();
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
