package uz.yagona.shared;

/** A second-level administrative unit — <i>tuman</i> or <i>shahar</i>: a district, a city or a city district. */
public record District(Soato soato, Kind kind, LocalizedText name) {

    /** What sort of unit it is; the codes are those stored in the database and shown in the API. */
    public enum Kind {
        /** A rural district — <i>tuman</i>. */
        DISTRICT("district"),
        /** A city of regional subordination — <i>shahar</i>. */
        CITY("city"),
        /** A district of Tashkent city — <i>shahar tumani</i>. */
        CITY_DISTRICT("city_district");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Kind ofCode(String code) {
            for (var kind : values()) {
                if (kind.code.equals(code)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown district kind " + code);
        }
    }

    public District {
        if (soato.isRegion()) {
            throw new InvalidValueException("soato.format", "a district's SOATO code has 7 digits", soato.value());
        }
    }

    /** The code of the region the district lies in. */
    public Soato region() {
        return soato.region();
    }
}
