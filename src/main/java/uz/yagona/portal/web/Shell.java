package uz.yagona.portal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs to know about the current request, read as {@code ${@shell.languages()}} and so on.
 * A bean rather than a model attribute, so that pages rendered outside a controller, such as the error
 * page, get it too. Its methods are public only because SpEL calls nothing else.
 */
@Component("shell")
class Shell {

    /** One entry of the switch. */
    record Link(String tag, String name, String href, boolean active) {
    }

    /** The language switch: each link keeps the current path and query and replaces only {@code lang}. */
    public List<Link> languages() {
        var current = Language.ofLocale(LocaleContextHolder.getLocale());
        var here = currentPathAndQuery();
        return Language.all().stream()
                .map(language -> new Link(language.tag(), language.nativeName(),
                        here.cloneBuilder().replaceQueryParam(LanguageResolver.PARAMETER, language.tag())
                                .build().toUriString(),
                        language == current))
                .toList();
    }

    /** The tag for {@code <html lang>}: {@code uz-Latn}, {@code uz-Cyrl}, {@code ru} or {@code en}. */
    public String htmlLang() {
        return Language.ofLocale(LocaleContextHolder.getLocale()).tag();
    }

    /** Whether the person is on this path now, for {@code aria-current} in the navigation. */
    public boolean isCurrent(String path) {
        return currentPathAndQuery().build().getPath() instanceof String here && here.equals(path);
    }

    private static UriComponentsBuilder currentPathAndQuery() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return UriComponentsBuilder.fromPath("/");
        }
        HttpServletRequest request = attributes.getRequest();
        // on the error page the request is the forward to /error; the person is still at the original URL
        var path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original : request.getRequestURI();
        var query = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null
                ? (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) : request.getQueryString();
        // both are still percent-encoded as they came, so the builder must not encode them again
        return UriComponentsBuilder.fromPath(path).query(query);
    }
}
