package uz.yagona.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import uz.yagona.identity.internal.AccountStore;
import uz.yagona.identity.internal.AwaitingSecondFactor;
import uz.yagona.identity.internal.YagonaUser;

/**
 * After a right password: either the login is complete, or it waits for a TOTP code (or an officer's TOTP
 * enrolment) and the user goes to the code page. Completing a login resets the failure count and notes the
 * device for "my sessions".
 */
@Component
class SecondFactorSuccessHandler implements AuthenticationSuccessHandler {

    static final String SESSION_DEVICE = "yagona.device";
    static final String SESSION_SIGNED_IN = "yagona.signedInAt";
    static final String TOTP_FACTOR = "TOTP";

    private final SavedRequestAwareAuthenticationSuccessHandler proceed = new SavedRequestAwareAuthenticationSuccessHandler();
    private final SecurityContextRepository contexts;
    private final AccountStore accounts;

    SecondFactorSuccessHandler(SecurityContextRepository contexts, AccountStore accounts) {
        this.contexts = contexts;
        this.accounts = accounts;
        proceed.setDefaultTargetUrl("/cabinet");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        var user = (YagonaUser) authentication.getPrincipal();
        if (user.secondFactor() == YagonaUser.SecondFactor.NONE) {
            complete(request, response, user);
        } else {
            save(new AwaitingSecondFactor(user), request, response);
            response.sendRedirect(request.getContextPath() + "/login/totp");
        }
    }

    /** Finishes a login whose every factor is proven. */
    void complete(HttpServletRequest request, HttpServletResponse response, YagonaUser user) throws IOException {
        var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        if (SecurityContextHolder.getContext().getAuthentication() instanceof AwaitingSecondFactor) {
            request.changeSessionId();
            authorities.add(FactorGrantedAuthority.fromFactor(TOTP_FACTOR));
        }
        var full = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        save(full, request, response);
        accounts.recordSuccess(user.accountId());
        var session = request.getSession();
        var agent = request.getHeader("User-Agent");
        session.setAttribute(SESSION_DEVICE, agent == null ? "" : agent.substring(0, Math.min(agent.length(), 200)));
        session.setAttribute(SESSION_SIGNED_IN, Instant.now().toString());
        try {
            proceed.onAuthenticationSuccess(request, response, full);
        } catch (jakarta.servlet.ServletException e) {
            throw new IOException(e);
        }
    }

    void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    void abandon(HttpServletRequest request, HttpServletResponse response) {
        var empty = SecurityContextHolder.createEmptyContext();
        SecurityContextHolder.setContext(empty);
        contexts.saveContext(empty, request, response);
    }
}
