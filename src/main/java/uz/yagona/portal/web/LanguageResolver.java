package uz.yagona.portal.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Chooses the language of a request: {@code ?lang=} first, then the remembered choice in a cookie, then the
 * browser's {@code Accept-Language}, then Uzbek in Latin script. Unknown values are ignored, never an error,
 * because links with stale or hand-typed parameters must still open.
 */
class LanguageResolver implements LocaleResolver {

    static final String PARAMETER = "lang";
    static final String COOKIE = "yagona-lang";
    private static final Duration REMEMBERED_FOR = Duration.ofDays(365);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return fromParameter(request)
                .or(() -> fromCookie(request))
                .or(() -> Language.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(Language.DEFAULT)
                .locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
            @Nullable Locale locale) {
        if (response == null) {
            return;
        }
        var language = locale == null ? Language.DEFAULT : Language.ofLocale(locale);
        var cookie = ResponseCookie.from(COOKIE, language.tag())
                .path("/")
                .maxAge(REMEMBERED_FOR)
                .httpOnly(true)
                .sameSite("Lax")
                .secure(request.isSecure())
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    static Optional<Language> fromParameter(HttpServletRequest request) {
        return Language.of(request.getParameter(PARAMETER));
    }

    private static Optional<Language> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> Language.of(cookie.getValue()))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
