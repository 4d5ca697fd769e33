package uz.yagona.shared;

/**
 * A first-level administrative unit — <i>viloyat</i>: one of 12 regions, the Republic of Karakalpakstan or
 * Tashkent city.
 */
public record Region(Soato soato, LocalizedText name) {

    public Region {
        if (!soato.isRegion()) {
            throw new InvalidValueException("soato.format", "a region's SOATO code has 4 digits", soato.value());
        }
    }
}
