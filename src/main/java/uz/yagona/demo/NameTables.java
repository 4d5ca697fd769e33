package uz.yagona.demo;

import java.util.List;
import java.util.SplittableRandom;
import uz.yagona.registry.FullName;
import uz.yagona.shared.Sex;
import uz.yagona.shared.UzbekScript;

/**
 * Common Uzbek first and family names with their Cyrillic forms, transliterated once when the class loads so
 * that a million generated persons cost no transliteration at all.
 */
final class NameTables {

    /** A name in both scripts. */
    record Name(String latin, String cyrillic) {

        static Name of(String latin) {
            return new Name(latin, UzbekScript.toCyrillic(latin));
        }
    }

    static final List<Name> MEN = names("Aziz", "Bobur", "Jasur", "Sardor", "Otabek", "Rustam", "Sherzod",
            "Dilshod", "Jamshid", "Temur", "Farrux", "Ulugʻbek", "Akmal", "Bekzod", "Islom", "Javlon", "Sanjar",
            "Shoxrux", "Zafar", "Alisher", "Nodir", "Anvar", "Botir", "Doston", "Eldor", "Gʻayrat", "Elyor",
            "Sharof", "Mirzo", "Eshonqul", "Ravshan", "Abdulla", "Muhammadyusuf", "Umid", "Oybek", "Shavkat",
            "Baxtiyor", "Xurshid", "Ilhom", "Qodir", "Yusuf", "Ibrohim", "Abbos", "Mansur", "Davron", "Hamid",
            "Toʻlqin", "Shuhrat", "Odil", "Komil", "Nurbek", "Asilbek", "Sarvar", "Azamat", "Rahim", "Laziz",
            "Muzaffar", "Erkin", "Zokir", "Poʻlat", "Yoqub", "Isʼhoq", "Mahmud", "Gʻulom", "Qahramon", "Shoʻhrat");
    static final List<Name> WOMEN = names("Dilnoza", "Gulnora", "Madina", "Nilufar", "Shahnoza", "Zarina",
            "Malika", "Feruza", "Kamola", "Sevara", "Nodira", "Dildora", "Mohira", "Barno", "Yulduz", "Lola",
            "Maftuna", "Nigora", "Umida", "Gulchehra", "Mohinur", "Oʻgʻiloy", "Shoira", "Zuhra", "Dilfuza",
            "Munisa", "Sitora", "Gulshan", "Mavluda", "Zebo", "Hilola", "Nargiza", "Saodat", "Ozoda", "Iroda",
            "Muxlisa", "Zulfiya", "Gavhar", "Maʼmura", "Robiya", "Mehriniso", "Sabina",
            "Charos", "Diyora", "Shaxzoda", "Rayhona", "Xadicha", "Oysha", "Yorqinoy", "Moʻtabar", "Guli");
    /** Family names in their men's form; women's add {@code -a} where the name ends in {@code -ov} or {@code -ev}. */
    static final List<Name> FAMILIES = names("Karimov", "Rahimov", "Yusupov", "Tursunov", "Abdullayev",
            "Ismoilov", "Nazarov", "Qodirov", "Saidov", "Mirzayev", "Xolmatov", "Ergashev", "Usmonov", "Aliyev",
            "Sobirov", "Hasanov", "Joʻrayev", "Poʻlatov", "Toshmatov", "Rustamov", "Umarov", "Sharipov",
            "Yoʻldoshev", "Qosimov", "Haydarov", "Normatov", "Yuldashev", "Eshonqulov", "Sheroziy", "Xoʻjayev",
            "Ahmedov", "Boboyev", "Davletov", "Fayzullayev", "Gʻofurov", "Hamroyev", "Islomov", "Jalilov",
            "Kamolov", "Latipov", "Mahmudov", "Nurmatov", "Oripov", "Qurbonov", "Rajabov", "Safarov", "Tojiyev",
            "Valiyev", "Xudoyberdiyev", "Yoqubov", "Zokirov", "Ochilov", "Shukurov", "Choriyev", "Ergashev",
            "Muminov", "Sultonov", "Egamberdiyev", "Akbarov", "Bahromov");

    private static final Name SON = Name.of("oʻgʻli");
    private static final Name DAUGHTER = Name.of("qizi");

    private NameTables() {
    }

    static Name pick(SplittableRandom random, List<Name> names) {
        return names.get(random.nextInt(names.size()));
    }

    static Name firstName(SplittableRandom random, Sex sex) {
        return pick(random, sex == Sex.MALE ? MEN : WOMEN);
    }

    /** The family name as a person of that sex bears it: Karimov, Karimova; Sheroziy for both. */
    static Name family(Name family, Sex sex) {
        if (sex == Sex.MALE || !family.latin().endsWith("v")) {
            return family;
        }
        return new Name(family.latin() + "a", family.cyrillic() + "а");
    }

    /** The patronymic from the father's first name: Akmal oʻgʻli, Akmal qizi. */
    static Name patronymic(Name father, Sex sex) {
        var suffix = sex == Sex.MALE ? SON : DAUGHTER;
        return new Name(father.latin() + " " + suffix.latin(), father.cyrillic() + " " + suffix.cyrillic());
    }

    static FullName latin(Name family, Name first, Name patronymic) {
        return new FullName(family.latin(), first.latin(), patronymic.latin());
    }

    static FullName cyrillic(Name family, Name first, Name patronymic) {
        return new FullName(family.cyrillic(), first.cyrillic(), patronymic.cyrillic());
    }

    private static List<Name> names(String... latin) {
        return java.util.Arrays.stream(latin).distinct().map(Name::of).toList();
    }
}
