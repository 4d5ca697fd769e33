package uz.yagona.registry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The real-estate cadastre (<i>Kadastr agentligi</i>): objects by cadastral number, their owners with shares
 * that always add up to exactly 1, and encumbrances (arrests, mortgages) with their basis. A write that would
 * break the share sum is refused with {@code cadastre.shares} and changes nothing.
 */
public interface Cadastre {

    /**
     * Objects of which the owner holds a share, with all their owners (the largest share first) and encumbrances
     * (the oldest first).
     */
    List<RealEstate> ownedBy(Owner owner);

    Optional<RealEstate> object(String cadastralNumber);

    /**
     * Records an arrest or a mortgage on the object. Fails with {@link RecordNotFoundException} for an unknown
     * cadastral number.
     */
    Encumbrance encumber(String cadastralNumber, Encumbrance.Kind kind, Basis basis);

    /**
     * Lifts an encumbrance on the given basis; it stays on record with its lift time. Fails with
     * {@link RecordNotFoundException} for an unknown id and {@code cadastre.already-lifted} for a lifted one.
     */
    void lift(UUID encumbranceId, Basis basis);

    /**
     * Registers a new object with its owners ({@link RealEstate}'s own checks include the share sum); its
     * encumbrances are not registered here but through {@link #encumber}. Fails with {@code cadastre.exists}
     * for a cadastral number already registered.
     */
    RealEstate register(RealEstate object, Basis basis);

    /**
     * Replaces the owners of an object (a sale, an inheritance, a gift), on a basis. The new shares must add up
     * to exactly 1 ({@code cadastre.shares}); an arrested object cannot change hands ({@code cadastre.arrested}).
     */
    RealEstate changeOwners(String cadastralNumber, List<Share> owners, Basis basis);
}
