package uz.yagona.identity.internal;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import uz.yagona.shared.InvalidValueException;

/**
 * Relying parties and agency systems registered by an administrator. Web applications use the authorization
 * code flow with PKCE (and a secret), public applications PKCE alone, agency systems client credentials.
 */
@Service
public class Clients {

    /** The setting that ties an agency system to its agency code; it reaches the system's tokens. */
    public static final String AGENCY_SETTING = "settings.client.yagona-agency";

    private static final Set<String> PERSON_SCOPES =
            Set.of(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL, OidcScopes.PHONE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RegisteredClientRepository repository;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;

    Clients(RegisteredClientRepository repository, PasswordEncoder passwords, JdbcClient jdbc) {
        this.repository = repository;
        this.passwords = passwords;
        this.jdbc = jdbc;
    }

    /** The kinds of client an administrator registers. */
    public enum Kind { WEB, PUBLIC, AGENCY_SYSTEM }

    /** A client as registered; the secret is shown once and stored only as a hash. */
    public record Issued(String clientId, @Nullable String clientSecret) {
    }

    /** A row of the client list. */
    public record Listed(String clientId, String name, String grantTypes, String redirectUris, String scopes) {
    }

    public Issued register(String name, Kind kind, List<String> redirectUris, Set<String> scopes,
            @Nullable String agencyCode) {
        if (name.isBlank() || name.length() > 200) {
            throw new InvalidValueException("client.name.required", "A client needs a name of up to 200 characters");
        }
        var clientId = kind.name().toLowerCase().replace('_', '-') + "-" + HexFormat.of().formatHex(bytes(8));
        var secret = kind == Kind.PUBLIC ? null : Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        var builder = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientName(name.strip())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(Duration.ofMinutes(10))
                        .refreshTokenTimeToLive(Duration.ofHours(8))
                        .reuseRefreshTokens(false)
                        .build());
        if (secret != null) {
            builder.clientSecret(passwords.encode(secret))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        } else {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        var settings = ClientSettings.builder().requireProofKey(kind != Kind.AGENCY_SYSTEM)
                .requireAuthorizationConsent(false);
        if (kind == Kind.AGENCY_SYSTEM) {
            if (agencyCode == null || agencyCode.isBlank()) {
                throw new InvalidValueException("client.agency.required", "An agency system belongs to an agency");
            }
            builder.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS);
            settings.setting(AGENCY_SETTING, agencyCode.strip());
            (scopes.isEmpty() ? Set.of("exchange") : scopes).forEach(builder::scope);
        } else {
            if (redirectUris.isEmpty()) {
                throw new InvalidValueException("client.redirectUri.required", "A web client needs a redirect URI");
            }
            redirectUris.forEach(uri -> builder.redirectUri(checkedRedirect(uri)));
            builder.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN);
            (scopes.isEmpty() ? PERSON_SCOPES : scopes).forEach(scope -> {
                if (!PERSON_SCOPES.contains(scope)) {
                    throw new InvalidValueException("client.scope.unknown", "Unknown scope", scope);
                }
                builder.scope(scope);
            });
            builder.scope(OidcScopes.OPENID);
        }
        repository.save(builder.clientSettings(settings.build()).build());
        return new Issued(clientId, secret);
    }

    public List<Listed> list() {
        return jdbc.sql("""
                select client_id, client_name, authorization_grant_types, coalesce(redirect_uris, '') redirect_uris,
                       scopes from identity.oauth2_registered_client order by client_id_issued_at desc""")
                .query((row, n) -> new Listed(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5)))
                .list();
    }

    /** Redirect URIs must be absolute https (or http on the loopback for development), without fragments. */
    private static String checkedRedirect(String raw) {
        URI uri;
        try {
            uri = URI.create(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("client.redirectUri.invalid", "Not a URI", raw);
        }
        boolean loopback = "http".equals(uri.getScheme())
                && ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()) || "[::1]".equals(uri.getHost()));
        if (!uri.isAbsolute() || uri.getFragment() != null || uri.getHost() == null
                || !("https".equals(uri.getScheme()) || loopback)) {
            throw new InvalidValueException("client.redirectUri.invalid", "Redirect URI must be https", raw);
        }
        return uri.toString();
    }

    private static byte[] bytes(int count) {
        var bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
