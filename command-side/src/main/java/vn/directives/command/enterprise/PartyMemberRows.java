package vn.directives.command.enterprise;

import vn.directives.command.common.CommandContext;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.membertransfer.MemberIdentity;
import vn.directives.command.membertransfer.MemberRegister;
import vn.directives.command.partymember.MemberEntry;
import vn.directives.command.partymember.PartyMemberImportCommands;
import vn.directives.command.partymember.PartyMemberRoster;
import vn.directives.command.partyorganization.PartyOrganizationDirectory;
import vn.directives.command.partyorganization.PartyOrganizationDirectory.KnownOrganization;
import vn.directives.command.partyorganization.RecordedMembers;
import vn.directives.events.memberdevelopment.CandidateCategory;
import vn.directives.events.partyorganization.MemberCounts;
import vn.directives.events.partyorganization.MemberStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static vn.directives.command.enterprise.ImportColumn.ADMITTED_ON;
import static vn.directives.command.enterprise.ImportColumn.BIRTH_DATE;
import static vn.directives.command.enterprise.ImportColumn.CATEGORY;
import static vn.directives.command.enterprise.ImportColumn.CITIZEN_ID;
import static vn.directives.command.enterprise.ImportColumn.EFFECTIVE_ON;
import static vn.directives.command.enterprise.ImportColumn.FULL_NAME;
import static vn.directives.command.enterprise.ImportColumn.MEMBER_STATUS;
import static vn.directives.command.enterprise.ImportColumn.PARTY_CARD_NUMBER;
import static vn.directives.command.enterprise.ImportColumn.RECOGNIZED_ON;
import static vn.directives.command.enterprise.ImportColumn.REGISTERED_AT;
import static vn.directives.command.enterprise.ImportColumn.TAX_CODE;

/**
 * Checks the rows of a list of Party members and plans what each does. The person (name, date of
 * birth, Party card number, citizen ID) goes to the protected personal-data store only
 * ({@link MemberRegister}), written in the chunk's transaction just before the row's command; the
 * command and its event name the person by the store's random reference. A person the store knows
 * (by citizen ID) keeps their reference: a row equal to their roster entry and personal data does
 * nothing, one that differs records a change of the entry (or only updates the personal data), never
 * a second member. Messages never quote a personal value. Beside the rows, each Party organization
 * the list names is compared with the members its events have counted ({@link RosterReconciliation}).
 */
final class PartyMemberRows {

    private static final Map<String, MemberStatus> STATUSES = Map.of(
            "chính thức", MemberStatus.OFFICIAL,
            "đảng viên chính thức", MemberStatus.OFFICIAL,
            "official", MemberStatus.OFFICIAL,
            "dự bị", MemberStatus.PROBATIONARY,
            "đảng viên dự bị", MemberStatus.PROBATIONARY,
            "probationary", MemberStatus.PROBATIONARY,
            "sinh hoạt tạm thời", MemberStatus.TEMPORARY,
            "tạm thời", MemberStatus.TEMPORARY,
            "temporary", MemberStatus.TEMPORARY);

    private static final Map<String, CandidateCategory> CATEGORIES = Map.ofEntries(
            Map.entry("công nhân trực tiếp sản xuất", CandidateCategory.DIRECT_PRODUCTION_WORKER),
            Map.entry("công nhân", CandidateCategory.DIRECT_PRODUCTION_WORKER),
            Map.entry("cán bộ quản lý", CandidateCategory.MANAGER),
            Map.entry("cán bộ quản lý doanh nghiệp", CandidateCategory.MANAGER),
            Map.entry("chủ doanh nghiệp", CandidateCategory.OWNER),
            Map.entry("cán bộ công đoàn, đoàn thanh niên", CandidateCategory.UNION_OR_YOUTH_OFFICER),
            Map.entry("cán bộ công đoàn", CandidateCategory.UNION_OR_YOUTH_OFFICER),
            Map.entry("cán bộ đoàn thanh niên", CandidateCategory.UNION_OR_YOUTH_OFFICER),
            Map.entry("người lao động khác", CandidateCategory.OTHER),
            Map.entry("khác", CandidateCategory.OTHER),
            Map.entry("direct_production_worker", CandidateCategory.DIRECT_PRODUCTION_WORKER),
            Map.entry("manager", CandidateCategory.MANAGER),
            Map.entry("owner", CandidateCategory.OWNER),
            Map.entry("union_or_youth_officer", CandidateCategory.UNION_OR_YOUTH_OFFICER),
            Map.entry("other", CandidateCategory.OTHER));

    /** Words of the registration column that mean the enterprise's own Party organization (blank means it too). */
    private static final Set<String> AT_ENTERPRISE = Set.of("tại doanh nghiệp", "doanh nghiệp",
            "tổ chức đảng của doanh nghiệp", "tổ chức đảng doanh nghiệp");

    private static final Map<String, ImportColumn> COLUMN_OF_FIELD = Map.of(
            "member.fullName", FULL_NAME,
            "member.partyCardNumber", PARTY_CARD_NUMBER,
            "member.citizenId", CITIZEN_ID,
            MemberEntry.STATUS, MEMBER_STATUS,
            MemberEntry.ADMITTED_ON, ADMITTED_ON,
            MemberEntry.RECOGNIZED_ON, RECOGNIZED_ON,
            MemberEntry.REGISTERED_AT, REGISTERED_AT,
            MemberEntry.ENTERPRISE, TAX_CODE);

    private final EnterpriseRegistry registry;
    private final PartyOrganizationDirectory organizations;
    private final MemberRegister register;
    private final PartyMemberRoster roster;
    private final RecordedMembers recorded;
    private final String importJobId;
    private final CommandContext context;
    private final LocalDate today;

    private Map<String, RegistryEntry> enterprises = Map.of();
    private final Map<String, MemberRegister.Known> byCitizenId = new HashMap<>();
    private final Map<String, MemberRegister.Known> byCard = new HashMap<>();
    private Map<String, PartyMemberRoster.Entry> entries = Map.of();
    private final Map<String, Optional<KnownOrganization>> organizationOf = new HashMap<>();
    private final Map<LocalDate, Map<String, List<String>>> unitsByDate = new HashMap<>();
    private final Map<String, Integer> seenCitizenIds = new HashMap<>();
    private final Map<String, Integer> seenCards = new HashMap<>();
    /** The valid rows' entries by reference, in file order, for the reconciliation. */
    private final Map<String, MemberEntry> listed = new LinkedHashMap<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<PlannedRow> planned = new ArrayList<>();

    PartyMemberRows(EnterpriseRegistry registry, PartyOrganizationDirectory organizations, MemberRegister register,
                    PartyMemberRoster roster, RecordedMembers recorded, String importJobId, CommandContext context) {
        this.registry = registry;
        this.organizations = organizations;
        this.register = register;
        this.roster = roster;
        this.recorded = recorded;
        this.importJobId = importJobId;
        this.context = context;
        this.today = context.today();
    }

    CheckedRows check(List<RawRow> rows) {
        enterprises = registry.entries(TaxCode.readable(rows.stream().map(row -> row.value(TAX_CODE))));
        List<String> citizenIds = rows.stream().map(row -> row.value(CITIZEN_ID)).filter(v -> !v.isEmpty()).toList();
        List<String> cards = rows.stream().map(row -> row.value(PARTY_CARD_NUMBER)).filter(v -> !v.isEmpty()).toList();
        for (MemberRegister.Known known : register.known(citizenIds, cards)) {
            byCitizenId.put(known.citizenId(), known);
            byCard.put(known.partyCardNumber(), known);
        }
        entries = roster.entries(byCitizenId.values().stream().map(MemberRegister.Known::memberRef).toList());
        rows.forEach(this::check);
        return new CheckedRows(problems, planned, reconciliation());
    }

    private void check(RawRow row) {
        List<RowProblem> found = new ArrayList<>(row.problems());
        MemberIdentity identity = identity(row, found);
        LocalDate birthDate = ListedEnterprise.requiredDate(row, BIRTH_DATE, today, found);
        Optional<RegistryEntry> enterprise = enterprise(row, found);
        LocalDate effectiveOn = ListedEnterprise.dateOrToday(row, EFFECTIVE_ON, today, found);
        String[] registration = enterprise.isEmpty() ? new String[2]
                : registration(row, enterprise.get().taxCode(), effectiveOn == null ? today : effectiveOn, found);
        MemberStatus status = word(row, MEMBER_STATUS, STATUSES, true, found,
                "Trạng thái đảng viên phải là 'Chính thức' hoặc 'Dự bị'.",
                "The member's status must be official or probationary.");
        LocalDate admittedOn = ListedEnterprise.requiredDate(row, ADMITTED_ON, today, found);
        LocalDate recognizedOn = row.value(RECOGNIZED_ON).isEmpty() ? null
                : ListedEnterprise.requiredDate(row, RECOGNIZED_ON, today, found);
        CandidateCategory category = word(row, CATEGORY, CATEGORIES, false, found,
                "Đối tượng phải là 'Công nhân trực tiếp sản xuất', 'Cán bộ quản lý', 'Chủ doanh nghiệp', "
                        + "'Cán bộ công đoàn, đoàn thanh niên' hoặc 'Người lao động khác'.",
                "The category must be a direct production worker, a manager, an owner, a union or Youth Union"
                        + " officer, or another worker.");
        MemberEntry entry = new MemberEntry(enterprise.map(RegistryEntry::taxCode).orElse(null), registration[0],
                registration[1], status, admittedOn, recognizedOn, category);
        for (RuleViolation violation : entry.violations(today)) {
            ImportColumn column = COLUMN_OF_FIELD.get(violation.field());
            if (!hasProblem(found, column) && !(violation.rule().equals("registered-once")
                    && (hasProblem(found, TAX_CODE) || hasProblem(found, REGISTERED_AT)))) {
                found.add(RowProblem.of(row.number(), column, violation.rule(), violation.messageVi(),
                        violation.messageEn()));
            }
        }
        if (birthDate != null && admittedOn != null && admittedOn.isBefore(birthDate.plusYears(18))) {
            found.add(RowProblem.of(row.number(), ADMITTED_ON, "admitted-under-eighteen",
                    "Người được kết nạp phải đủ 18 tuổi vào ngày kết nạp (Điều lệ Đảng, Điều 1).",
                    "A member must be 18 or older on the day of admission (Party Charter, art. 1)."));
        }
        if (!found.isEmpty()) {
            problems.addAll(found);
            return;
        }
        plan(row, identity, birthDate, entry, effectiveOn);
    }

    private void plan(RawRow row, MemberIdentity identity, LocalDate birthDate, MemberEntry entry,
                      LocalDate effectiveOn) {
        int n = row.number();
        MemberRegister.Known known = byCitizenId.get(identity.citizenId());
        String ref = known != null ? known.memberRef() : UUID.randomUUID().toString();
        boolean personalChanged = known == null || !known.fullName().equals(identity.fullName())
                || !Objects.equals(known.birthDate(), birthDate);
        Runnable keep = personalChanged ? () -> keep(identity, birthDate, ref) : null;
        PartyMemberRoster.Entry onRoster = entries.get(ref);
        listed.put(ref, entry);
        if (onRoster == null) {
            planned.add(new PlannedRow(n, PlannedRow.Outcome.REGISTER,
                    PartyMemberImportCommands.record(ref, entry, effectiveOn, importJobId, context), Map.of(), keep));
        } else if (onRoster.entry().equals(entry)) {
            planned.add(new PlannedRow(n, personalChanged ? PlannedRow.Outcome.CHANGE : PlannedRow.Outcome.UNCHANGED,
                    null, Map.of(), keep));
        } else if (effectiveOn.isBefore(onRoster.effectiveOn())) {
            problems.add(RowProblem.of(n, EFFECTIVE_ON, "not-before-last-change",
                    "Ngày hiệu lực không được trước lần thay đổi gần nhất của đảng viên này ("
                            + ListedEnterprise.DAY.format(onRoster.effectiveOn()) + ").",
                    "The effective date cannot precede this member's last change (" + onRoster.effectiveOn() + ")."));
            listed.remove(ref);
        } else {
            planned.add(new PlannedRow(n, PlannedRow.Outcome.CHANGE,
                    PartyMemberImportCommands.change(ref, entry, effectiveOn, importJobId, context), Map.of(), keep));
        }
    }

    /** Writes the person to the store under the planned reference; a person stored meanwhile under another stops the chunk. */
    private void keep(MemberIdentity identity, LocalDate birthDate, String ref) {
        if (!register.keep(identity, birthDate, ref).equals(ref)) {
            throw RuleViolation.refused("member-identity-mismatch", "member",
                    "Đảng viên này vừa được ghi nhận ở nơi khác; hãy nhập tiếp để đối chiếu lại.",
                    "This member was recorded elsewhere meanwhile; resume the import to compare again.");
        }
    }

    /** The person's name, card number and citizen ID: formats, once in the file, and as the store knows them. */
    private MemberIdentity identity(RawRow row, List<RowProblem> found) {
        String name = RowValidation.required(row, FULL_NAME, found);
        String card = RowValidation.required(row, PARTY_CARD_NUMBER, found);
        String citizenId = RowValidation.required(row, CITIZEN_ID, found);
        MemberIdentity identity = new MemberIdentity(name, card, citizenId);
        for (RuleViolation violation : identity.violations()) {
            ImportColumn column = COLUMN_OF_FIELD.get(violation.field());
            if (!row.value(column).isEmpty() && !hasProblem(found, column)) {
                found.add(RowProblem.of(row.number(), column, violation.rule(), violation.messageVi()
                                + (column == CITIZEN_ID && row.value(column).matches("\\d{9,11}")
                                ? " Nếu ô là kiểu số, các chữ số 0 ở đầu đã mất: hãy định dạng cột là văn bản." : ""),
                        violation.messageEn() + (column == CITIZEN_ID && row.value(column).matches("\\d{9,11}")
                                ? " A number cell drops leading zeros: format the column as text." : "")));
            }
        }
        once(row, CITIZEN_ID, citizenId, seenCitizenIds, "Số căn cước công dân", "citizen ID", found);
        once(row, PARTY_CARD_NUMBER, card, seenCards, "Số thẻ đảng viên", "Party card number", found);
        MemberRegister.Known byId = byCitizenId.get(citizenId);
        MemberRegister.Known holder = byCard.get(card);
        if (byId != null && !byId.partyCardNumber().equals(card)) {
            found.add(mismatch(row, PARTY_CARD_NUMBER));
        } else if (holder != null && !holder.citizenId().equals(citizenId)) {
            found.add(mismatch(row, CITIZEN_ID));
        }
        return identity.normalized();
    }

    private static void once(RawRow row, ImportColumn column, String value, Map<String, Integer> seen, String vi,
                             String en, List<RowProblem> found) {
        if (value.isEmpty()) {
            return;
        }
        Integer first = seen.putIfAbsent(value, row.number());
        if (first != null) {
            found.add(RowProblem.of(row.number(), column, "duplicate-in-file",
                    vi + " trùng với dòng " + first + " của tệp: mỗi đảng viên một dòng.",
                    "The " + en + " repeats row " + first + " of the file: one row per member."));
        }
    }

    private static RowProblem mismatch(RawRow row, ImportColumn column) {
        return RowProblem.of(row.number(), column, "member-identity-mismatch",
                "Số căn cước công dân hoặc số thẻ đảng viên đã được ghi nhận cho một đảng viên khác; hãy kiểm tra lại.",
                "The citizen ID or the Party card number is already recorded for another member; check them.");
    }

    /** The enterprise where the member works: in the registry and not ceased. */
    private Optional<RegistryEntry> enterprise(RawRow row, List<RowProblem> found) {
        Optional<String> code = ListedEnterprise.taxCode(row, found);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<RegistryEntry> entry = ListedEnterprise.registered(row, code.get(), enterprises, found);
        if (entry.isPresent() && entry.get().ceased()) {
            found.add(ListedEnterprise.ceased(row, code.get()));
        }
        return entry.filter(e -> !e.ceased());
    }

    /**
     * Where the member is registered: {@code [partyOrganizationId, null]} for the enterprise's own
     * organization (blank, its id, or "Tại doanh nghiệp"), {@code [null, unitId]} for a residence
     * committee (a unit's id, or the name it bore on the date when exactly one bore it).
     */
    private String[] registration(RawRow row, String taxCode, LocalDate on, List<RowProblem> found) {
        String text = row.value(REGISTERED_AT);
        Optional<KnownOrganization> own = organizationOf.computeIfAbsent(taxCode, organizations::ofEnterprise);
        if (text.isEmpty() || AT_ENTERPRISE.contains(ImportColumn.key(text))
                || own.map(o -> o.partyOrganizationId().equals(text)).orElse(false)) {
            if (own.isEmpty()) {
                found.add(RowProblem.of(row.number(), REGISTERED_AT, "no-party-organization",
                        "Doanh nghiệp " + taxCode + " chưa có tổ chức đảng: ghi cấp ủy nơi cư trú nơi đảng viên sinh"
                                + " hoạt, hoặc nhập danh sách tổ chức đảng trước.",
                        "Enterprise " + taxCode + " has no Party organization: name the residence committee where"
                                + " the member is registered, or import the list of Party organizations first."));
                return new String[2];
            }
            return new String[] {own.get().partyOrganizationId(), null};
        }
        if (organizations.isUnit(text, on)) {
            return new String[] {null, text};
        }
        List<String> named = unitsByDate.computeIfAbsent(on, day -> organizations.unitsByName(day, ImportColumn::key))
                .getOrDefault(ImportColumn.key(text), List.of());
        if (named.size() == 1) {
            return new String[] {null, named.get(0)};
        }
        found.add(named.isEmpty()
                ? RowProblem.of(row.number(), REGISTERED_AT, "unknown-party-organization",
                        "Không có tổ chức đảng hay cấp ủy '" + text + "' vào ngày " + ListedEnterprise.DAY.format(on)
                                + "; để trống nếu đảng viên sinh hoạt tại tổ chức đảng của doanh nghiệp.",
                        "No Party organization or committee '" + text + "' exists on " + on
                                + "; leave it blank for the enterprise's own Party organization.")
                : RowProblem.of(row.number(), REGISTERED_AT, "ambiguous-residence-committee",
                        "Có nhiều đơn vị tên '" + text + "'; hãy ghi mã đơn vị.",
                        "Several units are named '" + text + "'; give the unit id."));
        return new String[2];
    }

    private static <T> T word(RawRow row, ImportColumn column, Map<String, T> words, boolean required,
                              List<RowProblem> found, String vi, String en) {
        String text = required ? RowValidation.required(row, column, found) : row.value(column);
        if (text.isEmpty()) {
            return null;
        }
        T value = words.get(ImportColumn.key(text));
        if (value == null) {
            found.add(RowProblem.of(row.number(), column, "unknown-value", vi, en));
        }
        return value;
    }

    private static boolean hasProblem(List<RowProblem> found, ImportColumn column) {
        return column != null && found.stream().anyMatch(p -> column.field.equals(p.field()));
    }

    /**
     * Each organization the valid rows register members in: the roster as it will be (those already
     * registered there whom the file does not move, and the file's) beside the counts its events hold.
     */
    private List<RosterReconciliation> reconciliation() {
        Set<String> named = new LinkedHashSet<>();
        listed.values().stream().map(MemberEntry::partyOrganizationId).filter(Objects::nonNull).forEach(named::add);
        if (named.isEmpty()) {
            return List.of();
        }
        Map<String, MemberEntry> after = new HashMap<>();
        roster.registeredIn(named).forEach((ref, entry) -> after.put(ref, entry.entry()));
        after.putAll(listed);
        List<RosterReconciliation> result = new ArrayList<>();
        for (String organization : named) {
            int official = 0;
            int probationary = 0;
            String taxCode = null;
            for (MemberEntry entry : after.values()) {
                if (organization.equals(entry.partyOrganizationId())) {
                    taxCode = entry.enterpriseTaxCode();
                    if (entry.status() == MemberStatus.OFFICIAL) {
                        official++;
                    } else {
                        probationary++;
                    }
                }
            }
            MemberCounts counts = recorded.of(organization);
            boolean agrees = counts.official() == official && counts.probationary() == probationary;
            RegistryEntry enterprise = enterprises.get(taxCode);
            String name = enterprise == null ? taxCode : enterprise.profile().name();
            result.add(new RosterReconciliation(organization, taxCode, name, official, probationary,
                    counts.official(), counts.probationary(), agrees,
                    agrees ? "Tổ chức đảng của " + name + ": danh sách khớp với số đã ghi nhận (" + official
                            + " chính thức, " + probationary + " dự bị)."
                            : "Tổ chức đảng của " + name + ": danh sách có " + official + " chính thức, " + probationary
                            + " dự bị; số đã ghi nhận là " + counts.official() + " chính thức, "
                            + counts.probationary() + " dự bị. Danh sách không thay đổi số đã ghi nhận: hãy ghi các"
                            + " việc kết nạp, công nhận chính thức, chuyển sinh hoạt, ra khỏi Đảng còn thiếu, hoặc bổ"
                            + " sung danh sách.",
                    agrees ? "The Party organization of " + name + ": the roster agrees with the recorded counts ("
                            + official + " official, " + probationary + " probationary)."
                            : "The Party organization of " + name + ": the roster has " + official + " official and "
                            + probationary + " probationary members; the recorded counts are " + counts.official()
                            + " official and " + counts.probationary() + " probationary. The roster does not change"
                            + " the counts: record the missing admissions, recognitions, transfers or exits, or"
                            + " complete the roster."));
        }
        return result;
    }
}
