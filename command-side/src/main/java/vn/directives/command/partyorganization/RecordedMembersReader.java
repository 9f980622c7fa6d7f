package vn.directives.command.partyorganization;

import org.axonframework.config.Configuration;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import vn.directives.events.partyorganization.MemberCounts;

/**
 * Reads an organization's counts by loading the aggregate from its events, in a unit of work of its own
 * that is rolled back (nothing is appended), so the counts are the aggregate's own rule, not a second fold.
 */
@Component
class RecordedMembersReader implements RecordedMembers {

    private final Configuration axon;

    RecordedMembersReader(Configuration axon) {
        this.axon = axon;
    }

    @Override
    public MemberCounts of(String partyOrganizationId) {
        Repository<PartyOrganization> repository = axon.repository(PartyOrganization.class);
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        try {
            return repository.load(partyOrganizationId).invoke(PartyOrganization::counts);
        } finally {
            unit.rollback();
        }
    }
}
