package uz.yagona.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An in-app notice as the person sees it in the cabinet, in the language it was written in. */
public record Notice(NoticeId id, String template, String subject, String body, Instant createdAt,
        @Nullable Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
