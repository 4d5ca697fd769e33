package uz.yagona.appeals;

import java.util.Optional;

/** What an appeal is about: the fixed list of topics that route an appeal to the body that answers for it. */
public enum Topic {
    ELECTRICITY("electricity"),
    GAS("gas"),
    WATER("water"),
    ROADS_TRANSPORT("roads-transport"),
    HOUSING_UTILITIES("housing-utilities"),
    LAND("land"),
    HEALTHCARE("healthcare"),
    EDUCATION("education"),
    SOCIAL_PROTECTION("social-protection"),
    EMPLOYMENT("employment"),
    TAXES("taxes"),
    PUBLIC_ORDER("public-order"),
    COURTS_ENFORCEMENT("courts-enforcement"),
    PENITENTIARY("penitentiary"),
    BUSINESS("business"),
    BANKING_FINANCE("banking-finance"),
    ENVIRONMENT("environment"),
    CORRUPTION("corruption"),
    /** Passports, ID cards and the civil registry. */
    DOCUMENTS("documents"),
    TELECOM_INTERNET("telecom-internet");

    private final String code;

    Topic(String code) {
        this.code = code;
    }

    /** The code shown in the API and used in the corpus, such as {@code roads-transport}. */
    public String code() {
        return code;
    }

    public static Optional<Topic> ofCode(String code) {
        for (var topic : values()) {
            if (topic.code.equals(code)) {
                return Optional.of(topic);
            }
        }
        return Optional.empty();
    }
}
