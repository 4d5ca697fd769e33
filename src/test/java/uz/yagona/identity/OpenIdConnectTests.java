package uz.yagona.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.demo.DemoLogins;
import uz.yagona.identity.internal.Clients;

/**
 * A relying party built on an independent OpenID Connect library (Nimbus OAuth 2.0 SDK) signs a citizen in
 * through the authorization code flow with PKCE, validates the ID token against the published keys, reads
 * userinfo and refreshes; an agency system gets a token by client credentials.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OpenIdConnectTests {

    private static final URI CALLBACK = URI.create("http://127.0.0.1:9/callback");

    @LocalServerPort
    int port;

    @Autowired
    Clients clients;

    @Autowired
    TestCitizens citizens;

    @Test
    void relyingPartySignsACitizenInWithCodeAndPkceAndReadsUserinfo() throws Exception {
        var issued = clients.register("Test relying party", Clients.Kind.WEB, List.of(CALLBACK.toString()),
                Set.of("openid", "profile", "email"), null);
        var provider = OIDCProviderMetadata.resolve(new Issuer("http://localhost:" + port));
        assertThat(provider.getCodeChallengeMethods()).contains(CodeChallengeMethod.S256);

        var verifier = new CodeVerifier();
        var state = new State();
        var nonce = new Nonce();
        var clientId = new ClientID(issued.clientId());
        var request = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "profile", "email"),
                clientId, CALLBACK)
                .endpointURI(provider.getAuthorizationEndpointURI())
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();

        // the user's browser: authorization endpoint → sign-in page → back to the client with a code
        var browser = new WebSession(port);
        var toLogin = browser.get(request.toURI().toString());
        assertThat(toLogin.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        browser.get("/login");
        var afterLogin = browser.post("/login", Map.of("username", DemoLogins.CITIZEN.value(), "password", DemoLogins.PASSWORD));
        var callback = browser.follow(afterLogin).headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(CALLBACK.toString());

        var response = AuthenticationResponseParser.parse(URI.create(callback)).toSuccessResponse();
        assertThat(response.getState()).isEqualTo(state);
        var secret = new ClientSecretBasic(clientId, new Secret(issued.clientSecret()));
        var tokens = token(new TokenRequest(provider.getTokenEndpointURI(), secret,
                new AuthorizationCodeGrant(response.getAuthorizationCode(), CALLBACK, verifier)));

        var idToken = tokens.getOIDCTokens().getIDToken();
        var validator = new IDTokenValidator(provider.getIssuer(), clientId, JWSAlgorithm.RS256,
                provider.getJWKSetURI().toURL());
        var claims = validator.validate(idToken, nonce);
        assertThat(claims.getSubject().getValue()).isEqualTo(DemoLogins.CITIZEN.value());
        assertThat(claims.getStringClaim("pinfl")).isEqualTo(DemoLogins.CITIZEN.value());
        assertThat(claims.getStringListClaim("roles")).contains("USER");

        var userInfoResponse = UserInfoResponse.parse(new UserInfoRequest(provider.getUserInfoEndpointURI(),
                tokens.getOIDCTokens().getBearerAccessToken()).toHTTPRequest().send());
        assertThat(userInfoResponse.indicatesSuccess())
                .as(() -> userInfoResponse.toErrorResponse().getErrorObject().toJSONObject().toString()).isTrue();
        var userInfo = userInfoResponse.toSuccessResponse().getUserInfo();
        assertThat(userInfo.getStringClaim("pinfl")).isEqualTo(DemoLogins.CITIZEN.value());
        assertThat(userInfo.getFamilyName()).isEqualTo("Karimov");
        assertThat(userInfo.getGivenName()).isEqualTo("Aziz");
        assertThat(userInfo.getStringClaim("name_cyrl")).isNotBlank();
        assertThat(userInfo.getEmailAddress()).isEqualTo("aziz.karimov@example.uz");

        var refreshed = token(new TokenRequest(provider.getTokenEndpointURI(), secret,
                new RefreshTokenGrant(tokens.getOIDCTokens().getRefreshToken())));
        assertThat(refreshed.getOIDCTokens().getAccessToken().getValue())
                .isNotEqualTo(tokens.getOIDCTokens().getAccessToken().getValue());
    }

    @Test
    void aCodeWithoutTheRightPkceVerifierIsRefused() throws Exception {
        var issued = clients.register("PKCE check", Clients.Kind.PUBLIC, List.of(CALLBACK.toString()), Set.of(), null);
        var provider = OIDCProviderMetadata.resolve(new Issuer("http://localhost:" + port));
        var clientId = new ClientID(issued.clientId());
        var request = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid"), clientId, CALLBACK)
                .endpointURI(provider.getAuthorizationEndpointURI()).state(new State()).nonce(new Nonce())
                .codeChallenge(new CodeVerifier(), CodeChallengeMethod.S256).build();
        var browser = new WebSession(port);
        browser.get(request.toURI().toString());
        browser.get("/login");
        var callback = browser.follow(browser.post("/login",
                Map.of("username", DemoLogins.CITIZEN.value(), "password", DemoLogins.PASSWORD)))
                .headers().firstValue("Location").orElseThrow();
        AuthorizationCode code = AuthenticationResponseParser.parse(URI.create(callback)).toSuccessResponse()
                .getAuthorizationCode();

        var answer = TokenResponse.parse(new TokenRequest(provider.getTokenEndpointURI(), clientId,
                new AuthorizationCodeGrant(code, CALLBACK, new CodeVerifier())).toHTTPRequest().send());
        assertThat(answer.indicatesSuccess()).isFalse();
        assertThat(answer.toErrorResponse().getErrorObject().getCode()).isEqualTo("invalid_grant");
    }

    @Test
    void anOfficerIsNotIssuedACodeBeforeTheSecondFactor() throws Exception {
        var issued = clients.register("Officer portal", Clients.Kind.PUBLIC, List.of(CALLBACK.toString()), Set.of(), null);
        var provider = OIDCProviderMetadata.resolve(new Issuer("http://localhost:" + port));
        var request = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid"),
                new ClientID(issued.clientId()), CALLBACK).endpointURI(provider.getAuthorizationEndpointURI())
                .state(new State()).codeChallenge(new CodeVerifier(), CodeChallengeMethod.S256).build();
        var browser = new WebSession(port);
        browser.get(request.toURI().toString());
        browser.get("/login");
        var admin = citizens.administrator();
        var afterPassword = browser.follow(browser.post("/login",
                Map.of("username", admin.pinflValue(), "password", admin.password())));
        assertThat(afterPassword.body()).contains("Enter the six-digit code");

        var again = browser.follow(browser.get(request.toURI().toString()));
        assertThat(again.headers().firstValue("Location").orElse("")).doesNotStartWith(CALLBACK.toString());
        assertThat(again.body()).contains("Enter the six-digit code");

        var done = browser.follow(browser.post("/login/totp",
                Map.of("code", TotpCodes.code(admin.totpSecret(), 0))));
        var callback = done.headers().firstValue("Location").orElseThrow();
        var claimsOfCode = AuthenticationResponseParser.parse(URI.create(callback)).toSuccessResponse();
        assertThat(claimsOfCode.getAuthorizationCode()).isNotNull();
    }

    @Test
    void anOfficersTokenCarriesRolesAndAgencyScope() throws Exception {
        var officer = citizens.officer();
        var token = TokenFlows.accessToken(port, clients, officer.pinflValue(), officer.password(), officer.totpSecret());
        var claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(officer.pinflValue());
        assertThat(claims.getStringListClaim("roles")).contains("USER", "OFFICER", "ENFORCEMENT_OFFICER");
        assertThat(claims.getStringListClaim("agencies")).containsExactly("MBB.1726.1726266");
    }

    @Test
    void agencySystemGetsATokenCarryingItsAgencyByClientCredentials() throws Exception {
        var issued = clients.register("Enforcement bureau system", Clients.Kind.AGENCY_SYSTEM, List.of(),
                Set.of("exchange"), "MBB");
        var provider = OIDCProviderMetadata.resolve(new Issuer("http://localhost:" + port));
        var response = TokenResponse.parse(new TokenRequest(provider.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(issued.clientId()), new Secret(issued.clientSecret())),
                new ClientCredentialsGrant(), new Scope("exchange")).toHTTPRequest().send());
        assertThat(response.indicatesSuccess()).isTrue();
        var jwt = SignedJWT.parse(response.toSuccessResponse().getTokens().getAccessToken().getValue());
        assertThat(jwt.getJWTClaimsSet().getStringClaim("agency")).isEqualTo("MBB");

        var wrongSecret = TokenResponse.parse(new TokenRequest(provider.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(issued.clientId()), new Secret("guess")),
                new ClientCredentialsGrant(), new Scope("exchange")).toHTTPRequest().send());
        assertThat(wrongSecret.indicatesSuccess()).isFalse();
    }

    private static OIDCTokenResponse token(TokenRequest request) throws Exception {
        var response = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
        assertThat(response.indicatesSuccess()).as(() -> response.toErrorResponse().getErrorObject().toString()).isTrue();
        return (OIDCTokenResponse) response.toSuccessResponse();
    }

}
