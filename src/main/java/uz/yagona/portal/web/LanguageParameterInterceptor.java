package uz.yagona.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/** Remembers a language chosen with {@code ?lang=} so that the next page opens in it without the parameter. */
class LanguageParameterInterceptor implements HandlerInterceptor {

    private final LocaleResolver resolver;

    LanguageParameterInterceptor(LocaleResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        LanguageResolver.fromParameter(request)
                .ifPresent(language -> resolver.setLocale(request, response, language.locale()));
        return true;
    }
}
