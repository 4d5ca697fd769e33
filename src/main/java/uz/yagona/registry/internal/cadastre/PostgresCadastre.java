package uz.yagona.registry.internal.cadastre;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.registry.Basis;
import uz.yagona.registry.Cadastre;
import uz.yagona.registry.Encumbrance;
import uz.yagona.registry.Owner;
import uz.yagona.registry.RealEstate;
import uz.yagona.registry.RecordNotFoundException;
import uz.yagona.registry.Share;
import uz.yagona.registry.internal.Columns;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;
import uz.yagona.shared.Soato;

/**
 * The cadastre in PostgreSQL. A change of an object's owners or encumbrances locks the object's row first, so
 * two changes of one object never interleave; the new owners' shares are checked to add up to exactly 1 before
 * anything is written.
 */
@Service
@Transactional
class PostgresCadastre implements Cadastre {

    private final JdbcClient jdbc;

    PostgresCadastre(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RealEstate> ownedBy(Owner owner) {
        var numbers = jdbc.sql("select cadastral_number from registry.real_estate_share where "
                        + Columns.ownerColumn(owner) + " = ? order by cadastral_number")
                .param(Columns.ownerValue(owner)).query(String.class).list();
        return objects(numbers);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RealEstate> object(String cadastralNumber) {
        RealEstate.requireCadastralNumber(cadastralNumber);
        return objects(List.of(cadastralNumber)).stream().findFirst();
    }

    @Override
    public Encumbrance encumber(String cadastralNumber, Encumbrance.Kind kind, Basis basis) {
        lock(cadastralNumber);
        var encumbrance = new Encumbrance(UUID.randomUUID(), kind, basis, Columns.now(), null);
        jdbc.sql("""
                insert into registry.encumbrance (id, cadastral_number, kind, agency_code, document, case_reference,
                                                  imposed_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(encumbrance.id(), cadastralNumber, kind.name(), basis.agencyCode(), basis.document(),
                        basis.caseReference(), Columns.timestamp(encumbrance.imposedAt()))
                .update();
        return encumbrance;
    }

    @Override
    public void lift(UUID encumbranceId, Basis basis) {
        var number = jdbc.sql("select cadastral_number from registry.encumbrance where id = ?").param(encumbranceId)
                .query(String.class).optional()
                .orElseThrow(() -> new RecordNotFoundException("cadastre.unknown-encumbrance", "no such encumbrance",
                        encumbranceId.toString()));
        lock(number);
        var lifted = jdbc.sql("""
                update registry.encumbrance set lifted_at = ?, lift_agency_code = ?, lift_document = ?, lift_case = ?
                where id = ? and lifted_at is null""")
                .params(Columns.timestamp(Columns.now()), basis.agencyCode(), basis.document(), basis.caseReference(),
                        encumbranceId)
                .update();
        if (lifted == 0) {
            throw new InvalidValueException("cadastre.already-lifted", "the encumbrance was lifted before",
                    encumbranceId.toString());
        }
    }

    @Override
    public RealEstate register(RealEstate object, Basis basis) {
        try {
            jdbc.sql("""
                    insert into registry.real_estate (cadastral_number, kind, district, address, area_m2,
                                                      cadastral_value)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(object.cadastralNumber(), object.kind().name(), object.district().value(),
                            object.address(), object.areaM2(), object.cadastralValue().tiyin())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidValueException("cadastre.exists", "the cadastral number is registered already",
                    object.cadastralNumber());
        }
        writeOwners(object.cadastralNumber(), object.owners(), basis);
        return object(object.cadastralNumber()).orElseThrow();
    }

    @Override
    public RealEstate changeOwners(String cadastralNumber, List<Share> owners, Basis basis) {
        Share.requireWhole(owners);
        lock(cadastralNumber);
        var arrested = jdbc.sql("""
                select exists (select 1 from registry.encumbrance
                               where cadastral_number = ? and kind = 'ARREST' and lifted_at is null)""")
                .param(cadastralNumber).query(Boolean.class).single();
        if (arrested) {
            throw new InvalidValueException("cadastre.arrested", "an arrested object cannot change hands",
                    cadastralNumber);
        }
        jdbc.sql("delete from registry.real_estate_share where cadastral_number = ?").param(cadastralNumber).update();
        writeOwners(cadastralNumber, owners, basis);
        return object(cadastralNumber).orElseThrow();
    }

    private void writeOwners(String cadastralNumber, List<Share> owners, Basis basis) {
        Share.requireWhole(owners);
        for (var share : owners) {
            jdbc.sql("""
                    insert into registry.real_estate_share (cadastral_number, owner_pinfl, owner_stir, numerator,
                                                            denominator)
                    values (?, ?, ?, ?, ?)""")
                    .params(cadastralNumber, Columns.pinflOf(share.owner()), Columns.stirOf(share.owner()),
                            share.numerator(), share.denominator())
                    .update();
        }
        var described = owners.stream()
                .map(share -> Columns.ownerValue(share.owner()) + " " + share.numerator() + "/" + share.denominator())
                .collect(Collectors.joining("; "));
        jdbc.sql("""
                insert into registry.title_record (cadastral_number, owners, agency_code, document, case_reference,
                                                   recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(cadastralNumber, described, basis.agencyCode(), basis.document(), basis.caseReference(),
                        Columns.timestamp(Columns.now()))
                .update();
    }

    private void lock(String cadastralNumber) {
        RealEstate.requireCadastralNumber(cadastralNumber);
        jdbc.sql("select cadastral_number from registry.real_estate where cadastral_number = ? for update")
                .param(cadastralNumber).query(String.class).optional()
                .orElseThrow(() -> new RecordNotFoundException("cadastre.unknown-object", "no such object",
                        cadastralNumber));
    }

    /** The objects with their owners and encumbrances: three queries, whatever the number of objects. */
    private List<RealEstate> objects(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        var owners = new LinkedHashMap<String, List<Share>>();
        jdbc.sql("""
                select cadastral_number, owner_pinfl, owner_stir, numerator, denominator
                from registry.real_estate_share where cadastral_number in (:numbers)
                order by cadastral_number, numerator::numeric / denominator desc, owner_pinfl, owner_stir""")
                .param("numbers", numbers)
                .query(row -> {
                    owners.computeIfAbsent(row.getString("cadastral_number"), n -> new ArrayList<>())
                            .add(new Share(Columns.owner(row), row.getInt("numerator"), row.getInt("denominator")));
                });
        Map<String, List<Encumbrance>> encumbrances = new LinkedHashMap<>();
        jdbc.sql("""
                select id, cadastral_number, kind, agency_code, document, case_reference, imposed_at, lifted_at
                from registry.encumbrance where cadastral_number in (:numbers) order by imposed_at, id""")
                .param("numbers", numbers)
                .query(row -> {
                    encumbrances.computeIfAbsent(row.getString("cadastral_number"), n -> new ArrayList<>())
                            .add(new Encumbrance(row.getObject("id", UUID.class),
                                    Encumbrance.Kind.valueOf(row.getString("kind")), Columns.basis(row),
                                    Columns.instant(row, "imposed_at"), Columns.nullableInstant(row, "lifted_at")));
                });
        return jdbc.sql("""
                select cadastral_number, kind, district, address, area_m2, cadastral_value
                from registry.real_estate where cadastral_number in (:numbers) order by cadastral_number""")
                .param("numbers", numbers)
                .query((row, n) -> {
                    var number = row.getString("cadastral_number");
                    return new RealEstate(number, RealEstate.Kind.valueOf(row.getString("kind")),
                            new Soato(row.getString("district")), row.getString("address"),
                            row.getBigDecimal("area_m2"), Money.ofTiyin(row.getLong("cadastral_value")),
                            owners.getOrDefault(number, List.of()), encumbrances.getOrDefault(number, List.of()));
                })
                .list();
    }
}
