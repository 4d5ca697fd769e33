package uz.yagona.enforcement.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uz.yagona.enforcement.ClaimType;
import uz.yagona.enforcement.PublicCase;
import uz.yagona.enforcement.PublicDebtors;
import uz.yagona.identity.Officers;
import uz.yagona.identity.PersonName;
import uz.yagona.identity.Persons;
import uz.yagona.shared.Divisions;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Soato;
import uz.yagona.shared.Stir;

/**
 * The public debtor search as the API and the page share it: exactly one way of searching (STIR, PINFL, or full
 * name with birth date) checked field by field, and each open case found with the district's name in the
 * reader's language and the officer as surname and initials.
 */
@Component
class DebtorSearch {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final PublicDebtors debtors;
    private final Divisions divisions;
    private final Officers officers;
    private final Persons persons;

    DebtorSearch(PublicDebtors debtors, Divisions divisions, Officers officers, Persons persons) {
        this.debtors = debtors;
        this.divisions = divisions;
        this.officers = officers;
        this.persons = persons;
    }

    /** A broken rule of the search's input, naming the parameter it is about. */
    static final class Refused extends RuntimeException {
        final String field;
        final String rule;
        final Object[] arguments;

        Refused(String field, String rule, Object... arguments) {
            super(field + ": " + rule);
            this.field = field;
            this.rule = rule;
            this.arguments = arguments.clone();
        }
    }

    /** One open case as the public sees it. */
    record Row(String caseNumber, String debtorName, ClaimType claimType, @Nullable Money amountDue,
            @Nullable String district, @Nullable String officer) {
    }

    /**
     * Searches by the one way given; blank parameters count as absent.
     *
     * @throws Refused for no way or several, a bad STIR, PINFL or date, a name without a birth date (or the
     *         other way round), a name too short or too long
     */
    List<Row> search(@Nullable String stir, @Nullable String pinfl, @Nullable String name,
            @Nullable String birthDate, Locale locale) {
        var given = new ArrayList<String>();
        if (present(stir)) {
            given.add("stir");
        }
        if (present(pinfl)) {
            given.add("pinfl");
        }
        if (present(name) || present(birthDate)) {
            given.add("name");
        }
        if (given.size() != 1) {
            throw new Refused(given.isEmpty() ? "stir,pinfl,name" : String.join(",", given),
                    "enforcement.search.criteria");
        }
        List<PublicCase> found;
        if (present(stir)) {
            found = debtors.byStir(parse("stir", () -> Stir.parse(stir)));
        } else if (present(pinfl)) {
            found = debtors.byPinfl(parse("pinfl", () -> Pinfl.parse(pinfl)));
        } else {
            if (!present(name)) {
                throw new Refused("name", "enforcement.search.nameRequired");
            }
            if (!present(birthDate)) {
                throw new Refused("birthDate", "enforcement.search.birthDateRequired");
            }
            var born = birthDate(birthDate.strip());
            found = parse("name", () -> debtors.byName(name, born));
        }
        return found.stream().map(c -> row(c, locale)).toList();
    }

    private static LocalDate birthDate(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Refused("birthDate", "enforcement.search.birthDate", text);
        }
        if (date.isBefore(EARLIEST_BIRTH) || date.isAfter(LocalDate.now(TASHKENT))) {
            throw new Refused("birthDate", "enforcement.search.birthDate", text);
        }
        return date;
    }

    private interface Parse<T> {
        T get();
    }

    /** The value, or the value type's broken rule (its own message key) named after {@code field}. */
    private static <T> T parse(String field, Parse<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            throw new Refused(field, e.rule(), e.arguments());
        }
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private Row row(PublicCase c, Locale locale) {
        return new Row(c.caseNumber(), c.debtorName(), c.claimType(), c.amountDue(), district(c.agency(), locale),
                c.officer() == null ? null : officer(c.officer(), locale));
    }

    /** The department's district ({@code MBB.<region>.<district>}), or its region where it is a regional office. */
    private @Nullable String district(String agency, Locale locale) {
        var parts = agency.split("\\.");
        try {
            if (parts.length == 3) {
                return divisions.district(new Soato(parts[2])).map(d -> d.name().in(locale)).orElse(null);
            }
            if (parts.length == 2) {
                return divisions.region(new Soato(parts[1])).map(r -> r.name().in(locale)).orElse(null);
            }
        } catch (InvalidValueException notSoato) {
            return null;
        }
        return null;
    }

    /** Surname and initials, in the script of the reader's language: {@code Karimov J. A.}. */
    private @Nullable String officer(java.util.UUID id, Locale locale) {
        return officers.find(id).flatMap(o -> persons.find(o.person())).map(p -> initials(p.nameFor(locale)))
                .orElse(null);
    }

    static String initials(PersonName name) {
        var text = new StringBuilder(name.last()).append(' ').appendCodePoint(name.first().codePointAt(0))
                .append('.');
        if (name.patronymic() != null) {
            text.append(' ').appendCodePoint(name.patronymic().codePointAt(0)).append('.');
        }
        return text.toString();
    }
}
