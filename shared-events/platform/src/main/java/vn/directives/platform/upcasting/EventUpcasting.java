package vn.directives.platform.upcasting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import vn.directives.events.upcasting.CellEstablishmentCompletedV1Upcaster;
import vn.directives.events.upcasting.ExistingPartyOrganizationRecordedV1Upcaster;
import vn.directives.events.upcasting.GeneralTaskCompletedV1Upcaster;
import vn.directives.events.upcasting.PartyOrganizationEstablishedV1Upcaster;
import vn.directives.events.upcasting.ProgressReportedV1Upcaster;
import vn.directives.events.upcasting.SocioPoliticalOrganizationFoundedV1Upcaster;
import vn.directives.events.upcasting.UnitDissolvedV1Upcaster;

/**
 * The contract's upcasters as beans: Axon's Spring Boot configuration puts every
 * {@code EventUpcaster} bean into the upcaster chain of the event store, in {@link Order}, so both
 * sides read an older revision the same way (command side: aggregates; query side: projections
 * and the report's history). Imported by the shared event store configuration.
 */
@Configuration(proxyBeanMethods = false)
public class EventUpcasting {

    @Bean
    @Order(0)
    ProgressReportedV1Upcaster progressReportedV1Upcaster() {
        return new ProgressReportedV1Upcaster();
    }

    @Bean
    @Order(0)
    ExistingPartyOrganizationRecordedV1Upcaster existingPartyOrganizationRecordedV1Upcaster() {
        return new ExistingPartyOrganizationRecordedV1Upcaster();
    }

    @Bean
    @Order(0)
    UnitDissolvedV1Upcaster unitDissolvedV1Upcaster() {
        return new UnitDissolvedV1Upcaster();
    }

    @Bean
    @Order(0)
    GeneralTaskCompletedV1Upcaster generalTaskCompletedV1Upcaster() {
        return new GeneralTaskCompletedV1Upcaster();
    }

    @Bean
    @Order(0)
    SocioPoliticalOrganizationFoundedV1Upcaster socioPoliticalOrganizationFoundedV1Upcaster() {
        return new SocioPoliticalOrganizationFoundedV1Upcaster();
    }

    @Bean
    @Order(0)
    CellEstablishmentCompletedV1Upcaster cellEstablishmentCompletedV1Upcaster() {
        return new CellEstablishmentCompletedV1Upcaster();
    }

    @Bean
    @Order(0)
    PartyOrganizationEstablishedV1Upcaster partyOrganizationEstablishedV1Upcaster() {
        return new PartyOrganizationEstablishedV1Upcaster();
    }
}
