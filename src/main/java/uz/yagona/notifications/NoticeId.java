package uz.yagona.notifications;

import java.util.Objects;
import java.util.UUID;

/** The id of an in-app notice. */
public record NoticeId(UUID value) {

    public NoticeId {
        Objects.requireNonNull(value, "value");
    }

    public static NoticeId random() {
        return new NoticeId(UUID.randomUUID());
    }
}
