package uz.yagona.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uz.yagona.shared.InvalidValueException;

/**
 * A vehicle registered with the traffic police by its VIN (17 characters, no I, O or Q), with its number plate,
 * owner and arrests, lifted ones included.
 */
public record Vehicle(String vin, String plate, String make, String model, int year, String colour, Owner owner,
        LocalDate registeredOn, List<VehicleArrest> arrests) {

    public Vehicle {
        requireVin(vin);
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(registeredOn, "registeredOn");
        for (var part : new String[] {plate, make, model, colour}) {
            if (part == null || part.isBlank()) {
                throw new InvalidValueException("vehicles.incomplete", "plate, make, model and colour are required",
                        vin);
            }
        }
        if (year < 1900 || year > 2200) {
            throw new InvalidValueException("vehicles.year", "not a model year", year);
        }
        arrests = List.copyOf(arrests);
    }

    /** Refuses anything but a 17-character VIN (ISO 3779). */
    public static String requireVin(String vin) {
        if (vin == null || !vin.matches("[A-HJ-NPR-Z0-9]{17}")) {
            throw new InvalidValueException("vehicles.vin", "a VIN has 17 letters and digits, without I, O and Q",
                    String.valueOf(vin));
        }
        return vin;
    }

    /** Whether an arrest forbids selling or re-registering the vehicle. */
    public boolean isArrested() {
        return arrests.stream().anyMatch(VehicleArrest::isActive);
    }
}
