package uz.yagona.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * A batch of registry records for {@link RegistryLoader#load}: what the demo generator produces, in the API's own
 * types. Records that do not name their holder themselves come wrapped with it ({@link AddressOf},
 * {@link PassportOf}, ...). A batch may refer to residents, taxpayers and banks loaded by an earlier batch.
 * Holds are never loaded: an account's {@code held} must be zero; holds are placed through {@link Banks#hold}.
 */
public record RegistryBatch(
        List<Bank> banks,
        List<Resident> residents,
        List<AddressOf> addresses,
        List<PassportOf> passports,
        List<CivilAct> civilActs,
        List<RelativeOf> familyLinks,
        List<Taxpayer> taxpayers,
        List<EmploymentOf> employments,
        List<IncomeOf> incomeDeclarations,
        List<DebtOf> taxDebts,
        List<RealEstate> realEstate,
        List<BankAccount> accounts,
        List<Vehicle> vehicles,
        List<TravelBan> travelBans) {

    public RegistryBatch {
        banks = List.copyOf(banks);
        residents = List.copyOf(residents);
        addresses = List.copyOf(addresses);
        passports = List.copyOf(passports);
        civilActs = List.copyOf(civilActs);
        familyLinks = List.copyOf(familyLinks);
        taxpayers = List.copyOf(taxpayers);
        employments = List.copyOf(employments);
        incomeDeclarations = List.copyOf(incomeDeclarations);
        taxDebts = List.copyOf(taxDebts);
        realEstate = List.copyOf(realEstate);
        accounts = List.copyOf(accounts);
        vehicles = List.copyOf(vehicles);
        travelBans = List.copyOf(travelBans);
    }

    /** A resident's registered address. */
    public record AddressOf(Pinfl pinfl, RegisteredAddress address) {
        public AddressOf {
            Objects.requireNonNull(pinfl, "pinfl");
            Objects.requireNonNull(address, "address");
        }
    }

    /** A passport issued to a resident. */
    public record PassportOf(Pinfl pinfl, Passport passport) {
        public PassportOf {
            Objects.requireNonNull(pinfl, "pinfl");
            Objects.requireNonNull(passport, "passport");
        }
    }

    /** A family link recorded once, from one side: {@code relative} is what it is to {@code pinfl}. */
    public record RelativeOf(Pinfl pinfl, Relative relative) {
        public RelativeOf {
            Objects.requireNonNull(pinfl, "pinfl");
            Objects.requireNonNull(relative, "relative");
        }
    }

    /** A person's job. */
    public record EmploymentOf(Pinfl pinfl, Employment employment) {
        public EmploymentOf {
            Objects.requireNonNull(pinfl, "pinfl");
            Objects.requireNonNull(employment, "employment");
        }
    }

    /** A taxpayer's income declaration. */
    public record IncomeOf(Stir stir, IncomeDeclaration declaration) {
        public IncomeOf {
            Objects.requireNonNull(stir, "stir");
            Objects.requireNonNull(declaration, "declaration");
        }
    }

    /** A taxpayer's debt. */
    public record DebtOf(Stir stir, TaxDebt debt) {
        public DebtOf {
            Objects.requireNonNull(stir, "stir");
            Objects.requireNonNull(debt, "debt");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isEmpty() {
        return banks.isEmpty() && residents.isEmpty() && addresses.isEmpty() && passports.isEmpty()
                && civilActs.isEmpty() && familyLinks.isEmpty() && taxpayers.isEmpty() && employments.isEmpty()
                && incomeDeclarations.isEmpty() && taxDebts.isEmpty() && realEstate.isEmpty() && accounts.isEmpty()
                && vehicles.isEmpty() && travelBans.isEmpty();
    }

    /** Collects records one by one, e.g. a chunk of generated households, then {@link #build()}s the batch. */
    public static final class Builder {

        private final List<Bank> banks = new ArrayList<>();
        private final List<Resident> residents = new ArrayList<>();
        private final List<AddressOf> addresses = new ArrayList<>();
        private final List<PassportOf> passports = new ArrayList<>();
        private final List<CivilAct> civilActs = new ArrayList<>();
        private final List<RelativeOf> familyLinks = new ArrayList<>();
        private final List<Taxpayer> taxpayers = new ArrayList<>();
        private final List<EmploymentOf> employments = new ArrayList<>();
        private final List<IncomeOf> incomeDeclarations = new ArrayList<>();
        private final List<DebtOf> taxDebts = new ArrayList<>();
        private final List<RealEstate> realEstate = new ArrayList<>();
        private final List<BankAccount> accounts = new ArrayList<>();
        private final List<Vehicle> vehicles = new ArrayList<>();
        private final List<TravelBan> travelBans = new ArrayList<>();

        private Builder() {
        }

        public Builder bank(Bank bank) {
            banks.add(bank);
            return this;
        }

        public Builder resident(Resident resident) {
            residents.add(resident);
            return this;
        }

        public Builder address(Pinfl pinfl, RegisteredAddress address) {
            addresses.add(new AddressOf(pinfl, address));
            return this;
        }

        public Builder passport(Pinfl pinfl, Passport passport) {
            passports.add(new PassportOf(pinfl, passport));
            return this;
        }

        public Builder civilAct(CivilAct act) {
            civilActs.add(act);
            return this;
        }

        public Builder relative(Pinfl pinfl, Relative relative) {
            familyLinks.add(new RelativeOf(pinfl, relative));
            return this;
        }

        public Builder taxpayer(Taxpayer taxpayer) {
            taxpayers.add(taxpayer);
            return this;
        }

        public Builder employment(Pinfl pinfl, Employment employment) {
            employments.add(new EmploymentOf(pinfl, employment));
            return this;
        }

        public Builder income(Stir stir, IncomeDeclaration declaration) {
            incomeDeclarations.add(new IncomeOf(stir, declaration));
            return this;
        }

        public Builder debt(Stir stir, TaxDebt debt) {
            taxDebts.add(new DebtOf(stir, debt));
            return this;
        }

        public Builder realEstate(RealEstate object) {
            realEstate.add(object);
            return this;
        }

        public Builder account(BankAccount account) {
            accounts.add(account);
            return this;
        }

        public Builder vehicle(Vehicle vehicle) {
            vehicles.add(vehicle);
            return this;
        }

        public Builder travelBan(TravelBan ban) {
            travelBans.add(ban);
            return this;
        }

        /** How many records have been collected, to cut a stream into batches of a steady size. */
        public int size() {
            return banks.size() + residents.size() + addresses.size() + passports.size() + civilActs.size()
                    + familyLinks.size() + taxpayers.size() + employments.size() + incomeDeclarations.size()
                    + taxDebts.size() + realEstate.size() + accounts.size() + vehicles.size() + travelBans.size();
        }

        public RegistryBatch build() {
            return new RegistryBatch(banks, residents, addresses, passports, civilActs, familyLinks, taxpayers,
                    employments, incomeDeclarations, taxDebts, realEstate, accounts, vehicles, travelBans);
        }
    }
}
