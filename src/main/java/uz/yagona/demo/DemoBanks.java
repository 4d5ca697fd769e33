package uz.yagona.demo;

import java.util.List;
import java.util.SplittableRandom;
import uz.yagona.registry.Bank;
import uz.yagona.shared.LocalizedText;

/**
 * Ten Uzbek commercial banks, by their head offices. The names are the banks' own; the MFO codes are demo
 * values in the right format, not necessarily the codes those banks use in the clearing.
 */
final class DemoBanks {

    static final List<Bank> ALL = List.of(
            bank("00450", "Oʻzbekiston Milliy banki", "Национальный банк Узбекистана", "National Bank of Uzbekistan"),
            bank("00869", "Xalq banki", "Народный банк", "Xalq Bank"),
            bank("00394", "Agrobank", "Агробанк", "Agrobank"),
            bank("00419", "Ipoteka-bank", "Ипотека-банк", "Ipoteka-bank"),
            bank("01158", "Kapitalbank", "Капиталбанк", "Kapitalbank"),
            bank("00083", "Hamkorbank", "Хамкорбанк", "Hamkorbank"),
            bank("00873", "Asakabank", "Асакабанк", "Asakabank"),
            bank("00491", "Oʻzsanoatqurilishbank (SQB)", "Узпромстройбанк (SQB)", "Uzpromstroybank (SQB)"),
            bank("01183", "TBC Bank", "ТБС Банк", "TBC Bank"),
            bank("01185", "Anorbank", "Анорбанк", "Anorbank"));

    /** Rough shares of accounts, in the order above: the state banks hold most. */
    private static final int[] WEIGHTS = {20, 12, 12, 10, 12, 8, 6, 8, 7, 5};
    private static final int TOTAL = java.util.Arrays.stream(WEIGHTS).sum();

    private DemoBanks() {
    }

    static Bank pick(SplittableRandom random) {
        var ticket = random.nextInt(TOTAL);
        for (var i = 0; i < WEIGHTS.length; i++) {
            ticket -= WEIGHTS[i];
            if (ticket < 0) {
                return ALL.get(i);
            }
        }
        return ALL.getFirst();
    }

    private static Bank bank(String mfo, String uzLatn, String ru, String en) {
        return new Bank(mfo, LocalizedText.transliterated(uzLatn, ru, en));
    }
}
