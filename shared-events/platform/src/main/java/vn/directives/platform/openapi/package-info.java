/**
 * The OpenAPI document's words, security schemes and media types, for both sides from one
 * implementation: each side imports OpenApiDocumentation and names its own catalogue.
 */
package vn.directives.platform.openapi;
