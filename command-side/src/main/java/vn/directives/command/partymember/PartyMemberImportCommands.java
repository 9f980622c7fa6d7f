package vn.directives.command.partymember;

import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/** The commands an imported list of Party members sends, built here so that the commands stay this package's. */
public final class PartyMemberImportCommands {

    private PartyMemberImportCommands() {
    }

    public static Object record(String memberRef, MemberEntry entry, LocalDate effectiveOn, String importJobId,
                                CommandContext context) {
        return new RecordPartyMember(PartyMemberStream.id(memberRef), memberRef, entry, effectiveOn, importJobId,
                context);
    }

    public static Object change(String memberRef, MemberEntry entry, LocalDate effectiveOn, String importJobId,
                                CommandContext context) {
        return new ChangePartyMember(PartyMemberStream.id(memberRef), entry, effectiveOn, importJobId, context);
    }
}
