package uz.yagona.shared;

/**
 * Code of an administrative unit in the national classifier — <i>MHOBT</i> (SOATO): {@code 17} for Uzbekistan,
 * two digits for the region (4 in all), then three more for a district, a city or a city district (7 in all).
 * The first four digits of a district's code are its region's code.
 */
public record Soato(String value) {

    public Soato {
        if (value == null || !value.matches("17[0-9]{2}(?:[0-9]{3})?")) {
            throw new InvalidValueException("soato.format", "a SOATO code has 4 or 7 digits and starts with 17",
                    value == null ? "" : value);
        }
    }

    /** A region's code: 4 digits. */
    public static Soato ofRegion(String value) {
        var soato = new Soato(value);
        if (!soato.isRegion()) {
            throw new InvalidValueException("soato.format", "a region's SOATO code has 4 digits", value);
        }
        return soato;
    }

    /** A district's, city's or city district's code: 7 digits. */
    public static Soato ofDistrict(String value) {
        var soato = new Soato(value);
        if (soato.isRegion()) {
            throw new InvalidValueException("soato.format", "a district's SOATO code has 7 digits", value);
        }
        return soato;
    }

    /** Whether this is the code of a first-level unit (region, republic or Tashkent city). */
    public boolean isRegion() {
        return value.length() == 4;
    }

    /** The first-level unit this code lies in; a region's code is its own region. */
    public Soato region() {
        return isRegion() ? this : new Soato(value.substring(0, 4));
    }

    @Override
    public String toString() {
        return value;
    }
}
