package uz.yagona.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.identity.LegalEntities;
import uz.yagona.identity.LegalEntity;
import uz.yagona.identity.Persons;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;
import uz.yagona.shared.Stir;

/** The national ID for integrators: number checks, the caller's own record, and organisations for admins. */
@RestController
@RequestMapping("/api/v1/identity")
@Tag(name = "Identity", description = "National ID: PINFL and STIR checks, persons, legal entities")
class IdentityApi {

    private final Persons persons;
    private final LegalEntities legalEntities;

    IdentityApi(Persons persons, LegalEntities legalEntities) {
        this.persons = persons;
        this.legalEntities = legalEntities;
    }

    /** What a well-formed PINFL encodes; reveals nothing about whether such a person exists. */
    record PinflCheck(String pinfl, LocalDate birthDate, Sex sex) {
    }

    /** The kind of taxpayer a well-formed STIR belongs to. */
    record StirCheck(String stir, Stir.Kind kind) {
    }

    /** The signed-in person as relying parties' back ends see it. */
    record Me(String pinfl, String nameLatin, String nameCyrillic, LocalDate birthDate, Sex sex,
            List<String> organisations) {
    }

    /** A legal entity to record, with its director. */
    record NewLegalEntity(@NotNull Stir stir, @NotBlank @Size(max = 300) String name,
            @NotBlank @Size(max = 20) String legalForm, @NotNull @PastOrPresent LocalDate registeredOn,
            @NotNull Pinfl directorPinfl) {
    }

    record LegalEntityJson(String id, String stir, String name, String legalForm, LocalDate registeredOn) {
        static LegalEntityJson of(LegalEntity entity) {
            return new LegalEntityJson(entity.id().toString(), entity.stir().value(), entity.name(),
                    entity.legalForm(), entity.registeredOn());
        }
    }

    @Operation(summary = "Check a PINFL", description = "Validates the 14 digits and tells what they encode.")
    @GetMapping("/checks/pinfl/{pinfl}")
    PinflCheck checkPinfl(@PathVariable Pinfl pinfl) {
        return new PinflCheck(pinfl.value(), pinfl.birthDate(), pinfl.sex());
    }

    @Operation(summary = "Check a STIR (taxpayer number)")
    @GetMapping("/checks/stir/{stir}")
    StirCheck checkStir(@PathVariable Stir stir) {
        return new StirCheck(stir.value(), stir.kind());
    }

    @Operation(summary = "The person the bearer token was issued for")
    @GetMapping("/me")
    Me me(@AuthenticationPrincipal Jwt token) {
        var pinfl = new Pinfl(token.getSubject());
        var person = persons.findByPinfl(pinfl).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND));
        return new Me(pinfl.value(), person.latin().full(), person.cyrillic().full(), person.birthDate(),
                person.sex(), legalEntities.representedBy(person.id()).stream()
                        .map(representation -> representation.entity().stir().value()).toList());
    }

    @Operation(summary = "Record a legal entity and its director (administrators)")
    @PostMapping("/legal-entities")
    ResponseEntity<LegalEntityJson> register(@Valid @RequestBody NewLegalEntity request) {
        if (request.stir().kind() != Stir.Kind.LEGAL_ENTITY) {
            throw new InvalidValueException("stir.notLegalEntity", "This STIR belongs to an individual");
        }
        var director = persons.findByPinfl(request.directorPinfl())
                .orElseThrow(() -> new InvalidValueException("person.pinfl.unknown", "No person with this PINFL"));
        if (legalEntities.findByStir(request.stir()).isPresent()) {
            throw new InvalidValueException("legalEntity.stir.taken", "This STIR is already registered");
        }
        var entity = legalEntities.register(request.stir(), request.name(), request.legalForm(), request.registeredOn());
        legalEntities.addRepresentative(entity.id(), director.id(), LegalEntity.Role.DIRECTOR);
        return ResponseEntity.created(URI.create("/api/v1/identity/legal-entities/" + entity.stir().value()))
                .body(LegalEntityJson.of(entity));
    }

    @Operation(summary = "A legal entity by its STIR")
    @GetMapping("/legal-entities/{stir}")
    LegalEntityJson legalEntity(@PathVariable Stir stir) {
        return legalEntities.findByStir(stir).map(LegalEntityJson::of)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }
}
