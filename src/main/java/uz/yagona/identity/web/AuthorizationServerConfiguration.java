package uz.yagona.identity.web;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.HashSet;
import org.springframework.context.annotation.Bean;
import org.springframework.security.jackson.SecurityJacksonModules;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import uz.yagona.identity.internal.SigningKeys;
import uz.yagona.identity.internal.TokenClaims;
import uz.yagona.identity.internal.YagonaUser;
import uz.yagona.identity.internal.YagonaUsers;

/** The OpenID Connect provider's parts: clients, authorizations and consents in the database, keys, claims. */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    /** The client setting that ties an agency system's client to its agency code. */
    static final String AGENCY_SETTING = uz.yagona.identity.internal.Clients.AGENCY_SETTING;

    @Bean
    RegisteredClientRepository registeredClientRepository(JdbcTemplate jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    /** Authorizations keep the signed-in principal as JSON; our user type is allowed in beside Spring's. */
    @Bean
    OAuth2AuthorizationService authorizationService(JdbcTemplate jdbc, RegisteredClientRepository clients) {
        var types = BasicPolymorphicTypeValidator.builder().allowIfSubType(YagonaUser.class);
        var json = JsonMapper.builder()
                .addModules(SecurityJacksonModules.getModules(getClass().getClassLoader(), types))
                .build();
        var service = new JdbcOAuth2AuthorizationService(jdbc, clients);
        var rows = new JdbcOAuth2AuthorizationService.JsonMapperOAuth2AuthorizationRowMapper(clients, json);
        service.setAuthorizationRowMapper(rows);
        service.setAuthorizationParametersMapper(
                new JdbcOAuth2AuthorizationService.JsonMapperOAuth2AuthorizationParametersMapper(json));
        return service;
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(JdbcTemplate jdbc,
            RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return (selector, context) -> {
            var found = selector.select(keys.current());
            var keyIds = selector.getMatcher().getKeyIDs();
            if (found.isEmpty() && keyIds != null && keyIds.size() == 1) {
                return selector.select(keys.currentIncluding(keyIds.iterator().next()));
            }
            return found;
        };
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    /** Puts the person's PINFL, roles and agencies into ID and access tokens; an agency system's into its own. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenCustomizer(TokenClaims claims) {
        return context -> {
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                Object agency = context.getRegisteredClient().getClientSettings().getSetting(AGENCY_SETTING);
                if (agency != null) {
                    context.getClaims().claim("agency", agency.toString());
                }
                return;
            }
            if (!(context.getPrincipal().getPrincipal() instanceof YagonaUser user)) {
                return;
            }
            boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
            boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            if (idToken || accessToken) {
                var scopes = new HashSet<>(context.getAuthorizedScopes());
                claims.forUser(user, scopes).forEach((name, value) -> {
                    if (!"sub".equals(name)) {
                        context.getClaims().claim(name, value);
                    }
                });
            }
        };
    }

    /** Userinfo answers from the person record, for the scopes the access token carries. */
    static OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context, TokenClaims claims, YagonaUsers users) {
        var principal = (JwtAuthenticationToken) context.getAuthentication().getPrincipal();
        var scopes = new HashSet<>(context.getAccessToken().getScopes());
        YagonaUser user = users.loadUserByUsername(principal.getName());
        return new OidcUserInfo(claims.forUser(user, scopes));
    }
}
