package uz.yagona.appeals.internal;

/** The four forms of language the corpus is written in; the codes are those of the corpus files. */
public enum LanguageForm {
    UZ_LATN("uz-Latn"), UZ_CYRL("uz-Cyrl"), RU("ru"), EN("en");

    private final String code;

    LanguageForm(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static LanguageForm ofCode(String code) {
        for (var form : values()) {
            if (form.code.equals(code)) {
                return form;
            }
        }
        throw new IllegalArgumentException("unknown language form " + code);
    }
}
