package vn.directives.query.timeline;

import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import vn.directives.events.cellestablishment.CellEstablishmentOpened;
import vn.directives.events.membertransfer.MemberTransferRequested;
import vn.directives.events.survey.SurveyClosed;
import vn.directives.events.survey.SurveyOpened;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskLifecycleEvent;
import vn.directives.events.task.TaskOpening;
import vn.directives.events.trainingcourse.TrainingCoursePlanned;
import vn.directives.events.urging.UrgingEvent;

import vn.directives.events.discussion.AttachmentAdded;
import vn.directives.events.discussion.DiscussionEvent;
import vn.directives.events.discussion.TaskCommented;
import vn.directives.events.discussion.TaskUrgedNow;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.directives.query.timeline.TimelineSamples.*;

class TimelineSentencesTest {

    private static final String TASK = "task-1";
    private static final TimelineSentences SENTENCES = TimelineSentences.forEveryTaskEvent();

    static Stream<Arguments> sentences() {
        return Stream.of(
                told(new TaskCommented(TASK, "c-1", "Đã làm việc với Ban quản lý KCN.", null, "member-nguyen",
                                LocalDate.of(2025, 3, 14)),
                        "Ý kiến: “Đã làm việc với Ban quản lý KCN.”",
                        "Comment: “Đã làm việc với Ban quản lý KCN.”"),
                told(new TaskCommented(TASK, "c-2", "Đã gửi danh sách công đoàn cơ sở.", "unit-ldld", "officer-ldld",
                                LocalDate.of(2025, 3, 14)),
                        "Ý kiến (đóng góp của đơn vị phối hợp unit-ldld): “Đã gửi danh sách công đoàn cơ sở.”",
                        "Comment (contribution of coordinating unit unit-ldld): “Đã gửi danh sách công đoàn cơ sở.”"),
                told(new AttachmentAdded(TASK, "a-1", "Biên bản.pdf", "application/pdf", 1_572_864, "ab".repeat(32),
                                null, "member-nguyen", LocalDate.of(2025, 3, 14)),
                        "Đính kèm tài liệu: “Biên bản.pdf” (PDF, 1,5 MB)",
                        "Document attached: “Biên bản.pdf” (PDF, 1.5 MB)"),
                told(new TaskUrgedNow(TASK, "n-1", "member-nguyen", "unit-dang-uy-kcn", "Đề nghị báo cáo tiến độ.",
                                "ban-to-chuc", LocalDate.of(2025, 3, 14)),
                        "Đôn đốc trực tiếp thành viên member-nguyen và đơn vị chủ trì unit-dang-uy-kcn: “Đề nghị báo cáo tiến độ.”",
                        "Urged on the spot, to member member-nguyen and lead unit unit-dang-uy-kcn: “Đề nghị báo cáo tiến độ.”"),
                told(reassigned(TASK),
                        "Giao lại nhiệm vụ cho thành viên member-tran (thay thành viên member-nguyen; lý do: Phân công lại theo địa bàn phụ trách)",
                        "Task reassigned to member member-tran (instead of member member-nguyen; reason: Phân công lại theo địa bàn phụ trách)"),
                told(extensionRequested(TASK),
                        "Đề nghị gia hạn đến 31/08/2025 (hạn hiện tại 30/06/2025; lý do: Doanh nghiệp chưa bố trí được thời gian làm việc)",
                        "Extension of the due date to 31/08/2025 requested (currently due 30/06/2025; reason: Doanh nghiệp chưa bố trí được thời gian làm việc)"),
                told(extensionApproved(TASK),
                        "Gia hạn đến 31/08/2025 được Ban Tổ chức Tỉnh ủy phê duyệt (hạn cũ 30/06/2025)",
                        "Due date extended to 31/08/2025, approved by the Organization Committee (previously 30/06/2025)"),
                told(extensionRejected(TASK),
                        "Ban Tổ chức Tỉnh ủy không chấp thuận đề nghị gia hạn (lý do: Không có lý do chính đáng)",
                        "Extension request rejected by the Organization Committee (reason: Không có lý do chính đáng)"),
                told(cancelled(TASK),
                        "Hủy nhiệm vụ (lý do: Chỉ thị đã được thay thế)",
                        "Task cancelled (reason: Chỉ thị đã được thay thế)"),
                told(completed(TASK), "Hoàn thành nhiệm vụ", "Task completed"),

                told(reminded(TASK, 3),
                        "Nhắc thành viên member-nguyen: nhiệm vụ đến hạn ngày 30/06/2025 (còn 3 ngày làm việc)",
                        "Member member-nguyen reminded: the task is due on 30/06/2025 (3 working days left)"),
                told(reminded(TASK, 0),
                        "Nhắc thành viên member-nguyen: nhiệm vụ đến hạn hôm nay (30/06/2025)",
                        "Member member-nguyen reminded: the task is due today (30/06/2025)"),
                told(deadlineMissed(TASK),
                        "Quá hạn: nhiệm vụ chưa hoàn thành khi hết ngày 30/06/2025",
                        "Deadline missed: the task was not done by the end of 30/06/2025"),
                told(escalated(TASK),
                        "Báo cáo lần 2 về nhiệm vụ quá hạn 10 ngày làm việc tới đơn vị chủ trì unit-dang-uy-kcn và Ban Tổ chức Tỉnh ủy",
                        "Escalation 2: 10 working days overdue, reported to lead unit unit-dang-uy-kcn and the Organization Committee"),
                told(urgingPolicySet(TASK),
                        "Đặt chế độ đôn đốc riêng: nhắc trước 5 ngày làm việc; báo cáo khi quá hạn 3 ngày làm việc",
                        "Own urging policy set: reminder 5 working days before; escalation when 3 working days overdue"),
                told(noticeDelivered(TASK),
                        "Đã gửi thư điện tử tới thành viên member-nguyen lúc 08:00 25/06/2025 (lần thử 2)",
                        "E-mail sent to member member-nguyen at 08:00 25/06/2025 (attempt 2)"),

                told(surveyOpened(TASK),
                        "Mở nhiệm vụ khảo sát “Khảo sát doanh nghiệp ngoài nhà nước tại KCN Phú Tài” (điểm 2 của chỉ thị); "
                                + "chủ trì: unit-dang-uy-kcn; phối hợp: unit-ldld, unit-tinh-doan; giao cho thành viên member-nguyen; "
                                + "hạn hoàn thành 30/06/2025; phạm vi: khu công nghiệp kcn-phu-tai; "
                                + "mô tả: Các doanh nghiệp ngoài nhà nước trong KCN Phú Tài; thời gian khảo sát từ 01/03/2025 đến 31/05/2025",
                        "Survey opened: “Khảo sát doanh nghiệp ngoài nhà nước tại KCN Phú Tài” (point 2 of the directive); "
                                + "lead unit: unit-dang-uy-kcn; coordinating: unit-ldld, unit-tinh-doan; assigned to member member-nguyen; "
                                + "due 30/06/2025; scope: industrial zone kcn-phu-tai; "
                                + "description: Các doanh nghiệp ngoài nhà nước trong KCN Phú Tài; survey period 01/03/2025 to 31/05/2025"),
                told(surveyOfEnterprises(TASK),
                        "Mở nhiệm vụ khảo sát “Khảo sát doanh nghiệp có đảng viên” (điểm 1 của chỉ thị); "
                                + "chủ trì: unit-phuong-quy-nhon; giao cho thành viên member-nguyen; hạn hoàn thành 30/06/2025; "
                                + "phạm vi: 2 doanh nghiệp; thời gian khảo sát từ 01/03/2025 đến 31/05/2025",
                        "Survey opened: “Khảo sát doanh nghiệp có đảng viên” (point 1 of the directive); "
                                + "lead unit: unit-phuong-quy-nhon; assigned to member member-nguyen; due 30/06/2025; "
                                + "scope: 2 enterprises; survey period 01/03/2025 to 31/05/2025"),
                told(findingRecorded(TASK),
                        "Ghi nhận kết quả khảo sát Công ty TNHH Minh Phát (MST 4601234567, doanh nghiệp tư nhân): 250 lao động, "
                                + "3 đảng viên chính thức, 1 đảng viên dự bị, 2 đảng viên còn sinh hoạt ở nơi cư trú, "
                                + "3 đảng viên chính thức làm việc từ 12 tháng trở lên; có công đoàn (120 đoàn viên); "
                                + "chưa có Đoàn Thanh niên; chưa có tổ chức đảng; thái độ của chủ doanh nghiệp: ủng hộ",
                        "Survey findings recorded for Công ty TNHH Minh Phát (tax code 4601234567, private enterprise): "
                                + "250 workers, 3 official Party members, 1 probationary member, "
                                + "2 members still registered at their place of residence, 3 official members employed 12 months or more; "
                                + "trade union with 120 members; no Youth Union; no Party organization; owner's attitude: supportive"),
                told(largeFindingRecorded(TASK),
                        "Ghi nhận kết quả khảo sát Công ty TNHH Điện tử Sao Mai (MST 4601234568-001, doanh nghiệp có vốn đầu tư nước ngoài): "
                                + "1.250 lao động, 12 đảng viên chính thức, 0 đảng viên dự bị, 5 đảng viên còn sinh hoạt ở nơi cư trú, "
                                + "10 đảng viên chính thức làm việc từ 12 tháng trở lên; có công đoàn (1.100 đoàn viên); "
                                + "có Đoàn Thanh niên (300 đoàn viên); đã có tổ chức đảng; thái độ của chủ doanh nghiệp: chưa quyết định",
                        "Survey findings recorded for Công ty TNHH Điện tử Sao Mai (tax code 4601234568-001, foreign-invested enterprise): "
                                + "1,250 workers, 12 official Party members, 0 probationary members, "
                                + "5 members still registered at their place of residence, 10 official members employed 12 months or more; "
                                + "trade union with 1,100 members; Youth Union with 300 members; has a Party organization; "
                                + "owner's attitude: undecided"),
                told(surveyClosed(TASK),
                        "Kết thúc khảo sát, đã khảo sát 2 doanh nghiệp; tóm tắt: Đã khảo sát 2 doanh nghiệp; 1 doanh nghiệp đủ điều kiện thành lập chi bộ.",
                        "Survey closed, 2 enterprises surveyed; summary: Đã khảo sát 2 doanh nghiệp; 1 doanh nghiệp đủ điều kiện thành lập chi bộ."),

                told(cellEstablishmentOpened(TASK),
                        "Mở nhiệm vụ thành lập tổ chức đảng tại Công ty TNHH Minh Phát (MST 4601234567): "
                                + "“Thành lập chi bộ Công ty TNHH Minh Phát” (điểm 1 của chỉ thị); chủ trì: unit-dang-uy-kcn; "
                                + "giao cho thành viên member-le; hạn hoàn thành 31/12/2025",
                        "Party organization establishment opened at Công ty TNHH Minh Phát (tax code 4601234567): "
                                + "“Thành lập chi bộ Công ty TNHH Minh Phát” (point 1 of the directive); lead unit: unit-dang-uy-kcn; "
                                + "assigned to member member-le; due 31/12/2025"),
                told(ownerEngaged(TASK),
                        "Vận động chủ doanh nghiệp: chưa quyết định; ghi chú: Chủ doanh nghiệp cần thêm thời gian trao đổi",
                        "Owner engaged: undecided; note: Chủ doanh nghiệp cần thêm thời gian trao đổi"),
                told(ownerEngagedWithoutNote(TASK), "Vận động chủ doanh nghiệp: ủng hộ", "Owner engaged: supportive"),
                told(memberPoolConfirmed(TASK),
                        "Xác nhận đảng viên làm việc tại doanh nghiệp: 3 đảng viên chính thức (3 làm việc từ 12 tháng trở lên), 1 đảng viên dự bị",
                        "Party members at the enterprise confirmed: 3 official members (3 employed 12 months or more), 1 probationary member"),
                told(proposalSubmitted(TASK),
                        "Trình Đảng ủy các Khu công nghiệp tỉnh đề nghị thành lập tổ chức đảng",
                        "Establishment proposed to Đảng ủy các Khu công nghiệp tỉnh"),
                told(decisionIssued(TASK),
                        "Quyết định thành lập Chi bộ Công ty TNHH Minh Phát số 125-QĐ/ĐU ngày 15/07/2025 của Đảng ủy các Khu công nghiệp tỉnh; "
                                + "chỉ định: Bí thư m-001, Phó Bí thư m-002, Cấp ủy viên m-003",
                        "Decision No. 125-QĐ/ĐU of 15/07/2025 by Đảng ủy các Khu công nghiệp tỉnh establishing Chi bộ Công ty TNHH Minh Phát; "
                                + "appointed: Secretary m-001, Deputy Secretary m-002, Committee member m-003"),
                told(announced(TASK),
                        "Công bố quyết định thành lập tại Hội trường Công ty TNHH Minh Phát ngày 25/07/2025",
                        "Establishment announced at Hội trường Công ty TNHH Minh Phát on 25/07/2025"),
                told(cellEstablishmentCompleted(TASK),
                        "Hoàn thành thành lập Chi bộ Công ty TNHH Minh Phát tại Công ty TNHH Minh Phát (MST 4601234567) "
                                + "theo quyết định số 125-QĐ/ĐU ngày 15/07/2025 của Đảng ủy các Khu công nghiệp tỉnh: "
                                + "3 đảng viên chính thức, 1 đảng viên dự bị",
                        "Establishment of Chi bộ Công ty TNHH Minh Phát at Công ty TNHH Minh Phát (tax code 4601234567) "
                                + "completed under decision No. 125-QĐ/ĐU of 15/07/2025 by Đảng ủy các Khu công nghiệp tỉnh: "
                                + "3 official members and 1 probationary member"),
                told(cellEstablishmentCompletedClassified(TASK),
                        "Hoàn thành thành lập Chi bộ Công ty TNHH Minh Phát tại Công ty TNHH Minh Phát (MST 4601234567) "
                                + "theo quyết định số 125-QĐ/ĐU ngày 15/07/2025 của Đảng ủy các Khu công nghiệp tỉnh: "
                                + "3 đảng viên chính thức, 1 đảng viên dự bị; loại tổ chức: Chi bộ cơ sở, "
                                + "cấp ủy cấp trên trực tiếp: unit-dang-uy-kcn",
                        "Establishment of Chi bộ Công ty TNHH Minh Phát at Công ty TNHH Minh Phát (tax code 4601234567) "
                                + "completed under decision No. 125-QĐ/ĐU of 15/07/2025 by Đảng ủy các Khu công nghiệp tỉnh: "
                                + "3 official members and 1 probationary member; kind: Grassroots cell, "
                                + "directly superior committee: unit-dang-uy-kcn"),
                told(membersIntroduced(TASK),
                        "Chưa đủ 3 đảng viên chính thức để thành lập tổ chức đảng: giới thiệu 2 đảng viên chính thức, "
                                + "0 đảng viên dự bị sinh hoạt tại Chi bộ Khu phố 3, phường Quy Nhơn",
                        "Too few official members for a Party organization: 2 official members and 0 probationary members "
                                + "introduced to Chi bộ Khu phố 3, phường Quy Nhơn"),
                told(abandoned(TASK),
                        "Dừng thành lập tổ chức đảng: doanh nghiệp giải thể, phá sản hoặc ngừng hoạt động",
                        "Establishment abandoned: the enterprise was dissolved, went bankrupt or stopped operating"),
                told(abandonedWithNote(TASK),
                        "Dừng thành lập tổ chức đảng: lý do khác; ghi chú: Doanh nghiệp sáp nhập vào công ty mẹ",
                        "Establishment abandoned: other reason; note: Doanh nghiệp sáp nhập vào công ty mẹ"),

                told(transferRequested(TASK),
                        "Đề nghị chuyển sinh hoạt đảng chính thức cho đảng viên mbr-7f3a từ Chi bộ Khu phố 3 đến Chi bộ Công ty TNHH Minh Phát "
                                + "(từ nơi cư trú về doanh nghiệp), theo quyết định ngày 20/05/2025: "
                                + "“Chuyển sinh hoạt đảng về Chi bộ Công ty TNHH Minh Phát” (điểm 3 của chỉ thị); chủ trì: unit-phuong-quy-nhon; "
                                + "phối hợp: unit-dang-uy-kcn; giao cho thành viên member-pham; hạn hoàn thành 30/09/2025",
                        "Official transfer of member mbr-7f3a requested from Chi bộ Khu phố 3 to Chi bộ Công ty TNHH Minh Phát "
                                + "(place of residence to enterprise), following the decision of 20/05/2025: "
                                + "“Chuyển sinh hoạt đảng về Chi bộ Công ty TNHH Minh Phát” (point 3 of the directive); lead unit: unit-phuong-quy-nhon; "
                                + "coordinating: unit-dang-uy-kcn; assigned to member member-pham; due 30/09/2025"),
                told(temporaryTransferRequested(TASK),
                        "Đề nghị chuyển sinh hoạt đảng tạm thời từ 01/07/2025 đến 31/03/2026 cho đảng viên mbr-7f3a "
                                + "từ Chi bộ Công ty TNHH Minh Phát đến Chi bộ Khu phố 3 (từ doanh nghiệp về nơi cư trú), theo quyết định ngày 20/05/2025: "
                                + "“Chuyển sinh hoạt đảng về Chi bộ Công ty TNHH Minh Phát” (điểm 3 của chỉ thị); chủ trì: unit-phuong-quy-nhon; "
                                + "phối hợp: unit-dang-uy-kcn; giao cho thành viên member-pham; hạn hoàn thành 30/09/2025",
                        "Temporary transfer (01/07/2025 to 31/03/2026) of member mbr-7f3a "
                                + "requested from Chi bộ Công ty TNHH Minh Phát to Chi bộ Khu phố 3 (enterprise to place of residence), "
                                + "following the decision of 20/05/2025: "
                                + "“Chuyển sinh hoạt đảng về Chi bộ Công ty TNHH Minh Phát” (point 3 of the directive); lead unit: unit-phuong-quy-nhon; "
                                + "coordinating: unit-dang-uy-kcn; assigned to member member-pham; due 30/09/2025"),
                told(letterIssuedLate(TASK),
                        "Cấp giấy giới thiệu số 45-GGT/ĐU (chậm 3 ngày làm việc so với hạn 12/08/2025; lý do: Đảng viên đi công tác nước ngoài)",
                        "Introduction letter No. 45-GGT/ĐU issued (3 working days late against 12/08/2025; reason: Đảng viên đi công tác nước ngoài)"),
                told(letterAccepted(TASK),
                        "Tổ chức đảng nơi đến tiếp nhận giấy giới thiệu (đúng hạn, hạn 26/09/2025)",
                        "Introduction letter accepted by the receiving organization (on time, due by 26/09/2025)"),
                told(transferCompleted(TASK),
                        "Hoàn thành chuyển sinh hoạt đảng chính thức của đảng viên mbr-7f3a (từ nơi cư trú về doanh nghiệp; doanh nghiệp MST: 4601234567)",
                        "Official transfer of member mbr-7f3a completed (place of residence to enterprise; enterprise tax code: 4601234567)"),
                told(transferReturned(TASK),
                        "Tổ chức đảng nơi đến trả lại giấy giới thiệu (lý do: Giấy giới thiệu ghi sai tổ chức đảng nơi đến)",
                        "Introduction letter returned by the receiving organization (reason: Giấy giới thiệu ghi sai tổ chức đảng nơi đến)"),
                told(transferWithdrawn(TASK),
                        "Rút đề nghị chuyển sinh hoạt đảng (lý do: Đảng viên chuyển công tác khác)",
                        "Transfer withdrawn (reason: Đảng viên chuyển công tác khác)"),

                told(coursePlanned(TASK),
                        "Lập kế hoạch lớp bồi dưỡng nhận thức về Đảng do unit-trung-tam-chinh-tri tổ chức, từ 08/09/2025 đến 12/09/2025, "
                                + "tối đa 40 học viên: “Lớp bồi dưỡng nhận thức về Đảng năm 2025” (điểm 4 của chỉ thị); "
                                + "chủ trì: unit-dang-uy-kcn; giao cho thành viên member-vo; hạn hoàn thành 30/11/2025",
                        "Planned a Party awareness course organized by unit-trung-tam-chinh-tri, 08/09/2025 to 12/09/2025, "
                                + "for up to 40 participants: “Lớp bồi dưỡng nhận thức về Đảng năm 2025” (point 4 of the directive); "
                                + "lead unit: unit-dang-uy-kcn; assigned to member member-vo; due 30/11/2025"),
                told(enrolled(TASK), "Ghi danh 2 học viên", "2 participants enrolled"),
                told(participantWithdrawn(TASK),
                        "Rút học viên hv-002 khỏi lớp (đơn vị điều động công tác khác)",
                        "Participant hv-002 withdrawn from the course (recalled by their unit)"),
                told(courseOpened(TASK), "Khai giảng lớp ngày 08/09/2025", "Course opened on 08/09/2025"),
                told(resultsRecorded(TASK),
                        "Ghi nhận kết quả của 3 học viên: 2 tham dự, 1 đạt yêu cầu, 1 được cấp giấy chứng nhận",
                        "Results recorded for 3 participants: 2 attended, 1 passed, 1 certificate issued"),
                told(courseClosed(TASK),
                        "Bế giảng lớp: 38 học viên ghi danh, 36 được bồi dưỡng, 35 đạt yêu cầu, 35 được cấp giấy chứng nhận",
                        "Course closed: 38 enrolled, 36 trained, 35 passed, 35 certificates issued"),

                told(generalTaskOpened(TASK),
                        "Mở nhiệm vụ (sản phẩm: “Hội nghị”): “Đối thoại với chủ doanh nghiệp” (điểm 6 của chỉ thị); "
                                + "chủ trì: unit-dang-uy-kcn; giao cho thành viên member-vo; hạn hoàn thành 30/11/2025",
                        "Opened (product: “Hội nghị”): “Đối thoại với chủ doanh nghiệp” (point 6 of the directive); "
                                + "lead unit: unit-dang-uy-kcn; assigned to member member-vo; due 30/11/2025"),
                told(subTaskOpened(TASK),
                        "Nhận nhiệm vụ giao từ cấp trên (nhiệm vụ task-parent; sản phẩm: “Báo cáo”): "
                                + "“Đối thoại tại phường Tân Thịnh” (điểm 6 của chỉ thị); chủ trì: unit-phuong-tan-thinh; "
                                + "giao cho thành viên member-tran; hạn hoàn thành 31/10/2025",
                        "Delegated from task task-parent (product: “Báo cáo”): “Đối thoại tại phường Tân Thịnh” "
                                + "(point 6 of the directive); lead unit: unit-phuong-tan-thinh; assigned to member "
                                + "member-tran; due 31/10/2025"),
                told(progressReported(TASK),
                        "Báo cáo tiến độ 40% (trước đó 60%): Đã đối thoại tại 2 KCN (lý do giảm: Một hội nghị phải tổ chức lại)",
                        "Progress reported at 40% (previously 60%): Đã đối thoại tại 2 KCN (reason it went down: Một hội nghị phải tổ chức lại)"),
                told(contributionReported(TASK),
                        "Báo cáo tiến độ (đóng góp của đơn vị phối hợp unit-lien-doan-lao-dong) 30% (trước đó 0%): "
                                + "Đã mời 12 công đoàn cơ sở",
                        "Progress reported (contribution of coordinating unit unit-lien-doan-lao-dong) at 30% "
                                + "(previously 0%): Đã mời 12 công đoàn cơ sở"),
                told(generalTaskCompleted(TASK), "Có sản phẩm: “Báo cáo số 12-BC/ĐUK”",
                        "Product delivered: “Báo cáo số 12-BC/ĐUK”"),
                told(generalTaskFoundingATradeUnion(TASK),
                        "Có sản phẩm: “Báo cáo số 3-BC/LĐLĐ”; đã thành lập Công đoàn cơ sở tại Công ty TNHH Minh Phát "
                                + "(MST 4601234567) ngày 18/11/2025, 120 thành viên",
                        "Product delivered: “Báo cáo số 3-BC/LĐLĐ”; founded the Trade union of Công ty TNHH Minh Phát "
                                + "(tax code 4601234567) on 18/11/2025, 120 members"),
                told(subTaskDelegated(TASK),
                        "Giao cho cấp dưới “Đối thoại tại phường Tân Thịnh”, chủ trì: unit-phuong-tan-thinh; "
                                + "giao cho thành viên member-tran; hạn hoàn thành 31/10/2025",
                        "Delegated to a lower level: “Đối thoại tại phường Tân Thịnh”, lead unit: unit-phuong-tan-thinh; "
                                + "assigned to member member-tran; due 31/10/2025"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void each_event_says_what_it_changed_in_vietnamese_and_english(Object event, String vietnamese, String english) {
        WhatChanged change = SENTENCES.describe(event);

        // read with no names known, a sentence names its units and members by their ids
        assertThat(NamedIds.unnamed(change.vietnamese())).isEqualTo(vietnamese);
        assertThat(NamedIds.unnamed(change.english())).isEqualTo(english);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void each_event_takes_effect_on_its_own_effective_date(Object event) throws ReflectiveOperationException {
        LocalDate expected = event instanceof TaskOpening opening ? opening.openedOn()
                : (LocalDate) event.getClass().getMethod("effectiveOn").invoke(event);

        assertThat(SENTENCES.describe(event).effectiveOn()).isEqualTo(expected);
    }

    @Test
    void every_task_event_has_a_sentence() {
        Set<Class<?>> missing = new HashSet<>(taskEventTypes());
        missing.removeAll(SENTENCES.describedTypes());

        assertThat(names(missing)).as("task events without a timeline sentence").isEmpty();
    }

    @Test
    void every_task_event_has_its_sentences_checked_here() {
        Set<Class<?>> checked = sentences().map(arguments -> ((Named<?>) arguments.get()[0]).getPayload().getClass())
                .collect(Collectors.toSet());
        Set<Class<?>> unchecked = new HashSet<>(taskEventTypes());
        unchecked.removeAll(checked);

        assertThat(names(unchecked)).as("task events whose sentences no test reads").isEmpty();
    }

    @Test
    void the_projection_receives_every_task_event() {
        List<Class<?>> handled = Arrays.stream(TaskTimelineProjection.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventHandler.class))
                .map(method -> method.getParameterTypes()[0])
                .toList();
        Set<Class<?>> unhandled = taskEventTypes().stream()
                .filter(type -> handled.stream().noneMatch(parameter -> parameter.isAssignableFrom(type)))
                .collect(Collectors.toSet());

        assertThat(names(unhandled)).as("task events no handler of the projection receives").isEmpty();
    }

    @Test
    void the_task_events_are_found_by_their_sealed_interfaces() {
        assertThat(taskEventTypes()).contains(SurveyOpened.class, SurveyClosed.class, CellEstablishmentOpened.class,
                MemberTransferRequested.class, TrainingCoursePlanned.class,
                TaskCompleted.class);
    }

    @Test
    void an_event_without_a_sentence_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> SENTENCES.describe(LocalDate.of(2025, 1, 1)))
                .withMessageContaining("LocalDate");
    }

    @Test
    void a_long_survey_summary_is_quoted_by_its_beginning() {
        String summary = "Kết quả khảo sát cho thấy ".repeat(40);

        String vietnamese = SENTENCES.describe(new SurveyClosed(TASK, summary, 40,
                LocalDate.of(2025, 5, 30), "member-nguyen")).vietnamese();

        String quoted = vietnamese.substring(vietnamese.indexOf("tóm tắt: ") + "tóm tắt: ".length());
        assertThat(quoted).endsWith("…").hasSizeLessThanOrEqualTo(301);
        assertThat(summary).startsWith(quoted.substring(0, quoted.length() - 1));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, 7, 999, 1_000, 1_250, 12_345, 999_999, 1_000_000,
            123_456_789, Integer.MAX_VALUE, -1, -999, -1_000, -1_234_567, Integer.MIN_VALUE})
    void counts_are_grouped_by_thousands_as_each_language_writes_them(int count) {
        assertThat(Wording.vi(count)).isEqualTo(String.format(java.util.Locale.forLanguageTag("vi-VN"), "%,d", count));
        assertThat(Wording.en(count)).isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d", count));
    }

    /**
     * Every event of a task: the common lifecycle, and every event of each kind, found from the
     * kinds' opening events (every class implementing {@link TaskOpening}) and the sealed
     * interface each of them belongs to. A new event, or a new kind, is found without editing this.
     */
    static Set<Class<?>> taskEventTypes() {
        Set<Class<?>> types = new HashSet<>(List.of(TaskLifecycleEvent.class.getPermittedSubclasses()));
        types.addAll(List.of(UrgingEvent.class.getPermittedSubclasses()));
        types.addAll(List.of(DiscussionEvent.class.getPermittedSubclasses()));
        for (Class<?> opening : openings()) {
            for (Class<?> kindEvents : opening.getInterfaces()) {
                if (kindEvents.isSealed()) {
                    types.addAll(List.of(kindEvents.getPermittedSubclasses()));
                }
            }
        }
        return types;
    }

    private static Set<Class<?>> openings() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(TaskOpening.class));
        Set<Class<?>> openings = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("vn.directives.events")) {
            try {
                openings.add(Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return openings;
    }

    private static Arguments told(Object event, String vietnamese, String english) {
        return Arguments.of(Named.of(event.getClass().getSimpleName(), event), vietnamese, english);
    }

    private static List<String> names(Set<Class<?>> types) {
        return types.stream().map(Class::getSimpleName).sorted().toList();
    }
}
