package uz.yagona.portal.applications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import uz.yagona.documents.Documents;
import uz.yagona.documents.NewDocument;
import uz.yagona.documents.OfficialPdf;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Persons;
import uz.yagona.licensing.Licences;
import uz.yagona.portal.PublicService;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.signature.Signatures;
import uz.yagona.signature.WrongPin;

/**
 * Issues what an approved application gives: for a licence service the licence itself first (so its number is on
 * the document), then the result as a PDF with the next registration number of the officer's agency, signed as
 * PAdES with the officer's key under their PIN, stored by the documents module and granted to the applicant. A
 * wrong PIN fails the whole step and takes no number.
 */
@Component
class ResultIssuer {

    /** How long a licence issued through the portal is valid. */
    static final int LICENCE_YEARS = 5;

    private final Documents documents;
    private final OfficialPdf pdf;
    private final Signatures signatures;
    private final Licences licences;
    private final Persons persons;
    private final Agencies agencies;
    private final Views views;
    private final Clock clock;
    private final String publicBaseUrl;

    ResultIssuer(Documents documents, OfficialPdf pdf, Signatures signatures, Licences licences, Persons persons,
            Agencies agencies, Views views, Clock clock,
            @Value("${yagona.signature.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.documents = documents;
        this.pdf = pdf;
        this.signatures = signatures;
        this.licences = licences;
        this.persons = persons;
        this.agencies = agencies;
        this.views = views;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl;
    }

    Application.Result issue(Application application, PublicService service, Office.Desk desk, String keySerial,
            String pin) {
        // the result is signed for the agency: a key of the officer's appointment, never their personal one
        if (signatures.keys(desk.pinfl()).stream()
                .noneMatch(key -> key.serial().equals(keySerial) && "OFFICIAL".equals(key.profile()))) {
            throw new InvalidAnswers(Map.of("keySerial", new InvalidAnswers.Broken("applications.sign.notOfficial")));
        }
        var language = Locale.forLanguageTag(application.language());
        var holder = persons.find(application.applicant()).orElseThrow().nameFor(language).full();
        var today = clock.instant().atZone(Application.UZBEKISTAN).toLocalDate();
        String licence = null;
        if (service.result() == PublicService.Result.LICENCE && service.licenceType() != null) {
            var type = licences.types().stream().filter(t -> t.code().equals(service.licenceType())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no licence type " + service.licenceType()));
            licence = licences.issue(type.code(), application.applicantPinfl().value(), holder,
                    service.name().in(language), today, today.plusYears(LICENCE_YEARS), type.agencyCode()).number();
        }
        var licenceNumber = licence;
        var issued = documents.issue(new NewDocument(service.name().in(language), "application-result",
                desk.agencyCode(), application.applicantPinfl(), new byte[0], "application/pdf"), number -> {
                    var layout = layout(application, service, desk, holder, number, licenceNumber, today, language);
                    return sign(desk, keySerial, pin, pdf.render(layout));
                });
        documents.grant(issued.id(), application.applicantPinfl());
        return new Application.Result(issued.id().value(), issued.registrationNumber(), licence);
    }

    private byte[] sign(Office.Desk desk, String keySerial, String pin, byte[] content) {
        try {
            return signatures.signPdf(desk.pinfl(), keySerial, pin, content);
        } catch (WrongPin wrong) {
            throw new InvalidAnswers(Map.of("pin", new InvalidAnswers.Broken(wrong.rule())));
        } catch (InvalidValueException refused) {
            throw new InvalidAnswers(Map.of("keySerial", new InvalidAnswers.Broken(refused.rule(),
                    refused.arguments())));
        }
    }

    private OfficialPdf.Layout layout(Application application, PublicService service, Office.Desk desk,
            String holder, String number, @Nullable String licence, LocalDate today, Locale language) {
        var lines = new ArrayList<OfficialPdf.Line>();
        lines.add(new OfficialPdf.Line(views.text("applications.result.holder", language), holder));
        lines.add(new OfficialPdf.Line(views.text("applications.fact.pinfl", language),
                application.applicantPinfl().value()));
        lines.add(new OfficialPdf.Line(views.text("applications.result.application", language),
                application.number()));
        views.answers(service, application.answers(), language)
                .forEach((label, value) -> lines.add(new OfficialPdf.Line(label, value)));
        if (licence != null) {
            lines.add(new OfficialPdf.Line(views.text("applications.result.licence", language), licence));
        }
        var agencyName = agencies.findByCode(desk.agencyCode()).map(agency -> agency.name().in(language))
                .orElse(desk.agencyCode());
        return new OfficialPdf.Layout(agencyName, service.name().in(language), number, today, language, lines,
                verificationUrl(licence));
    }

    /** A licence is checked on its public page; any other result by its signature on the verification page. */
    private String verificationUrl(@Nullable String licence) {
        var url = UriComponentsBuilder.fromUriString(publicBaseUrl);
        return licence == null ? url.path("/signatures/verify").toUriString()
                : url.path("/licences/verify").queryParam("number", licence).toUriString();
    }
}
