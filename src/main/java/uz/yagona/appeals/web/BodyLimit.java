package uz.yagona.appeals.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a classification request whose declared body is larger than any valid one (5,000 characters of text
 * at 4 UTF-8 bytes each, JSON escapes and a district) before the body is read: the API is public.
 */
@Configuration(proxyBeanMethods = false)
class BodyLimit implements WebMvcConfigurer, HandlerInterceptor {

    static final long MAX_BYTES = 64 * 1024;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/appeals/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "appeals.body.tooLarge");
        }
        return true;
    }
}
