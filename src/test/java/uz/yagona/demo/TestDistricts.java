package uz.yagona.demo;

import java.util.List;
import uz.yagona.shared.District;
import uz.yagona.shared.LocalizedText;
import uz.yagona.shared.Soato;

/** A few real districts, as the shared divisions have them, for tests of the generator that need no database. */
final class TestDistricts {

    static final List<District> SOME = List.of(
            district("1703202", District.Kind.DISTRICT, "Oltinko'l tumani", "Олтинкўл тумани"),
            district("1703401", District.Kind.CITY, "Andijon", "Андижон"),
            district("1718206", District.Kind.DISTRICT, "Bulung'ur tumani", "Булунғур тумани"),
            district("1726266", District.Kind.CITY_DISTRICT, "Yunusobod tumani", "Юнусобод тумани"),
            district("1726294", District.Kind.CITY_DISTRICT, "Chilonzor tumani", "Чилонзор тумани"),
            district("1730209", District.Kind.DISTRICT, "Bog'dod tumani", "Боғдод тумани"));

    private TestDistricts() {
    }

    private static District district(String soato, District.Kind kind, String latin, String cyrillic) {
        return new District(new Soato(soato), kind, new LocalizedText(latin, cyrillic, latin, latin));
    }
}
