package uz.yagona.licensing.internal;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of licensing.
 *
 * @param publicBaseUrl where the public verification page is reached from outside, for the URL a licence's QR
 *        code carries
 */
@ConfigurationProperties("yagona.licensing")
public record LicensingSettings(@Nullable URI publicBaseUrl) {

    public LicensingSettings {
        publicBaseUrl = publicBaseUrl == null ? URI.create("http://localhost:8080") : publicBaseUrl;
    }

    /** The verification page of one licence: what its QR code carries. */
    public String verificationUrl(String number) {
        var base = String.valueOf(publicBaseUrl).replaceAll("/+$", "");
        return base + "/licences/verify?number=" + number;
    }
}
