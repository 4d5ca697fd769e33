package uz.yagona.portal.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import uz.yagona.portal.PublicService;
import uz.yagona.portal.PublicService.FormField;
import uz.yagona.shared.LocalizedText;
import uz.yagona.shared.Money;
import uz.yagona.shared.UzbekScript;

/**
 * Reads the catalog file and checks every definition, so that a mistake in the data stops the start with a
 * message that names the service and the entry instead of showing up later as a broken page. Uzbek texts may
 * leave out the Cyrillic form ({@code uzCyrl}); it is then transliterated from the Latin one.
 */
final class CatalogFile {

    static final String LOCATION = "portal/catalog.yaml";

    private static final Pattern CODE = Pattern.compile("[a-z]+\\.[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern AGENCY = Pattern.compile("[A-Z]+(?:\\.[0-9]+)*");
    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]+");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern ASCII_APOSTROPHE = Pattern.compile("['`]");

    private final List<String> problems = new ArrayList<>();

    private CatalogFile() {
    }

    /** The definitions read from the classpath file; fails with every problem found, one per line. */
    static Definitions load() {
        try (var in = CatalogFile.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new InvalidCatalogException("the catalog file " + LOCATION + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Definitions read(InputStream in) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (RuntimeException e) {
            throw new InvalidCatalogException("the catalog is not valid YAML: " + e.getMessage());
        }
        var file = new CatalogFile();
        var definitions = file.definitions(root);
        if (!file.problems.isEmpty()) {
            throw new InvalidCatalogException("the catalog " + LOCATION + " has " + file.problems.size()
                    + " problem(s):\n  " + String.join("\n  ", file.problems));
        }
        return definitions;
    }

    private Definitions definitions(@Nullable Object root) {
        var top = map(root, "the file");
        var agencies = new LinkedHashMap<String, ServiceAgency>();
        for (var entry : list(top.get("agencies"), "agencies")) {
            var agency = map(entry, "an agency");
            var code = text(agency.get("code"), "agency code");
            if (!AGENCY.matcher(code).matches()) {
                problems.add("agency '" + code + "': the code must be upper-case letters, e.g. MOJ");
            }
            var name = localized(agency.get("name"), "agency " + code + ": name");
            if (name != null && agencies.put(code, new ServiceAgency(code, name)) != null) {
                problems.add("agency '" + code + "' is defined twice");
            }
        }
        var services = new ArrayList<PublicService>();
        var codes = new HashSet<String>();
        for (var entry : list(top.get("services"), "services")) {
            var service = service(map(entry, "a service"), agencies.keySet());
            if (service != null && !codes.add(service.code())) {
                problems.add("service " + service.code() + ": the code is used twice");
            } else if (service != null) {
                services.add(service);
            }
        }
        return new Definitions(List.copyOf(agencies.values()), services);
    }

    private @Nullable PublicService service(Map<?, ?> entry, Set<String> agencies) {
        var code = text(entry.get("code"), "service code");
        var where = "service " + code + ": ";
        if (!CODE.matcher(code).matches()) {
            problems.add(where + "the code must look like group.kebab-name, e.g. civil.birth-certificate");
        }
        var group = constant(PublicService.Group.class, entry.get("group"), where + "group");
        var agency = text(entry.get("agency"), where + "agency");
        if (!agencies.contains(agency)) {
            problems.add(where + "agency '" + agency + "' is not among the catalog's agencies " + agencies);
        }
        var name = localized(entry.get("name"), where + "name");
        var description = localized(entry.get("description"), where + "description");
        var applicants = constants(PublicService.Applicant.class, entry.get("applicants"), where + "applicants");
        if (applicants.isEmpty()) {
            problems.add(where + "applicants: at least one kind of applicant may apply");
        }
        var prefill = constants(PublicService.Prefill.class, entry.get("prefill"), where + "prefill");
        var fields = new ArrayList<FormField>();
        var names = new HashSet<String>();
        for (var field : list(entry.get("fields"), where + "fields")) {
            var read = field(map(field, where + "a field"), where);
            if (read != null && !names.add(read.name())) {
                problems.add(where + "field " + read.name() + " is defined twice");
            } else if (read != null) {
                fields.add(read);
            }
        }
        var fee = number(entry.get("fee"), where + "fee");
        if (fee < 0) {
            problems.add(where + "fee: must be zero or more tiyin, not " + fee);
        }
        var term = number(entry.get("termDays"), where + "termDays");
        if (term <= 0 || term > 366) {
            problems.add(where + "termDays: a legal term is 1 to 366 days, not " + term);
        }
        var result = constant(PublicService.Result.class, entry.get("result"), where + "result");
        var licenceType = entry.get("licenceType") == null
                ? null : text(entry.get("licenceType"), where + "licenceType");
        if ((result == PublicService.Result.LICENCE) != (licenceType != null)) {
            problems.add(where + "licenceType goes with result LICENCE, and a LICENCE result needs one");
        }
        var signature = entry.get("signatureRequired");
        if (!(signature instanceof Boolean)) {
            problems.add(where + "signatureRequired must be true or false");
        }
        var keywords = new ArrayList<String>();
        for (var keyword : list(entry.get("keywords"), where + "keywords")) {
            keywords.add(text(keyword, where + "a keyword"));
        }
        if (group == null || name == null || description == null || result == null || !problemsFree(where)) {
            return null;
        }
        return new PublicService(code, group, agency, name, description, applicants, fields, prefill,
                Money.ofTiyin(fee), (int) term, result, licenceType, Boolean.TRUE.equals(signature), keywords);
    }

    private @Nullable FormField field(Map<?, ?> entry, String service) {
        var name = text(entry.get("name"), service + "field name");
        var where = service + "field " + name + ": ";
        if (!FIELD_NAME.matcher(name).matches()) {
            problems.add(where + "a field name is a camelCase identifier");
        }
        var type = constant(FormField.Type.class, entry.get("type"), where + "type");
        var label = localized(entry.get("label"), where + "label");
        var options = new ArrayList<FormField.Option>();
        for (var option : list(entry.get("options"), where + "options")) {
            var read = map(option, where + "an option");
            var value = text(read.get("value"), where + "option value");
            var optionLabel = localized(read.get("label"), where + "option " + value);
            if (optionLabel != null) {
                options.add(new FormField.Option(value, optionLabel));
            }
        }
        if ((type == FormField.Type.CHOICE) != !options.isEmpty()) {
            problems.add(where + "options go with type CHOICE, and a CHOICE needs options");
        }
        var mediaTypes = new ArrayList<String>();
        for (var mediaType : list(entry.get("mediaTypes"), where + "mediaTypes")) {
            var read = text(mediaType, where + "a media type");
            if (!MEDIA_TYPE.matcher(read).matches()) {
                problems.add(where + "'" + read + "' is not a media type");
            }
            mediaTypes.add(read);
        }
        if ((type == FormField.Type.FILE) != !mediaTypes.isEmpty()) {
            problems.add(where + "mediaTypes go with type FILE, and a FILE needs them");
        }
        var pattern = entry.get("pattern") == null ? null : text(entry.get("pattern"), where + "pattern");
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                problems.add(where + "pattern is not a regular expression: " + e.getDescription());
            }
        }
        var required = entry.get("required");
        if (!(required instanceof Boolean)) {
            problems.add(where + "required must be true or false");
        }
        if (type == null || label == null) {
            return null;
        }
        return new FormField(name, label, type, Boolean.TRUE.equals(required), options, pattern, mediaTypes);
    }

    private @Nullable LocalizedText localized(@Nullable Object value, String where) {
        var texts = map(value, where);
        var uz = optionalText(texts.get("uz"));
        var uzCyrl = optionalText(texts.get("uzCyrl"));
        var ru = optionalText(texts.get("ru"));
        var en = optionalText(texts.get("en"));
        if (uz == null || ru == null || en == null) {
            problems.add(where + " needs uz, ru and en texts (uzCyrl is optional)");
            return null;
        }
        if (ASCII_APOSTROPHE.matcher(uz).find()) {
            problems.add(where + ": Uzbek Latin writes ʻ (U+02BB) and ʼ (U+02BC), not ' or `: " + uz);
        }
        if (CYRILLIC.matcher(uz).find() || CYRILLIC.matcher(en).find()) {
            problems.add(where + ": the uz and en texts must be in Latin script");
        }
        if (!CYRILLIC.matcher(ru).find()) {
            problems.add(where + ": the ru text must be in Cyrillic script");
        }
        return new LocalizedText(uz, uzCyrl == null ? UzbekScript.toCyrillic(uz) : uzCyrl, ru, en);
    }

    private <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable Object value, String where) {
        var name = text(value, where);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": '" + name + "' is not one of " + EnumSet.allOf(type));
            return null;
        }
    }

    private <E extends Enum<E>> Set<E> constants(Class<E> type, @Nullable Object value, String where) {
        var result = EnumSet.noneOf(type);
        for (var item : list(value, where)) {
            var constant = constant(type, item, where);
            if (constant != null) {
                result.add(constant);
            }
        }
        return result;
    }

    private long number(@Nullable Object value, String where) {
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        problems.add(where + ": a whole number is needed, not " + value);
        return 0;
    }

    private String text(@Nullable Object value, String where) {
        var text = optionalText(value);
        if (text == null) {
            problems.add(where + ": a text is needed");
            return "";
        }
        return text;
    }

    private static @Nullable String optionalText(@Nullable Object value) {
        return value instanceof String text && !text.isBlank() ? text.strip() : null;
    }

    private Map<?, ?> map(@Nullable Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        problems.add(where + ": a mapping is needed");
        return Map.of();
    }

    private List<?> list(@Nullable Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        problems.add(where + ": a list is needed");
        return List.of();
    }

    private boolean problemsFree(String where) {
        return problems.stream().noneMatch(problem -> problem.startsWith(where));
    }

    /** What the file defines. */
    record Definitions(List<ServiceAgency> agencies, List<PublicService> services) {
    }

    /** The catalog file is broken; the message lists every problem. */
    static final class InvalidCatalogException extends IllegalStateException {

        InvalidCatalogException(String message) {
            super(message);
        }
    }
}
