package uz.yagona.registry.internal.vehicles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.registry.Basis;
import uz.yagona.registry.Owner;
import uz.yagona.registry.RecordNotFoundException;
import uz.yagona.registry.Vehicle;
import uz.yagona.registry.VehicleArrest;
import uz.yagona.registry.VehicleRegistry;
import uz.yagona.registry.internal.Columns;
import uz.yagona.shared.InvalidValueException;

/** The vehicle registry in PostgreSQL; an arrest or a lift locks the vehicle's row first. */
@Service
@Transactional
class PostgresVehicleRegistry implements VehicleRegistry {

    private final JdbcClient jdbc;

    PostgresVehicleRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Vehicle> ownedBy(Owner owner) {
        var vins = jdbc.sql("select vin from registry.vehicle where " + Columns.ownerColumn(owner) + " = ?")
                .param(Columns.ownerValue(owner)).query(String.class).list();
        return vehicles(vins);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Vehicle> vehicle(String vin) {
        Vehicle.requireVin(vin);
        return vehicles(List.of(vin)).stream().findFirst();
    }

    @Override
    public VehicleArrest arrest(String vin, Basis basis) {
        lock(vin);
        var arrest = new VehicleArrest(UUID.randomUUID(), basis, Columns.now(), null);
        jdbc.sql("""
                insert into registry.vehicle_arrest (id, vin, agency_code, document, case_reference, imposed_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(arrest.id(), vin, basis.agencyCode(), basis.document(), basis.caseReference(),
                        Columns.timestamp(arrest.imposedAt()))
                .update();
        return arrest;
    }

    @Override
    public void lift(UUID arrestId, Basis basis) {
        var vin = jdbc.sql("select vin from registry.vehicle_arrest where id = ?").param(arrestId)
                .query(String.class).optional()
                .orElseThrow(() -> new RecordNotFoundException("vehicles.unknown-arrest", "no such arrest",
                        arrestId.toString()));
        lock(vin);
        var lifted = jdbc.sql("""
                update registry.vehicle_arrest set lifted_at = ?, lift_agency_code = ?, lift_document = ?,
                                                   lift_case = ?
                where id = ? and lifted_at is null""")
                .params(Columns.timestamp(Columns.now()), basis.agencyCode(), basis.document(), basis.caseReference(),
                        arrestId)
                .update();
        if (lifted == 0) {
            throw new InvalidValueException("vehicles.already-lifted", "the arrest was lifted before",
                    arrestId.toString());
        }
    }

    private void lock(String vin) {
        Vehicle.requireVin(vin);
        jdbc.sql("select vin from registry.vehicle where vin = ? for update").param(vin).query(String.class)
                .optional()
                .orElseThrow(() -> new RecordNotFoundException("vehicles.unknown-vehicle", "no such vehicle", vin));
    }

    private List<Vehicle> vehicles(Collection<String> vins) {
        if (vins.isEmpty()) {
            return List.of();
        }
        var arrests = new LinkedHashMap<String, List<VehicleArrest>>();
        jdbc.sql("""
                select id, vin, agency_code, document, case_reference, imposed_at, lifted_at
                from registry.vehicle_arrest where vin in (:vins) order by imposed_at, id""")
                .param("vins", vins)
                .query(row -> {
                    arrests.computeIfAbsent(row.getString("vin"), v -> new ArrayList<>())
                            .add(new VehicleArrest(row.getObject("id", UUID.class), Columns.basis(row),
                                    Columns.instant(row, "imposed_at"), Columns.nullableInstant(row, "lifted_at")));
                });
        return jdbc.sql("""
                select vin, plate, make, model, year, colour, owner_pinfl, owner_stir, registered_on
                from registry.vehicle where vin in (:vins) order by registered_on, vin""")
                .param("vins", vins)
                .query((row, n) -> new Vehicle(row.getString("vin"), row.getString("plate"), row.getString("make"),
                        row.getString("model"), row.getInt("year"), row.getString("colour"), Columns.owner(row),
                        row.getObject("registered_on", LocalDate.class),
                        arrests.getOrDefault(row.getString("vin"), List.of())))
                .list();
    }
}
