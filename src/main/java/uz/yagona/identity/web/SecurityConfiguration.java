package uz.yagona.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Who may reach what: public pages and APIs are open, the cabinet and the admin pages need a login. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PUBLIC = {
        "/", "/error", "/login", "/register", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
        "/actuator/health/**", "/actuator/prometheus", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
        "/swagger-ui.html", "/api/v1/divisions/**"
    };

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .build();
    }
}
