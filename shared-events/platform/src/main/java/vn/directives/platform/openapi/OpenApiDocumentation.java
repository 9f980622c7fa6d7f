package vn.directives.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * The OpenAPI document of a side, made to explain itself: title, version (the build's) and
 * description, both ways of signing in, and for every operation the summary, description, request
 * example and media types written in the side's catalogue ({@code directives.openapi.catalogue}, a
 * YAML file of the side's own, keyed by controller and method so that a path can change without
 * losing its words; the file names differ because both sides share one classpath in tests). Each
 * side imports this configuration.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiDocumentation {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    @Bean
    OperationCatalogue operationCatalogue(@Value("${directives.openapi.catalogue}") Resource catalogue) {
        return OperationCatalogue.load(catalogue);
    }

    @Bean
    OpenAPI openApi(OperationCatalogue catalogue, ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info()
                        .title(catalogue.title())
                        .description(catalogue.description())
                        .version(properties == null ? "development" : properties.getVersion()))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Tài khoản của dịch vụ (chế độ embedded). / An account of the service"
                                        + " (embedded mode)."))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("Mã truy cập của hệ thống đăng nhập một lần của tỉnh (chế độ oidc)."
                                        + " / A token of the province's single sign-on (oidc mode).")))
                // either scheme, whichever mode the side runs in
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OperationCustomizer operationWords(OperationCatalogue catalogue) {
        return catalogue::describe;
    }

    @Bean
    OpenApiCustomizer mediaTypes(OperationCatalogue catalogue) {
        return catalogue::settleMediaTypes;
    }
}
