package uz.yagona.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import uz.yagona.shared.District;
import uz.yagona.shared.Money;
import uz.yagona.shared.Soato;
import uz.yagona.shared.Stir;

/**
 * The legal entities that employ the generated population: about one per forty residents, spread over the
 * districts as people are, with names such as {@code "Samarqand Tekstil" MChJ}. The table depends only on the
 * seed and the population size, so every chunk of households sees the same employers.
 */
final class Employers {

    /** An employer, its district and the positions it offers with their salary ranges. */
    record Employer(int serial, Stir stir, String name, Soato district, LocalDate registeredOn, Sector sector) {
    }

    /** What an employer does: its positions and their monthly salaries in soʻm. */
    enum Sector {
        TRADE(List.of(paid("Sotuvchi", 3_000_000, 6_000_000), paid("Kassir", 2_800_000, 5_000_000),
                paid("Omborchi", 3_000_000, 5_500_000), paid("Menejer", 5_000_000, 12_000_000))),
        FOOD(List.of(paid("Novvoy", 3_000_000, 6_000_000), paid("Oshpaz", 3_500_000, 8_000_000),
                paid("Texnolog", 5_000_000, 10_000_000), paid("Haydovchi", 4_000_000, 7_000_000))),
        TEXTILE(List.of(paid("Tikuvchi", 2_500_000, 5_000_000), paid("Bichuvchi", 3_000_000, 6_000_000),
                paid("Usta", 4_000_000, 8_000_000), paid("Muhandis", 6_000_000, 12_000_000))),
        CONSTRUCTION(List.of(paid("Gʻisht teruvchi", 4_000_000, 9_000_000), paid("Payvandchi", 5_000_000, 10_000_000),
                paid("Prorab", 8_000_000, 15_000_000), paid("Elektrik", 4_500_000, 9_000_000))),
        IT(List.of(paid("Dasturchi", 8_000_000, 35_000_000), paid("Tizim administratori", 6_000_000, 15_000_000),
                paid("Loyiha menejeri", 10_000_000, 30_000_000), paid("Tester", 5_000_000, 12_000_000))),
        SERVICES(List.of(paid("Operator", 3_000_000, 6_000_000), paid("Iqtisodchi", 5_000_000, 10_000_000),
                paid("Hisobchi", 5_000_000, 11_000_000), paid("Qorovul", 2_200_000, 3_500_000))),
        AGRICULTURE(List.of(paid("Agronom", 4_000_000, 8_000_000), paid("Traktorchi", 3_500_000, 7_000_000),
                paid("Ishchi", 2_200_000, 4_000_000), paid("Fermer xoʻjaligi boshligʻi", 6_000_000, 14_000_000))),
        PUBLIC(List.of(paid("Oʻqituvchi", 4_000_000, 8_000_000), paid("Shifokor", 5_000_000, 12_000_000),
                paid("Hamshira", 3_000_000, 5_500_000), paid("Tarbiyachi", 2_800_000, 4_500_000)));

        private final List<Job> jobs;

        Sector(List<Job> jobs) {
            this.jobs = jobs;
        }

        Job job(SplittableRandom random) {
            return jobs.get(random.nextInt(jobs.size()));
        }
    }

    /** A position and its salary range. */
    record Job(String position, long minSoum, long maxSoum) {

        Money salary(SplittableRandom random) {
            // salaries are rounded to the thousand soʻm, as payrolls are
            var soum = minSoum + random.nextLong(maxSoum - minSoum + 1);
            return Money.ofSoum(soum / 1000 * 1000);
        }
    }

    private static Job paid(String position, long minSoum, long maxSoum) {
        return new Job(position, minSoum, maxSoum);
    }

    private static final List<String> BRANDS = List.of("Toshkent", "Samarqand", "Buxoro", "Zarafshon", "Oltin",
            "Yangi", "Sharq", "Turon", "Ipak yoʻli", "Navroʻz", "Baraka", "Mehr", "Orient", "Fargʻona", "Chinor",
            "Nur", "Bunyod", "Istiqbol", "Kamolot", "Sogʻlom", "Vodiy", "Afrosiyob", "Xiva", "Qoʻqon", "Oqsaroy");
    private static final Map<Sector, List<String>> PRODUCTS = Map.of(
            Sector.TRADE, List.of("Savdo", "Market", "Savdo uyi", "Invest"),
            Sector.FOOD, List.of("Non", "Sut", "Oziq-ovqat", "Qandolat"),
            Sector.TEXTILE, List.of("Tekstil", "Ipak", "Paxta", "Libos"),
            Sector.CONSTRUCTION, List.of("Qurilish", "Qurilish montaj", "Beton", "Mebel"),
            Sector.IT, List.of("Soft", "Tech", "Raqamli yechimlar", "Data"),
            Sector.SERVICES, List.of("Servis", "Trans", "Logistik", "Avto"),
            Sector.AGRICULTURE, List.of("Agro", "Bogʻdorchilik", "Agro klaster", "Chorva"),
            Sector.PUBLIC, List.of("sonli maktab", "oilaviy poliklinika", "sonli bogʻcha", "tibbiyot markazi"));
    private static final List<String> FORMS = List.of("MChJ", "MChJ", "MChJ", "AJ", "XK", "QK");

    private final List<Employer> all;
    private final Map<Soato, List<Employer>> byRegion = new HashMap<>();

    private Employers(List<Employer> all) {
        this.all = List.copyOf(all);
        for (var employer : all) {
            byRegion.computeIfAbsent(employer.district().region(), region -> new ArrayList<>()).add(employer);
        }
    }

    /** About one employer per forty residents, at least one per region. */
    static Employers generate(Places places, int residents, long seed) {
        var random = new SplittableRandom(seed ^ 0x5EED_E3B1_0E85L);
        var count = Math.max(residents / 40, 30);
        var list = new ArrayList<Employer>(count);
        var regions = places.districts().stream().map(District::region).distinct().toList();
        for (var serial = 1; serial <= count; serial++) {
            // the first employers take one region each, so that every region has work
            var district = serial <= regions.size()
                    ? places.inRegion(regions.get(serial - 1)).getFirst() : places.district(random);
            var sector = Sector.values()[random.nextInt(Sector.values().length)];
            list.add(new Employer(serial, DemoNumbers.entityStir(serial), name(random, sector, serial),
                    district.soato(), LocalDate.of(1995, 1, 1).plusDays(random.nextInt(365 * 28)), sector));
        }
        return new Employers(list);
    }

    List<Employer> all() {
        return all;
    }

    /** An employer in the region, or anywhere if the region has none. */
    Employer near(SplittableRandom random, Soato district) {
        var local = byRegion.getOrDefault(district.region(), all);
        // one in ten works outside the home region, most of them in Tashkent
        var pool = random.nextInt(10) == 0 ? all : local;
        return pool.get(random.nextInt(pool.size()));
    }

    private static String name(SplittableRandom random, Sector sector, int serial) {
        var products = PRODUCTS.get(sector);
        var product = products.get(random.nextInt(products.size()));
        if (sector == Sector.PUBLIC) {
            return product.startsWith("sonli") ? (serial % 300 + 1) + "-" + product
                    : BRANDS.get(random.nextInt(BRANDS.size())) + " " + product;
        }
        var brand = BRANDS.get(random.nextInt(BRANDS.size()));
        return "\"" + brand + " " + product + "\" " + FORMS.get(random.nextInt(FORMS.size()));
    }
}
