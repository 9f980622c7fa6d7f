package vn.directives.command.partyorganization;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A failure in the party-organization handlers must fail the command that caused the event
 * (Axon's default only logs it): otherwise a task could complete without its organization, or a
 * second organization could be stored for an enterprise.
 */
@Configuration(proxyBeanMethods = false)
class PartyOrganizationProcessing {

    @Bean
    ConfigurerModule partyOrganizationFailuresPropagate() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                EstablishmentPolicy.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
