package uz.yagona.appeals;

import java.util.List;

/** The fixed topics every appeal is classified to, by code; {@code documents} covers passports and civil status. */
public final class TopicCodes {

    public static final List<String> ALL = List.of("electricity", "gas", "water", "roads-transport",
            "housing-utilities", "land", "healthcare", "education", "social-protection", "employment", "taxes",
            "public-order", "courts-enforcement", "penitentiary", "business", "banking-finance", "environment",
            "corruption", "documents", "telecom-internet");

    private TopicCodes() {
    }
}
