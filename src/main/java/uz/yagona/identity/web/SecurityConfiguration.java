package uz.yagona.identity.web;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import uz.yagona.identity.internal.AwaitingSecondFactor;
import uz.yagona.identity.internal.TokenClaims;
import uz.yagona.identity.internal.YagonaUsers;

/**
 * Who may reach what. Two chains: the OpenID Connect provider's endpoints, and everything else, where
 * public pages and APIs are open and the cabinet and the admin pages need a full login (password and, where
 * required, TOTP).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PUBLIC = {
        "/signatures/verify", "/pki/**",
        "/", "/error", "/login", "/login/totp", "/register", "/css/**", "/js/**", "/img/**", "/webjars/**",
        "/favicon.ico", "/actuator/health/**", "/actuator/prometheus", "/actuator/info", "/v3/api-docs/**",
        "/swagger-ui/**", "/swagger-ui.html", "/ledger", "/ledger/**", "/payments/sandbox/**", "/licences/verify",
        "/licences/*/qr.png", "/enforcement/writs/verify", "/enforcement/writs/*/qr.png",
        // the public debtor search: anyone may ask whether a person or an entity is a debtor in an open case
        "/enforcement/debtors",
        // the catalog of public services and each service's page; applying (/services/{code}/apply) needs a login
        "/services", "/services/{code:[a-z]+\\.[a-z0-9-]+}", "/services/ratings",
        // the figures of appeals for the public; the heads of bodies see theirs under /office
        "/appeals/analytics"
    };

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerSecurity(HttpSecurity http, TokenClaims claims, YagonaUsers users,
            SecurityContextRepository contexts) throws Exception {
        var authorizationServer = new OAuth2AuthorizationServerConfigurer();
        return http
                .securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server.oidc(oidc -> oidc.userInfoEndpoint(userInfo ->
                        userInfo.userInfoMapper(context ->
                                AuthorizationServerConfiguration.userInfo(context, claims, users)))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(contexts))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                new MediaTypeRequestMatcher(MediaType.TEXT_HTML))
                        .accessDeniedHandler(secondFactorFirst()))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()))
                .build();
    }

    /** API paths anyone may call without a token. */
    static final String[] PUBLIC_API = {
        "/api/v1/signatures/verification", "/api/v1/pki/**",
        "/api/v1/divisions/**", "/api/v1/identity/checks/**", "/api/v1/ledger/**",
        "/api/v1/payments/callbacks/**", "/api/v1/appeals/classification", "/api/v1/appeals/analytics",
        "/api/v1/appeals/analytics/map",
        "/api/v1/services", "/api/v1/services/{code:[a-z]+\\.[a-z0-9-]+}", "/api/v1/services/ratings"
    };

    /**
     * The REST API: stateless, authenticated only by bearer tokens from our own provider (never by the
     * session cookie, so no CSRF exposure), roles from the token's {@code roles} claim.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, BearerProblems problems) throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_API).permitAll()
                        // anyone verifies a licence; issuing and changing one takes an officer's token
                        .requestMatchers(HttpMethod.GET, "/api/v1/licences/**").permitAll()
                        // anyone holding a writ verifies it; drafting and signing take court staff's tokens
                        .requestMatchers(HttpMethod.GET, "/api/v1/enforcement/writs/*").permitAll()
                        // the public debtor search (limited per client address by enforcement itself)
                        .requestMatchers(HttpMethod.GET, "/api/v1/enforcement/debtors").permitAll()
                        .requestMatchers("/api/v1/identity/legal-entities/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(BearerProblems.rolesFromToken()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    /**
     * Open311 GeoReport v2: existing city-issue clients file with an API key (checked by the appeals module) and
     * read requests without a token; stateless, with no session cookie, so no CSRF exposure.
     */
    @Bean
    @Order(2)
    SecurityFilterChain open311Security(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/open311/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain portalSecurity(HttpSecurity http, SecondFactorSuccessHandler successHandler,
            SecurityContextRepository contexts) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/admin/**", "/api/v1/admin/**").hasRole("ADMIN")
                        .anyRequest().hasRole("USER"))
                .securityContext(context -> context.securityContextRepository(contexts))
                .formLogin(form -> form.loginPage("/login").successHandler(successHandler)
                        .failureUrl("/login?error").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        .accessDeniedHandler(secondFactorFirst()))
                .build();
    }

    /** A login that still waits for its TOTP code is sent to the code page rather than refused. */
    private static AccessDeniedHandler secondFactorFirst() {
        var refuse = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication();
            if (authentication instanceof AwaitingSecondFactor) {
                response.sendRedirect(request.getContextPath() + "/login/totp");
            } else {
                refuse.handle(request, response, denied);
            }
        };
    }
}
