/**
 * The HTTP conventions every query controller shares: reading one's own writes ({@code ?position=}),
 * problem documents, the limit on parameter length, and the OpenAPI document's import.
 */
package vn.directives.query.infrastructure.web;
