package uz.yagona.appeals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.yagona.appeals.InvalidAppeal;
import uz.yagona.appeals.internal.Analytics;

/** The map's projection and circles, and the period the figures take, without the application. */
class PlaceMapTests {

    @Test
    void theBoundingBoxFillsTheMapAndTashkentLiesEastOfSamarkand() {
        assertThat(PlaceMap.x(55.9)).isZero();
        assertThat(PlaceMap.x(73.3)).isEqualTo(PlaceMap.WIDTH);
        assertThat(PlaceMap.y(45.7)).isZero();
        assertThat(PlaceMap.y(37.0)).isBetween(PlaceMap.HEIGHT - 1, PlaceMap.HEIGHT);
        assertThat(PlaceMap.x(69.28)).isGreaterThan(PlaceMap.x(66.96));
        assertThat(PlaceMap.y(41.31)).isLessThan(PlaceMap.y(39.65));
    }

    @Test
    void theDistrictWithMostAppealsHasTheLargestCircleAndIsDrawnFirst() {
        var map = PlaceMap.of(List.of(new Analytics.Spot("1735222", 1, 43.77, 59.02),
                new Analytics.Spot("1726266", 16, 41.36, 69.28)), code -> "D" + code, code -> "R" + code);
        assertThat(map.circles()).extracting(PlaceMap.Circle::district).containsExactly("1726266", "1735222");
        assertThat(map.circles().get(0).r()).isEqualTo(22);
        assertThat(map.circles().get(1).r()).isEqualTo(9);
        assertThat(map.circles().get(1).name()).isEqualTo("D1735222");
        assertThat(map.towns()).allSatisfy(town -> {
            assertThat(town.x()).isBetween(0, PlaceMap.WIDTH);
            assertThat(town.labelY()).isBetween(0, PlaceMap.HEIGHT);
        });
    }

    @Test
    void thePeriodIsTheLast90DaysUnlessGivenAndAtMostThreeYears() {
        var today = LocalDate.of(2026, 11, 25);
        assertThat(Period.of(null, "", today)).isEqualTo(new Period(today.minusDays(90), today));
        assertThat(Period.of(null, "2026-01-31", today)).isEqualTo(new Period(LocalDate.of(2025, 11, 2),
                LocalDate.of(2026, 1, 31)));
        assertThatThrownBy(() -> Period.of("2026-11-02", "2026-11-01", today)).isInstanceOfSatisfying(
                InvalidAppeal.class, invalid -> assertThat(invalid.fields()).containsOnlyKeys("from"));
        assertThatThrownBy(() -> Period.of("2023-01-01", "2026-11-01", today)).isInstanceOfSatisfying(
                InvalidAppeal.class, invalid -> assertThat(invalid.fields()).containsOnlyKeys("from"));
        assertThatThrownBy(() -> Period.of("31.12.2025", "+12026-01-01", today)).isInstanceOfSatisfying(
                InvalidAppeal.class, invalid -> assertThat(invalid.fields()).containsOnlyKeys("from", "to"));
    }
}
