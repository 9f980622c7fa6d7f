package vn.directives.query.workspace;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Locale;

/**
 * The workspace's language and page guard: Vietnamese unless the user chose English with
 * {@code ?lang=en} (remembered for a year in the {@code lang} cookie); every page but the API
 * passes {@link PageAccess}.
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String[] NOT_PAGES = {"/api/**", "/actuator/**", "/v3/api-docs/**", "/assets/**",
            "/webjars/**", "/error"};

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor language = new LocaleChangeInterceptor();
        language.setParamName("lang");
        language.setIgnoreInvalidLocale(true);
        registry.addInterceptor(language).excludePathPatterns(NOT_PAGES);
        registry.addInterceptor(new PageAccess()).excludePathPatterns(NOT_PAGES);
    }
}
