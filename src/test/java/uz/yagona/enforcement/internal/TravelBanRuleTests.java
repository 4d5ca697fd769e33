package uz.yagona.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uz.yagona.enforcement.ClaimType;
import uz.yagona.shared.Money;

class TravelBanRuleTests {

    private static final Money BCV = Money.ofSoum(412_000);

    @Test
    void aPersonOwingMoreThanFiveBcvNotCoveredByArrestsIsBanned() {
        var outcome = TravelBanRule.decide(true, ClaimType.MONEY_RECOVERY, Money.ofSoum(2_060_001), Money.ZERO, BCV,
                5);
        assertThat(outcome.ban()).isTrue();
        assertThat(outcome.reason()).contains("exceeds 5 BCV (2060000.00 UZS)");
    }

    @Test
    void aDebtOfExactlyFiveBcvIsNotBannedUnlessItIsAlimony() {
        var fiveBcv = Money.ofSoum(2_060_000);
        assertThat(TravelBanRule.decide(true, ClaimType.FINE, fiveBcv, Money.ZERO, BCV, 5).ban()).isFalse();
        var alimony = TravelBanRule.decide(true, ClaimType.ALIMONY, Money.ofSoum(100_000), Money.ZERO, BCV, 5);
        assertThat(alimony.ban()).isTrue();
        assertThat(alimony.reason()).contains("is alimony");
    }

    @Test
    void entitiesAreNeverBannedNorIsAnyoneWhoseArrestedPropertyCoversTheDebtOrWhoOwesNothing() {
        var large = Money.ofSoum(500_000_000);
        assertThat(TravelBanRule.decide(false, ClaimType.DAMAGES, large, Money.ZERO, BCV, 5).ban()).isFalse();
        assertThat(TravelBanRule.decide(true, ClaimType.ALIMONY, large, large, BCV, 5).ban()).isFalse();
        assertThat(TravelBanRule.decide(true, ClaimType.ALIMONY, large, large.minus(Money.ofTiyin(1)), BCV, 5).ban())
                .isTrue();
        assertThat(TravelBanRule.decide(true, ClaimType.MONEY_RECOVERY, Money.ZERO, Money.ZERO, BCV, 5).ban())
                .isFalse();
    }
}
