package uz.yagona.shared.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.shared.Divisions;
import uz.yagona.shared.Soato;

/**
 * Administrative divisions for anyone, without login: forms, other agencies' systems and open data need the
 * same codes and names. A malformed code is the client's error (400), a well-formed unknown one is 404.
 */
@RestController
@RequestMapping(path = "/api/v1/divisions", produces = "application/json")
class DivisionsController {

    private final Divisions divisions;

    DivisionsController(Divisions divisions) {
        this.divisions = divisions;
    }

    @GetMapping("/regions")
    List<RegionJson> regions() {
        return divisions.regions().stream().map(RegionJson::of).toList();
    }

    @GetMapping("/regions/{soato}")
    RegionJson region(@PathVariable String soato) {
        return divisions.region(Soato.ofRegion(soato)).map(RegionJson::of).orElseThrow(() -> notFound(soato));
    }

    @GetMapping("/regions/{soato}/districts")
    List<DistrictJson> districtsOf(@PathVariable String soato) {
        var region = divisions.region(Soato.ofRegion(soato)).orElseThrow(() -> notFound(soato));
        return divisions.districtsOf(region.soato()).stream().map(DistrictJson::of).toList();
    }

    @GetMapping("/districts/{soato}")
    DistrictJson district(@PathVariable String soato) {
        return divisions.district(Soato.ofDistrict(soato)).map(DistrictJson::of).orElseThrow(() -> notFound(soato));
    }

    private static ResponseStatusException notFound(String soato) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No administrative unit has SOATO code " + soato);
    }
}
