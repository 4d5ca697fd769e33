package uz.yagona.exchange;

import java.util.Arrays;
import java.util.Optional;

/** The services of the exchange, by the code that policies, logs and REST requests use. */
public enum ExchangeService {
    PERSON("population.person", false),
    FAMILY("population.family", false),
    CIVIL_ACTS("population.civil-acts", false),
    EMPLOYMENT("tax.employment", false),
    INCOME("tax.income", false),
    TAX_DEBTS("tax.debts", false),
    REAL_ESTATE("cadastre.real-estate", false),
    ENCUMBER("cadastre.encumber", true),
    LIFT_ENCUMBRANCE("cadastre.lift", true),
    ACCOUNTS("banking.accounts", false),
    HOLD("banking.hold", true),
    RELEASE_HOLD("banking.release", true),
    DEBIT("banking.debit", true),
    VEHICLES("vehicles.list", false),
    ARREST_VEHICLE("vehicles.arrest", true),
    LIFT_VEHICLE_ARREST("vehicles.lift", true),
    TRAVEL_BANS("travel.bans", false),
    BAN_TRAVEL("travel.ban", true),
    LIFT_TRAVEL_BAN("travel.lift", true),
    /** The person with their bank accounts and real estate: the benchmark query. */
    PERSON_WITH_ASSETS("composite.person-with-assets", false),
    /** Everything enforcement looks for: accounts, real estate, vehicles, employment and income. */
    DEBTOR_ASSETS("composite.debtor-assets", false);

    private final String code;
    private final boolean change;

    ExchangeService(String code, boolean change) {
        this.code = code;
        this.change = change;
    }

    /** The stable code, such as {@code banking.accounts}. */
    public String code() {
        return code;
    }

    /** Whether the service changes a registry rather than reads it. */
    public boolean changes() {
        return change;
    }

    public static Optional<ExchangeService> ofCode(String code) {
        return Arrays.stream(values()).filter(service -> service.code.equals(code)).findFirst();
    }
}
