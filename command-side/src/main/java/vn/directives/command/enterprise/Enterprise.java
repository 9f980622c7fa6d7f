package vn.directives.command.enterprise;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.directives.command.common.CommandContext;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.Rules;
import vn.directives.events.enterprise.EnterpriseCeased;
import vn.directives.events.enterprise.EnterpriseChanged;
import vn.directives.events.enterprise.EnterpriseProfile;
import vn.directives.events.enterprise.EnterpriseRegistered;
import vn.directives.events.enterprise.SocioPoliticalOrganizationDissolved;
import vn.directives.events.enterprise.SocioPoliticalOrganizationFounded;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;
import vn.directives.events.enterprise.SocioPoliticalOrganizationMembersChanged;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An enterprise in the registry, its stream keyed by its tax code. It is registered once (a second
 * registration of a tax code is refused), changed with the whole profile from a date, and ceases
 * once; changes follow one another in effective-date order, and a ceased enterprise changes no more.
 * Its socio-political organizations live here too: one of each kind at a time.
 */
@Aggregate
class Enterprise {

    @AggregateIdentifier
    private String taxCode;
    private EnterpriseProfile profile;
    private LocalDate lastChangeOn;
    private boolean ceased;
    /** The socio-political organizations in being, with their members. */
    private final Map<SocioPoliticalOrganizationKind, Integer> organizations =
            new EnumMap<>(SocioPoliticalOrganizationKind.class);

    Enterprise() {
        // for Axon
    }

    @CommandHandler
    Enterprise(RegisterEnterprise command, EnterpriseRegistry registry, CommuneDirectory communes) {
        Rules.requireOrganizationCommittee(command.context());
        String code = TaxCode.checked(command.taxCode());
        if (registry.isRegistered(code)) {
            throw alreadyRegistered();
        }
        LocalDate on = command.effectiveOn() == null ? command.context().today() : command.effectiveOn();
        Rules.requireNotInFuture(on, "effectiveOn", command.context());
        EnterpriseProfile checked = ProfileRules.checked(command.profile(), on, communes);
        apply(new EnterpriseRegistered(code, checked, command.importJobId(), on, command.context().userId()));
    }

    @CommandHandler
    long handle(ChangeEnterprise command, CommuneDirectory communes) {
        LocalDate on = checkChange(command.effectiveOn(), command.context());
        EnterpriseProfile checked = ProfileRules.checked(command.profile(), on, communes);
        if (checked.equals(profile)) {
            throw RuleViolation.refused("nothing-changed", "profile",
                    "Thông tin mới trùng với thông tin hiện có của doanh nghiệp.",
                    "The new facts are the enterprise's current ones.");
        }
        return Rules.record(new EnterpriseChanged(taxCode, checked, command.importJobId(), on,
                command.context().userId()));
    }

    @CommandHandler
    long handle(CeaseEnterprise command) {
        LocalDate on = checkChange(command.effectiveOn(), command.context());
        String reason = Rules.requireText(command.reason(), "reason").strip();
        return Rules.record(new EnterpriseCeased(taxCode, reason, on, command.context().userId()));
    }

    @CommandHandler
    long handle(FoundSocioPoliticalOrganization command) {
        LocalDate on = checkChange(command.effectiveOn(), command.context());
        return found(command.kind(), command.members(), on, null, command.context());
    }

    /**
     * A task's outcome: the task's own rules authorized whoever completed it, so the Organization
     * Committee's role is not asked for here; every rule of the registry is.
     */
    @CommandHandler
    long handle(FoundOrganizationAsTaskOutcome command) {
        LocalDate on = checkOpen(command.effectiveOn(), command.context());
        return found(command.kind(), command.members(), on, Rules.requireText(command.taskId(), "taskId"),
                command.context());
    }

    private long found(SocioPoliticalOrganizationKind kind, int members, LocalDate on, String taskId,
                       CommandContext context) {
        requireKind(kind);
        if (organizations.containsKey(kind)) {
            throw RuleViolation.refused("organization-kind-exists", "kind",
                    "Doanh nghiệp đã có tổ chức loại này; mỗi loại chỉ có một tổ chức.",
                    "The enterprise already has an organization of this kind; one of each kind at a time.");
        }
        requireMembers(members);
        return Rules.record(new SocioPoliticalOrganizationFounded(taxCode, kind, members, taskId, on,
                context.userId()));
    }

    @CommandHandler
    long handle(ChangeSocioPoliticalOrganizationMembers command) {
        LocalDate on = checkChange(command.effectiveOn(), command.context());
        requireExisting(command.kind());
        requireMembers(command.members());
        if (organizations.get(command.kind()) == command.members()) {
            throw RuleViolation.refused("nothing-changed", "members", "Số thành viên không đổi.",
                    "The number of members is unchanged.");
        }
        return Rules.record(new SocioPoliticalOrganizationMembersChanged(taxCode, command.kind(), command.members(),
                on, command.context().userId()));
    }

    @CommandHandler
    long handle(DissolveSocioPoliticalOrganization command) {
        LocalDate on = checkChange(command.effectiveOn(), command.context());
        requireExisting(command.kind());
        String reason = Rules.requireText(command.reason(), "reason").strip();
        return Rules.record(new SocioPoliticalOrganizationDissolved(taxCode, command.kind(), reason, on,
                command.context().userId()));
    }

    private static void requireKind(SocioPoliticalOrganizationKind kind) {
        if (kind == null) {
            throw RuleViolation.invalid("required", "kind", "Trường 'kind' không được để trống.",
                    "Field 'kind' must not be blank.");
        }
    }

    private void requireExisting(SocioPoliticalOrganizationKind kind) {
        requireKind(kind);
        if (!organizations.containsKey(kind)) {
            throw RuleViolation.refused("organization-kind-absent", "kind",
                    "Doanh nghiệp không có tổ chức loại này.", "The enterprise has no organization of this kind.");
        }
    }

    private static void requireMembers(int members) {
        if (members < 0) {
            throw RuleViolation.invalid("not-negative", "members", "Số thành viên không được âm.",
                    "The number of members cannot be negative.");
        }
    }

    /** The refusal of a tax code already in the registry, wherever it is detected. */
    static RuleViolation alreadyRegistered() {
        return RuleViolation.refused("tax-code-registered", TaxCode.FIELD,
                "Mã số thuế này đã có trong sổ theo dõi doanh nghiệp.",
                "An enterprise with this tax code is already registered.");
    }

    private LocalDate checkChange(LocalDate effectiveOn, CommandContext context) {
        Rules.requireOrganizationCommittee(context);
        return checkOpen(effectiveOn, context);
    }

    /** Nothing changes after the enterprise ceased; changes follow one another in date order. */
    private LocalDate checkOpen(LocalDate effectiveOn, CommandContext context) {
        if (ceased) {
            throw RuleViolation.refused("enterprise-ceased",
                    "Doanh nghiệp đã chấm dứt hoạt động; không thể thay đổi.",
                    "The enterprise has ceased; nothing can change any more.");
        }
        return Rules.effectiveDate(effectiveOn, lastChangeOn, context);
    }

    @EventSourcingHandler
    void on(EnterpriseRegistered event) {
        taxCode = event.taxCode();
        profile = event.profile();
        lastChangeOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(EnterpriseChanged event) {
        profile = event.profile();
        lastChangeOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(SocioPoliticalOrganizationFounded event) {
        organizations.put(event.kind(), event.members());
        lastChangeOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(SocioPoliticalOrganizationMembersChanged event) {
        organizations.put(event.kind(), event.members());
        lastChangeOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(SocioPoliticalOrganizationDissolved event) {
        organizations.remove(event.kind());
        lastChangeOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(EnterpriseCeased event) {
        ceased = true;
        lastChangeOn = event.effectiveOn();
    }
}
