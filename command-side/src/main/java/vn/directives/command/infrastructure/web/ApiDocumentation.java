package vn.directives.command.infrastructure.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.directives.platform.openapi.OpenApiDocumentation;

/** The OpenAPI document's words for this side come from {@code openapi/command-side.yml}. */
@Configuration(proxyBeanMethods = false)
@Import(OpenApiDocumentation.class)
class ApiDocumentation {
}
