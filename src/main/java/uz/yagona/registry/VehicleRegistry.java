package uz.yagona.registry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The traffic police's vehicle registry: registrations by VIN, owners, and arrests with their basis. */
public interface VehicleRegistry {

    /** Vehicles registered to the owner, with their arrests. */
    List<Vehicle> ownedBy(Owner owner);

    Optional<Vehicle> vehicle(String vin);

    /** Arrests the vehicle; fails with {@link RecordNotFoundException} for an unknown VIN. */
    VehicleArrest arrest(String vin, Basis basis);

    /**
     * Lifts an arrest; unknown ids are {@link RecordNotFoundException}s, lifted ones {@code vehicles.already-lifted}.
     */
    void lift(UUID arrestId, Basis basis);
}
