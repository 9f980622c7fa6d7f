package vn.directives.command.infrastructure.web;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Adds the event store position to every command answer, once for all controllers: the body's
 * {@code position} and the {@code X-Event-Position} header. A client passes it to the query side
 * ({@code ?position=} or {@code X-Min-Position}) to read its own writes. The command has committed
 * when its answer is written, so its events are visible.
 */
@ControllerAdvice
class EventPositionAdvice implements ResponseBodyAdvice<Object> {

    private final EventPositions positions;

    EventPositionAdvice(EventPositions positions) {
        this.positions = positions;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        ResolvableType type = ResolvableType.forMethodParameter(returnType);
        if (HttpEntity.class.isAssignableFrom(type.toClass())) {
            type = type.getGeneric(0);
        }
        return Versions.Accepted.class.equals(type.toClass());
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (!(body instanceof Versions.Accepted accepted)) {
            return body;
        }
        long position = positions.afterCommand(accepted.id(), accepted.version());
        response.getHeaders().set(Versions.POSITION_HEADER, Long.toString(position));
        return accepted.withPosition(position);
    }
}
