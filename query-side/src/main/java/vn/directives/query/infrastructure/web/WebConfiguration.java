package vn.directives.query.infrastructure.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Read-your-writes for every read of the API; the administration endpoints never wait. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ReadYourWrites readYourWrites;

    WebConfiguration(ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ReadYourWritesInterceptor(readYourWrites))
                .addPathPatterns("/api/**", "/tasks/**", "/directives/**", "/units", "/steering-committee",
                        "/registration/**", "/enterprises/*", "/enterprises/candidates", "/enterprises/candidates/**")
                .excludePathPatterns("/api/admin/**");
    }
}
