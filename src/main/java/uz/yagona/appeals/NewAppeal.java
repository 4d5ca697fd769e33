package uz.yagona.appeals;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An appeal as filed, before any check. {@code entityStir} is set when the applicant files for an organisation
 * they represent; {@code district} is a SOATO district code, {@code latitude}/{@code longitude} a point;
 * {@code institution} names the penitentiary institution of a convict's or a relative's appeal; {@code topic} is the
 * topic the applicant chose (an Open311 service), if any.
 */
public record NewAppeal(@Nullable AppealKind kind, @Nullable String text, Channel channel, Locale language,
        @Nullable String entityStir, @Nullable String district, @Nullable Double latitude,
        @Nullable Double longitude, @Nullable String address, @Nullable String institution,
        @Nullable String topic, List<Upload> attachments, @Nullable String idempotencyKey) {

    public NewAppeal {
        attachments = List.copyOf(attachments);
    }

    /** A file attached to an appeal, as uploaded. */
    public record Upload(String filename, byte[] content) {

        public Upload {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
