package uz.yagona.appeals.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uz.yagona.appeals.Appeal;
import uz.yagona.appeals.InvalidAppeal;
import uz.yagona.appeals.NewAppeal;
import uz.yagona.appeals.Topic;
import uz.yagona.shared.Divisions;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Soato;
import uz.yagona.shared.Stir;

/**
 * The rules of an appeal's fields, all checked at once so the applicant sees every mistake in one answer. A
 * located appeal lies in Uzbekistan; files are what their first bytes say, not their names.
 */
@Component
public class IntakeChecks {

    // Uzbekistan's bounding box, with a margin for points on the border
    private static final double SOUTH = 37.0;
    private static final double NORTH = 45.7;
    private static final double WEST = 55.9;
    private static final double EAST = 73.3;

    private final IntakeSettings settings;
    private final Divisions divisions;

    IntakeChecks(IntakeSettings settings, Divisions divisions) {
        this.settings = settings;
        this.divisions = divisions;
    }

    /** An appeal whose fields keep the rules, its text stripped and its files typed and hashed. */
    public record Checked(String text, @Nullable Stir entity, @Nullable String district, @Nullable String address,
            @Nullable String institution, @Nullable String topic, List<File> files) {
    }

    /** A file that passed: its description and its bytes. */
    public record File(Appeal.Attachment attachment, byte[] content) {
    }

    public Checked check(NewAppeal appeal) {
        var broken = new LinkedHashMap<String, InvalidAppeal.Rule>();
        if (appeal.kind() == null) {
            broken.put("kind", rule("appeals.kind.required"));
        }
        var text = appeal.text() == null ? "" : appeal.text().strip();
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (text.isEmpty()) {
            broken.put("text", rule("appeals.text.required"));
        } else if (text.length() > settings.maxTextLength()) {
            broken.put("text", rule("appeals.text.tooLong", String.valueOf(settings.maxTextLength())));
        } else if (letters < settings.minTextLength()) {
            broken.put("text", rule("appeals.text.tooShort", String.valueOf(settings.minTextLength())));
        }
        Stir entity = null;
        if (appeal.entityStir() != null && !appeal.entityStir().isBlank()) {
            try {
                entity = Stir.parse(appeal.entityStir().strip());
            } catch (InvalidValueException e) {
                broken.put("entityStir", new InvalidAppeal.Rule(e.rule(), e.arguments()));
            }
        }
        String district = blankToNull(appeal.district());
        if (district != null && !knownDistrict(district)) {
            broken.put("district", rule("appeals.district.unknown", district));
        }
        checkPoint(appeal.latitude(), appeal.longitude(), broken);
        var address = blankToNull(appeal.address());
        if (address != null && address.length() > 500) {
            broken.put("address", rule("appeals.field.tooLong", 500));
        }
        var institution = blankToNull(appeal.institution());
        if (institution != null && institution.length() > 200) {
            broken.put("institution", rule("appeals.field.tooLong", 200));
        }
        if (appeal.idempotencyKey() != null && (appeal.idempotencyKey().isBlank()
                || appeal.idempotencyKey().length() > 100)) {
            broken.put("Idempotency-Key", rule("appeals.field.tooLong", 100));
        }
        var topic = blankToNull(appeal.topic());
        if (topic != null && Topic.ofCode(topic).isEmpty()) {
            broken.put("topic", rule("appeals.topic.unknown"));
        }
        var files = files(appeal.attachments(), broken);
        if (!broken.isEmpty()) {
            throw new InvalidAppeal(broken);
        }
        return new Checked(text, entity, district, address, institution, topic, files);
    }

    private boolean knownDistrict(String code) {
        try {
            return divisions.district(Soato.ofDistrict(code)).isPresent();
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private static void checkPoint(@Nullable Double latitude, @Nullable Double longitude,
            Map<String, InvalidAppeal.Rule> broken) {
        if (latitude == null && longitude == null) {
            return;
        }
        if (latitude == null || longitude == null) {
            broken.put(latitude == null ? "latitude" : "longitude", rule("appeals.point.both"));
            return;
        }
        if (latitude.isNaN() || longitude.isNaN() || latitude < SOUTH || latitude > NORTH || longitude < WEST
                || longitude > EAST) {
            broken.put("latitude", rule("appeals.point.outside"));
        }
    }

    private List<File> files(List<NewAppeal.Upload> uploads, Map<String, InvalidAppeal.Rule> broken) {
        if (uploads.size() > settings.maxAttachments()) {
            broken.put("attachments", rule("appeals.attachments.tooMany", String.valueOf(settings.maxAttachments())));
            return List.of();
        }
        var files = new ArrayList<File>();
        for (int i = 0; i < uploads.size(); i++) {
            var file = file(uploads.get(i), i + 1, "attachments[" + i + "]", broken);
            if (file != null) {
                files.add(file);
            }
        }
        return files;
    }

    /**
     * One file by the rules of an appeal's files, to be kept at {@code position}: null when it breaks one, which is
     * then put in {@code broken} under {@code field}.
     */
    public @Nullable File file(NewAppeal.Upload upload, int position, String field,
            Map<String, InvalidAppeal.Rule> broken) {
        var content = upload.content();
        var name = upload.filename().strip();
        if (content.length == 0) {
            broken.put(field, rule("appeals.attachment.empty"));
        } else if (content.length > settings.maxAttachmentBytes()) {
            broken.put(field, rule("appeals.attachment.tooLarge",
                    String.valueOf(settings.maxAttachmentBytes() / (1024 * 1024))));
        } else if (name.isEmpty() || name.length() > 200) {
            broken.put(field, rule("appeals.attachment.name"));
        } else {
            var type = FileTypes.sniff(content);
            if (type.isPresent()) {
                return new File(new Appeal.Attachment(position, name, type.get(), content.length, sha256(content)),
                        content);
            }
            broken.put(field, rule("appeals.attachment.type"));
        }
        return null;
    }

    private static InvalidAppeal.Rule rule(String key, Object... arguments) {
        return new InvalidAppeal.Rule(key, arguments);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
