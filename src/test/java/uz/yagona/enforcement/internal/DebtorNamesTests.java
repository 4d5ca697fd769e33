package uz.yagona.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uz.yagona.shared.InvalidValueException;

/** The spellings of one name that people type share one search key; different names do not. */
class DebtorNamesTests {

    @Test
    void latinCyrillicRussianCaseSpacesAndApostrophesGiveOneKey() {
        var stored = DebtorNames.ofWrit("Karimov Jasur Anvarovich");
        assertThat(stored).isNotNull();
        for (var typed : new String[] {"KARIMOV  Jasur", "Каримов Жасур", "karimov jasur anvarovich",
            "  каримов   ЖАСУР  Анварович ", "Karimov Jasur Anvar oʻgʻli"}) {
            var key = DebtorNames.ofQuery(typed);
            assertThat(key.name()).as(typed).isEqualTo(stored.name());
            assertThat(DebtorNames.patronymicAgrees(key.patronymic(), stored.patronymic())).as(typed).isTrue();
        }
    }

    @Test
    void uzbekLettersMatchTheirRussianSpellingAndEveryApostrophe() {
        var stored = DebtorNames.ofWrit("Oʻrinboyev Gʻayrat Xolmatovich").name();
        assertThat(DebtorNames.ofQuery("Уринбаев Гайрат").name()).isEqualTo(stored);
        assertThat(DebtorNames.ofQuery("ЎРИНБОЕВ Ғайрат").name()).isEqualTo(stored);
        for (var apostrophe : new String[] {"ʻ", "ʼ", "'", "`", "‘", "’"}) {
            assertThat(DebtorNames.ofQuery("O" + apostrophe + "rinboyev G" + apostrophe + "ayrat").name())
                    .as(apostrophe).isEqualTo(stored);
        }
        assertThat(DebtorNames.ofWrit("Ҳасанов Шоҳрух").name()).isEqualTo(DebtorNames.ofQuery("Хасанов Шохрух").name())
                .isEqualTo(DebtorNames.ofQuery("Hasanov Shoxrux").name());
        assertThat(DebtorNames.ofQuery("Абдуллаев Джасур").name()).isEqualTo(DebtorNames.ofQuery("Abdullayev Jasur")
                .name());
    }

    @Test
    void givenNameFirstIsFoundThroughTheSwappedKey() {
        var key = DebtorNames.ofQuery("Jasur Karimov");
        assertThat(key.swapped()).isEqualTo(DebtorNames.ofWrit("Karimov Jasur").name());
    }

    @Test
    void differentNamesOrPatronymicsDoNotMatch() {
        assertThat(DebtorNames.ofQuery("Karimov Jasur").name()).isNotEqualTo(DebtorNames.ofQuery("Karimov Javlon")
                .name());
        var stored = DebtorNames.ofWrit("Karimov Jasur Anvarovich");
        assertThat(DebtorNames.patronymicAgrees(DebtorNames.ofQuery("Karimov Jasur Botirovich").patronymic(),
                stored.patronymic())).isFalse();
    }

    @Test
    void aNameWithoutSurnameAndGivenNameOrTooLongIsRefused() {
        assertThatThrownBy(() -> DebtorNames.ofQuery("Karimov")).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("enforcement.search.nameShort");
        assertThatThrownBy(() -> DebtorNames.ofQuery("K J")).extracting(e -> ((InvalidValueException) e).rule())
                .isEqualTo("enforcement.search.nameShort");
        assertThatThrownBy(() -> DebtorNames.ofQuery("' ` ’")).extracting(e -> ((InvalidValueException) e).rule())
                .isEqualTo("enforcement.search.nameShort");
        assertThatThrownBy(() -> DebtorNames.ofQuery("a".repeat(101))).extracting(
                e -> ((InvalidValueException) e).rule()).isEqualTo("enforcement.search.nameLong");
        assertThatThrownBy(() -> DebtorNames.ofQuery("ab cd ef gh ij kl mn")).extracting(
                e -> ((InvalidValueException) e).rule()).isEqualTo("enforcement.search.nameLong");
    }
}
