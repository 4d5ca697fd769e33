package uz.yagona.shared;

/** Provisional: replaced by the full transliteration on merge. */
public final class UzbekScript {
    private UzbekScript() {
    }

    public static String toCyrillic(String latin) {
        return latin;
    }

    public static String toLatin(String cyrillic) {
        return cyrillic;
    }

    public static boolean isCyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }
}
