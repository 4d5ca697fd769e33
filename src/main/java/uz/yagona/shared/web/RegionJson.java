package uz.yagona.shared.web;

import uz.yagona.shared.Region;

/** A first-level unit as the API shows it; {@code kind} is always {@code region}, so clients can mix lists. */
record RegionJson(String soato, String kind, NamesJson name) {

    static RegionJson of(Region region) {
        return new RegionJson(region.soato().value(), "region", NamesJson.of(region.name()));
    }
}
