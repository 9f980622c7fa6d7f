package vn.directives.query.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.directives.platform.web.RequestRefused;

import java.util.Map;

/**
 * Refuses, with a 400 naming the parameter, any query parameter longer than any id, date, sort or
 * search text of the API can be, before a handler sees it: many filters are free-form ids that
 * would otherwise be searched for as given and answer an empty page.
 */
@Configuration(proxyBeanMethods = false)
class ParameterLengthLimit implements WebMvcConfigurer, HandlerInterceptor {

    static final int MAX_LENGTH = 1_000;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**").order(-1);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.length() > MAX_LENGTH) {
                    String name = parameter.getKey();
                    throw RequestRefused.invalid(name, "max-length",
                            "Tham số '" + name + "' dài quá " + MAX_LENGTH + " ký tự.",
                            "Parameter '" + name + "' is longer than " + MAX_LENGTH + " characters.");
                }
            }
        }
        return true;
    }
}
