package uz.yagona.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import uz.yagona.shared.District;
import uz.yagona.shared.Soato;
import uz.yagona.shared.UzbekScript;

/**
 * Where generated people live: real districts from the shared divisions, drawn in proportion to the rough
 * population of their region (millions, 2024), and mahallas and streets with common Uzbek names.
 */
final class Places {

    /** Rough population of each region in hundreds of thousands, by the region's SOATO code. */
    private static final Map<String, Integer> REGION_WEIGHTS = Map.ofEntries(Map.entry("1703", 34),
            Map.entry("1706", 20), Map.entry("1708", 15), Map.entry("1710", 35), Map.entry("1712", 11),
            Map.entry("1714", 30), Map.entry("1718", 42), Map.entry("1722", 29), Map.entry("1724", 9),
            Map.entry("1726", 30), Map.entry("1727", 30), Map.entry("1730", 40), Map.entry("1733", 20),
            Map.entry("1735", 20));
    /** The two-digit region code on number plates. */
    private static final Map<String, String> PLATE_CODES = Map.ofEntries(Map.entry("1726", "01"),
            Map.entry("1727", "10"), Map.entry("1724", "20"), Map.entry("1708", "25"), Map.entry("1718", "30"),
            Map.entry("1730", "40"), Map.entry("1714", "50"), Map.entry("1703", "60"), Map.entry("1710", "70"),
            Map.entry("1722", "75"), Map.entry("1706", "80"), Map.entry("1712", "85"), Map.entry("1733", "90"),
            Map.entry("1735", "95"));

    static final List<String> MAHALLAS = List.of("Navroʻz", "Guliston", "Bogʻbon", "Doʻstlik", "Obod", "Tinchlik",
            "Mehnat", "Yangiobod", "Chinor", "Olmazor", "Bunyodkor", "Nurafshon", "Istiqlol", "Mustaqillik",
            "Bogʻishamol", "Shodlik", "Qoʻrgʻon", "Ziyokor", "Ibn Sino", "Beruniy", "Oqtepa", "Qorasuv",
            "Yangi hayot", "Gulbahor", "Kamolon", "Samarqand darvoza", "Oʻrikzor", "Chilonzor", "Sebzor",
            "Qatortol", "Ulugʻbek", "Yunusobod", "Bahor", "Ishonch", "Fayzobod", "Oltintepa", "Sharq", "Zarafshon");
    static final List<String> STREETS = List.of("Amir Temur", "Alisher Navoiy", "Mustaqillik", "Bobur",
            "Mirzo Ulugʻbek", "Istiqlol", "Bunyodkor", "Yangi hayot", "Gulzor", "Bogʻishamol", "Shodlik",
            "Abdulla Qodiriy", "Choʻlpon", "Hamza", "Furqat", "Muqimiy", "Ogahiy", "Zahiriddin Muhammad Bobur",
            "Navroʻz", "Tinchlik", "Doʻstlik", "Paxtakor", "Sharof Rashidov", "Oybek", "Gʻafur Gʻulom",
            "Abdulla Oripov", "Chinobod", "Nurafshon", "Bogʻbonlar", "Mehrobod", "Olmazor", "Yakkasaroy",
            "Chilonzor", "Labzak", "Beshyogʻoch", "Taraqqiyot", "Uchqun", "Qatortol", "Kamolon", "Ipak yoʻli");

    private final List<District> districts;
    private final int[] cumulative;
    private final Map<Soato, District> bySoato = new java.util.HashMap<>();
    private final Map<Soato, String> latinNames = new java.util.HashMap<>();

    Places(List<District> districts) {
        if (districts.isEmpty()) {
            throw new IllegalArgumentException("no districts to place people in");
        }
        var perRegion = new java.util.HashMap<Soato, Integer>();
        districts.forEach(district -> perRegion.merge(district.region(), 1, Integer::sum));
        this.districts = List.copyOf(districts);
        for (var district : districts) {
            bySoato.put(district.soato(), district);
            // written back from the Cyrillic, so that the name has the official oʻ and gʻ, not the typed '
            latinNames.put(district.soato(), UzbekScript.toLatin(district.name().uzCyrl()));
        }
        this.cumulative = new int[districts.size()];
        var total = 0;
        for (var i = 0; i < districts.size(); i++) {
            var region = districts.get(i).region();
            // each district's share of its region; times 1000 keeps small regions' districts above zero
            total += Math.max(1, REGION_WEIGHTS.getOrDefault(region.value(), 10) * 1000 / perRegion.get(region));
            cumulative[i] = total;
        }
    }

    List<District> districts() {
        return districts;
    }

    District district(SplittableRandom random) {
        var ticket = random.nextInt(cumulative[cumulative.length - 1]);
        var index = java.util.Arrays.binarySearch(cumulative, ticket + 1);
        return districts.get(index >= 0 ? index : -index - 1);
    }

    District district(Soato soato) {
        var district = bySoato.get(soato);
        if (district == null) {
            throw new IllegalArgumentException("unknown district " + soato);
        }
        return district;
    }

    /** The district's name in Uzbek Latin with the official apostrophes: {@code Bogʻdod tumani}. */
    String latinName(Soato soato) {
        return latinNames.get(soato);
    }

    /** Whether people there mostly live in blocks of flats: Tashkent's districts and the cities. */
    static boolean urban(District district) {
        return district.kind() != District.Kind.DISTRICT;
    }

    static String plateCode(Soato district) {
        return PLATE_CODES.getOrDefault(district.region().value(), "01");
    }

    /** A name in both scripts, transliterated once when the class loads, never per generated person. */
    record Named(String latin, String cyrillic) {
    }

    /** Mahallas as written on documents, "… MFY" (mahalla fuqarolar yigʻini), in Latin and Cyrillic. */
    static final List<Named> MAHALLA_NAMES = bothScripts(MAHALLAS, " MFY");
    /** Streets as written on documents, "… koʻchasi", in Latin and Cyrillic. */
    static final List<Named> STREET_NAMES = bothScripts(STREETS, " koʻchasi");

    private static List<Named> bothScripts(List<String> names, String suffix) {
        return names.stream().map(name -> name + suffix)
                .map(latin -> new Named(latin, UzbekScript.toCyrillic(latin))).toList();
    }

    static Named mahallaNamed(SplittableRandom random) {
        return MAHALLA_NAMES.get(random.nextInt(MAHALLA_NAMES.size()));
    }

    static Named streetNamed(SplittableRandom random) {
        return STREET_NAMES.get(random.nextInt(STREET_NAMES.size()));
    }

    static String mahalla(SplittableRandom random) {
        return mahallaNamed(random).latin();
    }

    static String street(SplittableRandom random) {
        return streetNamed(random).latin();
    }

    /** The districts of the region in the order given, for the employers of a region. */
    List<District> inRegion(Soato region) {
        var result = new ArrayList<District>();
        for (var district : districts) {
            if (district.region().equals(region)) {
                result.add(district);
            }
        }
        return result;
    }
}
