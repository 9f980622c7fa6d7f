package vn.directives.command.infrastructure;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.context.annotation.Configuration;

/** Every command handled here goes through {@link OnlyUserChangesConflict}. */
@Configuration
class ConflictConfiguration {

    ConflictConfiguration(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(new OnlyUserChangesConflict());
    }
}
