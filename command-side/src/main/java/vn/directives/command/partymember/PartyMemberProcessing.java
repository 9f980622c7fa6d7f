package vn.directives.command.partymember;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The roster's lookup runs in the command's transaction: a failure there fails the command and rolls its events back. */
@Configuration(proxyBeanMethods = false)
class PartyMemberProcessing {

    @Bean
    ConfigurerModule partyMemberLookupFailuresFailTheCommand() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                PartyMemberLookup.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
