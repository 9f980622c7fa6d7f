package vn.directives.benchmark.province;

import vn.directives.events.directive.DirectiveKind;
import vn.directives.events.directive.DirectivePoint;
import vn.directives.events.directive.DirectiveRegistered;
import vn.directives.events.directive.DirectiveReplaced;
import vn.directives.events.directive.DirectiveTargetsAmended;
import vn.directives.events.directive.ReportingCadence;
import vn.directives.events.directive.Target;
import vn.directives.events.partyorganization.ExistingPartyOrganizationRecorded;
import vn.directives.events.partyorganization.NewMembersAdmitted;
import vn.directives.events.partyorganization.RecordSource;
import vn.directives.events.steering.MemberContact;
import vn.directives.events.steering.Responsibilities;
import vn.directives.events.steering.SteeringMemberAppointed;
import vn.directives.events.steering.SteeringMemberRelieved;
import vn.directives.events.steering.SteeringMemberResponsibilitiesChanged;
import vn.directives.events.unit.UnitDissolved;
import vn.directives.events.unit.UnitKind;
import vn.directives.events.unit.UnitMerged;
import vn.directives.events.unit.UnitRegistered;
import vn.directives.events.unit.UnitRenamed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The province as the Organization Committee records it: units (and their 2025 reform), the
 * Steering Committee and its changes, directives, enterprises and the Party organizations already
 * in them. Schedules those commands on the timeline and fills {@link Province}.
 */
final class Founding {

    private static final String[] DISTRICTS = {"Thành phố Buôn Ma Thuột", "Huyện Cư M'gar", "Huyện Krông Pắc",
            "Huyện Ea Kar", "Huyện Krông Năng", "Huyện Buôn Đôn", "Huyện Lắk", "Huyện Krông Bông", "Huyện Ea H'leo",
            "Huyện Cư Kuin", "Huyện Krông Ana", "Huyện M'Đrắk"};
    private static final String[] PLACES = {"Tân Lập", "Thành Công", "Ea Tam", "Tự An", "Hòa Thuận", "Ea Kao",
            "Cư Bao", "Ea Tu", "Hòa Phú", "Krông Jing", "Ea Drông", "Phước An", "Quảng Điền", "Ea Pốk", "Buôn Trấp"};
    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
            "Hồ", "Ngô", "Dương", "Y", "H'"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quang", "Ngọc"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Khánh", "Lan",
            "Long", "Mai", "Nam", "Phong", "Quân", "Sơn", "Thảo", "Trung", "Tuấn", "Vân", "Yến"};
    private static final String[] TRADES = {"Cà phê", "Cao su", "Xây dựng", "Vận tải", "Thương mại", "Dệt may",
            "Chế biến nông sản", "Điện mặt trời", "Gỗ", "Dược phẩm", "Thực phẩm", "Cơ khí"};
    private static final int DISTRICT_COMMUNES = 5;
    private static final int MERGED_COMMUNES = 25;
    private static final int FIRST_MEMBERS = 30;
    private static final int MEMBER_CHANGES = 10;

    private final Random random;
    private final Timeline timeline;
    private final Province province;
    private final Actor oc = Actor.ORGANIZATION_COMMITTEE;
    private final List<Province.Unit> districts = new ArrayList<>();

    Founding(Random random, Timeline timeline, Province province) {
        this.random = random;
        this.timeline = timeline;
        this.province = province;
    }

    void found(int enterprises, int partyOrganizations) {
        units();
        members();
        directives();
        enterprises(enterprises, partyOrganizations);
    }

    private void units() {
        LocalDate since = LocalDate.of(2015, 1, 1);
        Object[][] provincial = {{"Ban Tổ chức Tỉnh ủy", UnitKind.ORGANIZATION_COMMITTEE},
                {"Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", UnitKind.PARTY_COMMITTEE_OF_AGENCIES_AND_ENTERPRISES},
                {"Đảng ủy các Khu công nghiệp tỉnh", UnitKind.INDUSTRIAL_ZONES_PARTY_COMMITTEE},
                {"Liên đoàn Lao động tỉnh", UnitKind.LABOUR_FEDERATION}, {"Tỉnh Đoàn", UnitKind.YOUTH_UNION}};
        for (Object[] unit : provincial) {
            Province.Unit registered = register((String) unit[0], (UnitKind) unit[1], null, since, null);
            province.provincial.add(registered);
            if (unit[1] == UnitKind.ORGANIZATION_COMMITTEE || unit[1] == UnitKind.LABOUR_FEDERATION
                    || unit[1] == UnitKind.YOUTH_UNION) {
                province.bodies.add(registered);
            }
        }
        for (int d = 0; d < DISTRICTS.length; d++) {
            UnitKind kind = d == 0 ? UnitKind.CITY_PARTY_COMMITTEE : UnitKind.DISTRICT_PARTY_COMMITTEE;
            String name = (d == 0 ? "Thành ủy " : "Huyện ủy ") + DISTRICTS[d].replaceFirst("^(Thành phố|Huyện) ", "");
            Province.Unit district = register(name, kind, null, since, Dates.REFORM);
            districts.add(district);
            for (int c = 0; c < DISTRICT_COMMUNES; c++) {
                boolean ward = d == 0;
                String commune = (ward ? "Đảng ủy phường " : "Đảng ủy xã ") + PLACES[(d * DISTRICT_COMMUNES + c) % PLACES.length]
                        + " (" + DISTRICTS[d] + ")";
                province.local.add(register(commune, ward ? UnitKind.WARD : UnitKind.COMMUNE, district.id(), since,
                        Dates.REFORM));
            }
        }
        renameSomeUnits();
        reform();
    }

    private void renameSomeUnits() {
        LocalDate on = LocalDate.of(2024, 3, 1);
        for (int i = 0; i < 3; i++) {
            Province.Unit unit = province.local.get(i * 7);
            String newName = unit.name().replace("Đảng ủy", "Đảng bộ");
            timeline.schedule(Dates.at(on, 30 + i), "Unit", unit.id(), oc,
                    new UnitRenamed(unit.id(), unit.name(), newName, on, oc.userId()));
        }
    }

    /** July 2025: districts end; communes and wards are merged into larger ones with no district above them. */
    private void reform() {
        LocalDate on = Dates.REFORM;
        LocalDate recorded = on;
        List<Province.Unit> old = List.copyOf(province.local);
        List<Province.Unit> merged = new ArrayList<>();
        for (int m = 0; m < MERGED_COMMUNES; m++) {
            String name = (m < 4 ? "Đảng ủy phường " : "Đảng ủy xã ") + PLACES[m % PLACES.length] + " mới " + roman(m);
            merged.add(register(name, m < 4 ? UnitKind.WARD : UnitKind.COMMUNE, null, on, null, recorded));
        }
        for (int i = 0; i < old.size(); i++) {
            Province.Unit from = old.get(i);
            Province.Unit into = merged.get(i * MERGED_COMMUNES / old.size());
            timeline.schedule(Dates.at(recorded, 60 + i), "Unit", from.id(), oc,
                    new UnitMerged(from.id(), into.id(), on, oc.userId()));
        }
        for (Province.Unit district : districts) {
            timeline.schedule(Dates.at(recorded, 200), "Unit", district.id(), oc, new UnitDissolved(district.id(),
                    "Kết thúc hoạt động cấp huyện theo sắp xếp đơn vị hành chính năm 2025", on, oc.userId()));
        }
        province.local.addAll(merged);
    }

    private static String roman(int n) {
        String[] letters = {"A", "B", "C", "D", "E"};
        return letters[n / 5] + letters[n % 5];
    }

    private Province.Unit register(String name, UnitKind kind, String parent, LocalDate from, LocalDate until) {
        return register(name, kind, parent, from, until, Dates.START);
    }

    private Province.Unit register(String name, UnitKind kind, String parent, LocalDate from, LocalDate until,
                                   LocalDate recorded) {
        String id = uuid();
        timeline.schedule(Dates.at(recorded, random.nextInt(60)), "Unit", id, oc,
                new UnitRegistered(id, name, kind, parent, from, oc.userId()));
        return new Province.Unit(id, name, from, until);
    }

    private void members() {
        List<Province.Unit> all = new ArrayList<>(province.provincial);
        all.addAll(districts);
        for (int i = 0; i < FIRST_MEMBERS + MEMBER_CHANGES; i++) {
            boolean replacement = i >= FIRST_MEMBERS;
            LocalDate from = replacement ? changeDate(i - FIRST_MEMBERS) : LocalDate.of(2021, 1, 15);
            LocalDate recorded = replacement ? from : Dates.START;
            String id = String.format("tv-%03d", i + 1);
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            LocalDate until = i < MEMBER_CHANGES ? changeDate(i) : null;
            timeline.schedule(Dates.at(recorded, 90 + i), "SteeringMember", id, oc, new SteeringMemberAppointed(id,
                    new MemberContact(name, id + "@tinhuy.example.vn"), i == 0 ? "Trưởng Ban Chỉ đạo" : "Ủy viên Ban Chỉ đạo",
                    new Responsibilities(List.of(all.get(i % all.size()).id()), List.of("Doanh nghiệp ngoài nhà nước")),
                    from, oc.userId()));
            if (until != null) {
                timeline.schedule(Dates.at(until, 80), "SteeringMember", id, oc,
                        new SteeringMemberRelieved(id, "Nghỉ hưu theo chế độ", until, oc.userId()));
            }
            boolean servesAtReform = from.isBefore(Dates.REFORM) && (until == null || until.isAfter(Dates.REFORM));
            if (servesAtReform) {
                timeline.schedule(Dates.at(Dates.REFORM.plusDays(1), 100 + i), "SteeringMember", id, oc,
                        new SteeringMemberResponsibilitiesChanged(id, new Responsibilities(
                                List.of(province.provincial.get(i % province.provincial.size()).id()),
                                List.of("Doanh nghiệp ngoài nhà nước", "Xã, phường sau sắp xếp")),
                                Dates.REFORM.plusDays(1), oc.userId()));
            }
            province.members.add(new Province.Member(id, name, from, until));
        }
    }

    /** When the i-th member change (relief and successor) happens: spread over the history. */
    private static LocalDate changeDate(int i) {
        return Dates.workingDay(Dates.START.plusDays(120 + i * 120L));
    }

    private void directives() {
        String d1 = directive("42-CT/TU", DirectiveKind.DIRECTIVE, LocalDate.of(2022, 12, 23),
                "Về tăng cường xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp ngoài khu vực nhà nước", Dates.START);
        String d2 = directive("105-KH/TU", DirectiveKind.PLAN, LocalDate.of(2023, 3, 15),
                "Kế hoạch thực hiện Chỉ thị 42-CT/TU giai đoạn 2023-2026", LocalDate.of(2023, 3, 20));
        String d3 = directive("87-KL/TU", DirectiveKind.CONCLUSION, LocalDate.of(2024, 5, 10),
                "Kết luận về đẩy mạnh phát triển đảng viên trong doanh nghiệp", LocalDate.of(2024, 5, 14));
        LocalDate issued = LocalDate.of(2025, 8, 20);
        String d4 = directive("15-CT/TU", DirectiveKind.DIRECTIVE, issued,
                "Về xây dựng tổ chức đảng trong doanh nghiệp sau sắp xếp đơn vị hành chính", issued.plusDays(2));
        LocalDate amended = LocalDate.of(2024, 1, 10);
        timeline.schedule(Dates.at(amended, 45), "Directive", d1, oc, new DirectiveTargetsAmended(d1, List.of(
                new Target("I1", "Tỷ lệ doanh nghiệp có tổ chức đảng", new BigDecimal("35"), 2026),
                new Target("I2", "Doanh nghiệp đủ điều kiện đã thành lập tổ chức đảng", new BigDecimal("90"), 2026)),
                "Điều chỉnh theo sơ kết năm 2023", amended, oc.userId()));
        LocalDate replaced = LocalDate.of(2025, 9, 1);
        timeline.schedule(Dates.at(replaced, 45), "Directive", d1, oc,
                new DirectiveReplaced(d1, d4, replaced, oc.userId()));
        province.directives.add(new Province.Directive(d1, "42-CT/TU", Dates.START, replaced));
        province.directives.add(new Province.Directive(d2, "105-KH/TU", LocalDate.of(2023, 3, 21), null));
        province.directives.add(new Province.Directive(d3, "87-KL/TU", LocalDate.of(2024, 5, 15), null));
        province.directives.add(new Province.Directive(d4, "15-CT/TU", issued.plusDays(3), null));
    }

    private String directive(String number, DirectiveKind kind, LocalDate issuedOn, String title, LocalDate recorded) {
        String id = uuid();
        List<DirectivePoint> points = List.of(new DirectivePoint(1, "Khảo sát, nắm tình hình doanh nghiệp"),
                new DirectivePoint(2, "Thành lập tổ chức đảng trong doanh nghiệp đủ điều kiện"),
                new DirectivePoint(3, "Chuyển sinh hoạt đảng về doanh nghiệp"),
                new DirectivePoint(4, "Bồi dưỡng nghiệp vụ công tác đảng"));
        timeline.schedule(Dates.at(recorded, 20), "Directive", id, oc, new DirectiveRegistered(id, number, kind,
                issuedOn, "Ban Thường vụ Tỉnh ủy", title, points, province.provincial.get(0).id(),
                new ReportingCadence(ReportingCadence.Frequency.YEARLY, 11, 15, "Ban Thường vụ Tỉnh ủy"),
                List.of(new Target("I1", "Tỷ lệ doanh nghiệp có tổ chức đảng", new BigDecimal("30"), 2026)),
                oc.userId()));
        return id;
    }

    /** Enterprises, and the Party organizations some already had when the follow-up began (with yearly admissions). */
    private void enterprises(int count, int organizations) {
        for (int i = 0; i < count; i++) {
            String taxCode = String.valueOf(6_000_000_000L + i * 7_919L);
            String name = (random.nextBoolean() ? "Công ty TNHH " : "Công ty Cổ phần ")
                    + TRADES[random.nextInt(TRADES.length)] + " " + PLACES[random.nextInt(PLACES.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            province.enterprises.add(new Province.Enterprise(taxCode, name, random.nextInt(6) == 0,
                    20 + random.nextInt(random.nextInt(10) == 0 ? 5_000 : 400)));
        }
        LocalDate recorded = Dates.START.plusDays(1);
        for (int i = 0; i < organizations; i++) {
            Province.Enterprise enterprise = province.enterprises.get(i * (count / organizations));
            String id = uuid();
            int members = 20 + random.nextInt(40);
            timeline.schedule(Dates.at(recorded, i), Timeline.PARTY_ORGANIZATION, id, oc,
                    new ExistingPartyOrganizationRecorded(id, enterprise.taxCode(), enterprise.name(),
                            "Chi bộ " + enterprise.name(), RecordSource.INITIAL_REGISTRY, "Sổ theo dõi năm 2022",
                            members - 2, 2, LocalDate.of(2022, 12, 31), oc.userId()));
            timeline.knowOrganization(enterprise.taxCode(), id, members);
            for (int year = 2023; year <= 2026; year++) {
                if (random.nextInt(3) == 0) {
                    LocalDate on = Dates.workingDay(LocalDate.of(year, 2 + random.nextInt(9), 1 + random.nextInt(27)));
                    timeline.schedule(Dates.at(on, random.nextInt(500)), Timeline.PARTY_ORGANIZATION, id, oc,
                            new NewMembersAdmitted(id, 1 + random.nextInt(3), on, oc.userId()));
                }
            }
        }
    }

    private String uuid() {
        return Ids.uuid(random);
    }
}
