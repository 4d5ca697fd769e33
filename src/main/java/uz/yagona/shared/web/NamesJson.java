package uz.yagona.shared.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import uz.yagona.shared.LocalizedText;

/** A name in the four languages, keyed by BCP 47 tag so that clients can pick the form for their locale. */
record NamesJson(
        @JsonProperty("uz-Latn") String uzLatn,
        @JsonProperty("uz-Cyrl") String uzCyrl,
        @JsonProperty("ru") String ru,
        @JsonProperty("en") String en) {

    static NamesJson of(LocalizedText text) {
        return new NamesJson(text.uzLatn(), text.uzCyrl(), text.ru(), text.en());
    }
}
