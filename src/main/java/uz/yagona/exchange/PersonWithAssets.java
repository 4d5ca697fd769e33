package uz.yagona.exchange;

import java.util.List;

/** A person with their bank accounts and the real estate they hold shares in: the benchmark query's answer. */
public record PersonWithAssets(PersonalData person, List<Assets.Account> accounts,
        List<Assets.Property> realEstate) {

    public PersonWithAssets {
        accounts = List.copyOf(accounts);
        realEstate = List.copyOf(realEstate);
    }
}
