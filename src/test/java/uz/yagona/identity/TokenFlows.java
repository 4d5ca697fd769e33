package uz.yagona.identity;

import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uz.yagona.identity.internal.Clients;

/** Gets a person's access token the way a relying party does: code flow with PKCE through the sign-in pages. */
public final class TokenFlows {

    private static final URI CALLBACK = URI.create("http://127.0.0.1:9/callback");

    private TokenFlows() {
    }

    public static String accessToken(int port, Clients clients, String pinfl, String password,
            @Nullable String totpSecret)
            throws Exception {
        var issued = clients.register("Token flow " + pinfl, Clients.Kind.WEB, List.of(CALLBACK.toString()),
                Set.of("openid", "profile"), null);
        var base = "http://localhost:" + port;
        var verifier = new CodeVerifier();
        var clientId = new ClientID(issued.clientId());
        var request = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "profile"), clientId,
                CALLBACK).endpointURI(URI.create(base + "/oauth2/authorize")).state(new State())
                .codeChallenge(verifier, CodeChallengeMethod.S256).build();
        var browser = new WebSession(port);
        browser.get(request.toURI().toString());
        browser.get("/login");
        var page = browser.follow(browser.post("/login", Map.of("username", pinfl, "password", password)));
        if (totpSecret != null) {
            page = browser.follow(browser.post("/login/totp", Map.of("code", TotpCodes.code(totpSecret, 0))));
        }
        var callback = page.headers().firstValue("Location").orElseThrow();
        var code = AuthenticationResponseParser.parse(URI.create(callback)).toSuccessResponse().getAuthorizationCode();
        var response = OIDCTokenResponseParser.parse(new TokenRequest(URI.create(base + "/oauth2/token"),
                new ClientSecretBasic(clientId, new Secret(issued.clientSecret())),
                new AuthorizationCodeGrant(code, CALLBACK, verifier)).toHTTPRequest().send());
        return ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getAccessToken().getValue();
    }
}
