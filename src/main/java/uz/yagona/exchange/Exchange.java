package uz.yagona.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.yagona.registry.BankAccount;
import uz.yagona.registry.CivilAct;
import uz.yagona.registry.Debit;
import uz.yagona.registry.Employment;
import uz.yagona.registry.Encumbrance;
import uz.yagona.registry.Hold;
import uz.yagona.registry.IncomeDeclaration;
import uz.yagona.registry.Owner;
import uz.yagona.registry.RealEstate;
import uz.yagona.registry.Relative;
import uz.yagona.registry.TaxDebt;
import uz.yagona.registry.TravelBan;
import uz.yagona.registry.Vehicle;
import uz.yagona.registry.VehicleArrest;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * The interagency exchange as other modules call it: every registry read or change, each with the
 * {@link RequestContext} it serves. Each call is checked against the policy and logged with its outcome. A call
 * that is not served throws an {@link ExchangeException}: {@link RequestRejected} (malformed, names the field),
 * {@link RequestRefused} (the policy says no, with the reason) or {@link SubjectNotFound} (unknown PINFL, STIR,
 * account...). Changes are logged as served when the caller's transaction commits.
 */
public interface Exchange {

    /** Identity, registered address and passports ({@code population.person}). */
    PersonRecord person(Pinfl pinfl, RequestContext context);

    /**
     * The same request ({@code population.person}) in shared types only, for application forms that prefill
     * what the registries hold (once-only).
     */
    PersonalData personalData(Pinfl pinfl, RequestContext context);

    List<Relative> family(Pinfl pinfl, RequestContext context);

    List<CivilAct> civilActs(Pinfl pinfl, RequestContext context);

    List<Employment> employment(Pinfl pinfl, RequestContext context);

    List<IncomeDeclaration> income(Stir stir, RequestContext context);

    List<TaxDebt> taxDebts(Stir stir, RequestContext context);

    List<RealEstate> realEstate(Owner owner, RequestContext context);

    List<BankAccount> accounts(Owner owner, RequestContext context);

    List<Vehicle> vehicles(Owner owner, RequestContext context);

    List<TravelBan> travelBans(Pinfl pinfl, RequestContext context);

    /** The person with accounts and real estate in one request (three registry reads, no per-item calls). */
    PersonWithAssets personWithAssets(Pinfl pinfl, RequestContext context);

    /** Everything enforcement looks for about a debtor, person or entity, in one request. */
    DebtorAssets debtorAssets(Owner debtor, RequestContext context);

    /** Holds money in an account of the debtor; refused if the account is not the debtor's. */
    Hold hold(Owner debtor, String account, Money amount, RequestContext context);

    void releaseHold(Owner debtor, UUID holdId, RequestContext context);

    /** Debits money under a hold, exactly once per idempotency key. */
    Debit debit(Owner debtor, String idempotencyKey, UUID holdId, Money amount, String beneficiaryAccount,
            RequestContext context);

    /** Arrests (or mortgages) a real-estate object in which the debtor holds a share. */
    Encumbrance encumber(Owner debtor, String cadastralNumber, Encumbrance.Kind kind, RequestContext context);

    void liftEncumbrance(Owner debtor, UUID encumbranceId, RequestContext context);

    /** Arrests a vehicle registered to the debtor. */
    VehicleArrest arrestVehicle(Owner debtor, String vin, RequestContext context);

    void liftVehicleArrest(Owner debtor, UUID arrestId, RequestContext context);

    TravelBan banTravel(Pinfl pinfl, @Nullable LocalDate until, RequestContext context);

    void liftTravelBan(Pinfl pinfl, UUID banId, RequestContext context);

    /**
     * Any read service by its code, for callers that speak in codes (the REST API): {@code subject} is a PINFL
     * (14 digits) or a STIR (9 digits), as the service needs. The answer is one of the records above.
     */
    Answer query(ExchangeService service, String subject, Map<String, String> parameters, RequestContext context);

    /** An answer with the id of its access-log entry. */
    record Answer(UUID requestId, Object value) {
    }
}
