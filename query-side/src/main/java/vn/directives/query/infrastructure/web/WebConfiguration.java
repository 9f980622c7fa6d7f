package vn.directives.query.infrastructure.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.directives.query.infrastructure.ProcessorPositions;

import java.time.Duration;

/** Read-your-writes for every read of the API; the administration endpoints never wait. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ProcessorPositions positions;
    private final Duration timeout;
    private final Duration pollInterval;

    WebConfiguration(ProcessorPositions positions,
                     @Value("${directives.query.read-your-writes.timeout:5s}") Duration timeout,
                     @Value("${directives.query.read-your-writes.poll-interval:25ms}") Duration pollInterval) {
        this.positions = positions;
        this.timeout = timeout;
        this.pollInterval = pollInterval;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ReadYourWritesInterceptor(positions, timeout, pollInterval))
                .addPathPatterns("/api/**", "/tasks/**", "/directives/**", "/units", "/steering-committee",
                        "/registration/**")
                .excludePathPatterns("/api/admin/**");
    }
}
