package uz.yagona.enforcement.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import uz.yagona.enforcement.ClaimType;

/**
 * Settings of enforcement, with the law each legal value comes from.
 *
 * @param publicBaseUrl where the public verification page is reached from outside, for the URL a writ's QR code
 *        carries
 * @param voluntaryDays the period the debtor has to pay voluntarily after the case opens, before measures: five
 *        days by the Law of the Republic of Uzbekistan "On the execution of judicial acts and acts of other bodies"
 *        No. 258-II of 29.08.2001 (as amended; the decision to open proceedings sets a period of up to five days
 *        for voluntary execution — article number to confirm against lex.uz)
 * @param system the client name under which enforcement's own systems (case opening, the robot) ask the exchange
 * @param baseCalculationValue the BCV by date: the travel-ban threshold is counted in it (5 BCV, Law No. 258-II as
 *        amended: no ban on leaving the country for a debt of at most five BCV, except alimony and other periodic
 *        payments); values from the Presidential decrees on wages and pensions (confirm against lex.uz)
 * @param minimumWage the minimum monthly wage by date: half of it on a person's accounts is protected from
 *        debit (Decree UP-1 of 03.01.2024 and Law No. 258-II as amended; confirm against lex.uz)
 * @param travelBanThresholdBcv the debt (in BCV) at or below which travel is not banned
 * @param depositAccount the bureau's deposit account that debits move money to, for distribution to creditors
 * @param feePercent the enforcement fee, in percent of the amount to recover, charged when the debtor did not pay
 *        within the voluntary period (Law No. 258-II as amended: five percent; confirm against lex.uz)
 * @param deductionPercent the share of a debtor's monthly salary an employer withholds under a deduction order, in
 *        general: up to fifty percent (Law No. 258-II as amended, the chapter on recovery from wages; article
 *        number to confirm against lex.uz)
 * @param deductionPriorityPercent the share withheld for alimony and for damages (harm to health, damage caused by
 *        a crime): up to seventy percent (Law No. 258-II as amended; confirm against lex.uz)
 */
@ConfigurationProperties("yagona.enforcement")
public record EnforcementSettings(@Nullable URI publicBaseUrl, @Nullable Integer voluntaryDays,
        @Nullable String system, @Nullable List<DatedValue> baseCalculationValue,
        @Nullable List<DatedValue> minimumWage, @Nullable Integer travelBanThresholdBcv,
        @Nullable String depositAccount, @Nullable BigDecimal feePercent, @Nullable BigDecimal deductionPercent,
        @Nullable BigDecimal deductionPriorityPercent) {

    /** The bureau of compulsory enforcement: its departments are {@code MBB.<region>.<district>}. */
    public static final String BUREAU = "MBB";

    /** The law under which the bureau acts, as the exchange logs it as legal basis. */
    public static final String LAW = "Law No. 258-II of 29.08.2001 \"On the execution of judicial acts and acts "
            + "of other bodies\"";

    /** Where the shares of salary withheld under a deduction order come from. */
    public static final String DEDUCTION_SOURCE = LAW + ", recovery from wages (up to 50 % in general, up to 70 % "
            + "for alimony and damages to health or from a crime; article to confirm on lex.uz)";

    /** The source of the dated BCV and minimum wage defaults; the decree's number is to confirm on lex.uz. */
    private static final String WAGE_DECREE = "Presidential decree raising wages, pensions and benefits, from ";

    public EnforcementSettings {
        publicBaseUrl = publicBaseUrl == null ? URI.create("http://localhost:8080") : publicBaseUrl;
        voluntaryDays = voluntaryDays == null ? 5 : voluntaryDays;
        if (voluntaryDays < 0 || voluntaryDays > 60) {
            throw new IllegalArgumentException("yagona.enforcement.voluntary-days must be 0..60");
        }
        system = system == null || system.isBlank() ? "yagona-enforcement" : system;
        baseCalculationValue = baseCalculationValue == null || baseCalculationValue.isEmpty() ? List.of(
                new DatedValue(LocalDate.of(2023, 6, 1), 330_000, WAGE_DECREE + "01.06.2023"),
                new DatedValue(LocalDate.of(2024, 10, 1), 375_000, WAGE_DECREE + "01.10.2024"),
                new DatedValue(LocalDate.of(2025, 8, 1), 412_000, WAGE_DECREE + "01.08.2025"))
                : List.copyOf(baseCalculationValue);
        minimumWage = minimumWage == null || minimumWage.isEmpty() ? List.of(
                new DatedValue(LocalDate.of(2023, 6, 1), 980_000, WAGE_DECREE + "01.06.2023"),
                new DatedValue(LocalDate.of(2024, 10, 1), 1_050_000, WAGE_DECREE + "01.10.2024"),
                new DatedValue(LocalDate.of(2025, 8, 1), 1_271_000, WAGE_DECREE + "01.08.2025"))
                : List.copyOf(minimumWage);
        travelBanThresholdBcv = travelBanThresholdBcv == null ? 5 : travelBanThresholdBcv;
        feePercent = feePercent == null ? new BigDecimal("5") : feePercent;
        if (feePercent.signum() < 0 || feePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("yagona.enforcement.fee-percent must be 0..100");
        }
        deductionPercent = percent(deductionPercent, "50", "deduction-percent");
        deductionPriorityPercent = percent(deductionPriorityPercent, "70", "deduction-priority-percent");
        depositAccount = depositAccount == null || depositAccount.isBlank() ? "23402000300100001010" : depositAccount;
    }

    private static BigDecimal percent(@Nullable BigDecimal value, String fallback, String name) {
        var percent = value == null ? new BigDecimal(fallback) : value;
        if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("yagona.enforcement." + name + " must be above 0 and at most 100");
        }
        return percent;
    }

    /** The share of the salary an employer withholds for a claim: more for alimony and damages. */
    public BigDecimal deductionPercentFor(ClaimType claim) {
        return switch (claim) {
            case ALIMONY, DAMAGES -> deductionPriorityPercent;
            default -> deductionPercent;
        };
    }

    /** The BCV in force on {@code day}. */
    public DatedValue bcvOn(LocalDate day) {
        return DatedValue.on(baseCalculationValue, day);
    }

    /** The minimum wage in force on {@code day}. */
    public DatedValue minimumWageOn(LocalDate day) {
        return DatedValue.on(minimumWage, day);
    }

    /** The verification page of one writ: what its QR code carries. */
    public String verificationUrl(String number) {
        return String.valueOf(publicBaseUrl).replaceAll("/+$", "") + "/enforcement/writs/verify?number=" + number;
    }
}
