package uz.yagona.shared.web;

import uz.yagona.shared.District;

/** A district, city or city district as the API shows it. */
record DistrictJson(String soato, String regionSoato, String kind, NamesJson name) {

    static DistrictJson of(District district) {
        return new DistrictJson(district.soato().value(), district.region().value(), district.kind().code(),
                NamesJson.of(district.name()));
    }
}
