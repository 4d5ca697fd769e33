package uz.yagona.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uz.yagona.identity.NewPerson;
import uz.yagona.identity.PersonName;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;
import uz.yagona.shared.UzbekScript;

/** Synthetic citizens with common Uzbek names, real-looking birth dates and valid PINFLs; same seed, same people. */
final class DemoPopulation {

    private static final List<String> MEN = List.of("Aziz", "Bobur", "Jasur", "Sardor", "Otabek", "Rustam",
            "Sherzod", "Dilshod", "Jamshid", "Temur", "Farrux", "Ulugʻbek", "Akmal", "Bekzod", "Islom", "Javlon",
            "Sanjar", "Shoxrux", "Zafar", "Alisher", "Nodir", "Anvar", "Botir", "Doston", "Eldor", "Gʻayrat");
    private static final List<String> WOMEN = List.of("Dilnoza", "Gulnora", "Madina", "Nilufar", "Shahnoza",
            "Zarina", "Malika", "Feruza", "Kamola", "Sevara", "Nodira", "Dildora", "Mohira", "Barno", "Yulduz",
            "Lola", "Maftuna", "Nigora", "Umida", "Gulchehra", "Mohinur", "Oʻgʻiloy", "Shoira", "Zuhra");
    private static final List<String> FAMILIES = List.of("Karimov", "Rahimov", "Yusupov", "Tursunov",
            "Abdullayev", "Ismoilov", "Nazarov", "Qodirov", "Saidov", "Mirzayev", "Xolmatov", "Ergashev", "Usmonov",
            "Aliyev", "Sobirov", "Hasanov", "Joʻrayev", "Poʻlatov", "Toshmatov", "Rustamov", "Umarov", "Sharipov",
            "Yoʻldoshev", "Qosimov", "Haydarov", "Normatov");

    private DemoPopulation() {
    }

    static List<NewPerson> generate(int count, long seed) {
        var random = new Random(seed);
        var people = new ArrayList<NewPerson>(count);
        for (int i = 0; i < count; i++) {
            var sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            var birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 66));
            // area 100+ keeps the documented demo logins (area 26) apart from the population
            var pinfl = Pinfl.of(birth, sex, 100 + random.nextInt(800), 1 + i % 999);
            var first = pick(random, sex == Sex.MALE ? MEN : WOMEN);
            var family = pick(random, FAMILIES) + (sex == Sex.FEMALE ? "a" : "");
            var patronymic = pick(random, MEN) + (sex == Sex.MALE ? " oʻgʻli" : " qizi");
            var phone = "+99890" + String.format("%07d", random.nextInt(10_000_000));
            people.add(person(pinfl, family, first, patronymic, phone, null));
        }
        return people;
    }

    static NewPerson person(Pinfl pinfl, String family, String first, String patronymic, String phone,
            String email) {
        var latin = new PersonName(family, first, patronymic);
        var cyrillic = new PersonName(UzbekScript.toCyrillic(family), UzbekScript.toCyrillic(first),
                UzbekScript.toCyrillic(patronymic));
        return new NewPerson(pinfl, latin, cyrillic, pinfl.birthDate(), pinfl.sex(), phone, email);
    }

    private static String pick(Random random, List<String> names) {
        return names.get(random.nextInt(names.size()));
    }
}
