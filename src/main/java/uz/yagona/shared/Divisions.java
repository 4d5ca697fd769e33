package uz.yagona.shared;

import java.util.List;
import java.util.Optional;

/** The administrative divisions of Uzbekistan: reference data, read once and the same for every caller. */
public interface Divisions {

    /** All first-level units in SOATO order. */
    List<Region> regions();

    Optional<Region> region(Soato soato);

    /** The districts, cities and city districts of a region in SOATO order; empty for an unknown region. */
    List<District> districtsOf(Soato region);

    Optional<District> district(Soato soato);
}
