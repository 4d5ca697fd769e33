package uz.yagona.appeals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uz.yagona.appeals.Routing.Level;
import uz.yagona.appeals.Topic;
import uz.yagona.shared.District;
import uz.yagona.shared.Divisions;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.LocalizedText;
import uz.yagona.shared.Region;
import uz.yagona.shared.Soato;

/** Every topic of the routing table names a body in four languages at the level the table gives it. */
class RoutingTableTests {

    static final Region TASHKENT = new Region(new Soato("1726"),
            new LocalizedText("Toshkent shahri", "Тошкент шаҳри", "город Ташкент", "Tashkent city"));
    static final District YUNUSOBOD = new District(new Soato("1726266"), District.Kind.CITY_DISTRICT,
            new LocalizedText("Yunusobod tumani", "Юнусобод тумани", "Юнусабадский район", "Yunusobod district"));

    /** The two places the tests use, as the shared module's reference data would give them. */
    static final Divisions PLACES = new Divisions() {
        @Override
        public List<Region> regions() {
            return List.of(TASHKENT);
        }

        @Override
        public Optional<Region> region(Soato soato) {
            return soato.equals(TASHKENT.soato()) ? Optional.of(TASHKENT) : Optional.empty();
        }

        @Override
        public List<District> districtsOf(Soato region) {
            return region.equals(TASHKENT.soato()) ? List.of(YUNUSOBOD) : List.of();
        }

        @Override
        public Optional<District> district(Soato soato) {
            return soato.equals(YUNUSOBOD.soato()) ? Optional.of(YUNUSOBOD) : Optional.empty();
        }
    };

    final RoutingTable routing = new RoutingTable(PLACES);

    @Test
    void everyTopicRoutesFromADistrictToABodyNamedWithThePlaceInEveryLanguage() {
        for (var topic : Topic.values()) {
            var body = routing.responsibleFor(topic, YUNUSOBOD.soato());
            var name = body.name();
            switch (body.level()) {
                case DISTRICT -> {
                    assertThat(body.code()).as(topic.code()).endsWith(".1726.1726266");
                    assertThat(name.uzLatn()).contains("Yunusobod");
                    assertThat(name.uzCyrl()).contains("Юнусобод");
                    assertThat(name.ru()).contains("Юнусабад");
                    assertThat(name.en()).contains("Yunusobod");
                }
                case REGIONAL -> {
                    assertThat(body.code()).as(topic.code()).endsWith(".1726");
                    assertThat(name.uzLatn()).contains("Toshkent");
                    assertThat(name.ru()).contains("Ташкент");
                }
                case NATIONAL -> assertThat(body.code()).as(topic.code()).doesNotContain("1726");
            }
            assertThat(name.uzCyrl().chars().filter(c -> c < 128 && Character.isLetter(c)).count())
                    .as(name.uzCyrl()).isZero();
            assertThat(List.of(name.uzLatn(), name.uzCyrl(), name.ru(), name.en())).noneMatch(n -> n.contains("{"));
        }
    }

    @Test
    void courtsAndEnforcementGoToTheDistrictDepartmentOfTheEnforcementBureau() {
        var body = routing.responsibleFor(Topic.COURTS_ENFORCEMENT, YUNUSOBOD.soato());
        assertThat(body.code()).isEqualTo("MBB.1726.1726266");
        assertThat(body.level()).isEqualTo(Level.DISTRICT);
        assertThat(routing.responsibleFor(Topic.PENITENTIARY, YUNUSOBOD.soato()).level()).isEqualTo(Level.NATIONAL);
    }

    @Test
    void withoutAPlaceEveryTopicGoesToItsNationalBody() {
        for (var topic : Topic.values()) {
            var body = routing.responsibleFor(topic, null);
            assertThat(body.level()).isEqualTo(Level.NATIONAL);
            assertThat(body.soato()).isNull();
            assertThat(body.code()).doesNotContain(".17");
        }
    }

    @Test
    void anUnknownPlaceIsRefusedWhateverTheTopic() {
        for (var topic : List.of(Topic.ELECTRICITY, Topic.HEALTHCARE, Topic.PENITENTIARY)) {
            assertThatThrownBy(() -> routing.responsibleFor(topic, new Soato("1799999")))
                    .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("rule",
                            "appeals.district.unknown");
        }
    }
}
