package vn.directives.command.enterprise;

import org.springframework.stereotype.Component;
import vn.directives.command.common.CommandContext;
import vn.directives.command.membertransfer.MemberRegister;
import vn.directives.command.partymember.PartyMemberRoster;
import vn.directives.command.partyorganization.PartyOrganizationDirectory;
import vn.directives.command.partyorganization.RecordedMembers;

import java.util.List;

/**
 * The checker of each kind of list ({@link ImportColumn.ListKind}), chosen by the file's columns:
 * an import's job and a history migration read every list through it, so a kind added here is both
 * importable and migratable.
 */
@Component
class ListChecks {

    private final EnterpriseRegistryLookup lookup;
    private final PartyOrganizationDirectory partyOrganizations;
    private final SocioPoliticalOrganizations socioPoliticalOrganizations;
    private final MemberRegister personalData;
    private final PartyMemberRoster roster;
    private final RecordedMembers recordedMembers;

    ListChecks(EnterpriseRegistryLookup lookup, PartyOrganizationDirectory partyOrganizations,
               SocioPoliticalOrganizations socioPoliticalOrganizations, MemberRegister personalData,
               PartyMemberRoster roster, RecordedMembers recordedMembers) {
        this.lookup = lookup;
        this.partyOrganizations = partyOrganizations;
        this.socioPoliticalOrganizations = socioPoliticalOrganizations;
        this.personalData = personalData;
        this.roster = roster;
        this.recordedMembers = recordedMembers;
    }

    /** The rows of one list checked against the registry as it is now; {@code jobId} goes on what they record. */
    CheckedRows check(List<RawRow> rows, String jobId, CommandContext context) {
        ImportColumn.ListKind kind = rows.isEmpty() ? ImportColumn.ListKind.ENTERPRISES : rows.get(0).list();
        return switch (kind) {
            case ENTERPRISES -> new RowValidation(lookup, lookup, jobId, context).check(rows);
            case PARTY_ORGANIZATIONS -> new PartyOrganizationRows(lookup, partyOrganizations, jobId, context)
                    .check(rows);
            case SOCIO_POLITICAL_ORGANIZATIONS -> new SocioPoliticalOrganizationRows(lookup,
                    socioPoliticalOrganizations, context).check(rows);
            case CESSATIONS -> new CessationRows(lookup, context).check(rows);
            case SOCIO_POLITICAL_DISSOLUTIONS -> new SocioPoliticalDissolutionRows(lookup,
                    socioPoliticalOrganizations, context).check(rows);
            case PARTY_MEMBERS -> new PartyMemberRows(lookup, partyOrganizations, personalData, roster,
                    recordedMembers, jobId, context).check(rows);
        };
    }
}
