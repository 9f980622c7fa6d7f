package vn.directives.query.workspace.enterprises;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.directives.platform.web.TaskKindCollection;
import vn.directives.query.enterprise.DerivedWork;
import vn.directives.query.enterprise.DerivedWorkView;
import vn.directives.query.taskboard.QueryParameters;
import vn.directives.query.workspace.Pickers;

import java.time.LocalDate;
import java.util.List;

/**
 * The derived work at a date (the I2 gap, the I3 gap, members still registered at their
 * residence), each row with the link that opens the task it calls for: the task opening form of a
 * cell establishment or a member transfer, filled in with the enterprise, a title and the
 * directive chosen here (the newest unless another is picked), for the officer to complete.
 */
@Controller
class DerivedWorkPage {

    private final DerivedWork derivedWork;
    private final Pickers pickers;

    DerivedWorkPage(DerivedWork derivedWork, Pickers pickers) {
        this.derivedWork = derivedWork;
        this.pickers = pickers;
    }

    @GetMapping("/enterprises/derived-work")
    String derivedWork(@RequestParam(required = false) String at, @RequestParam(required = false) String directiveId,
                       Model model) {
        LocalDate day = QueryParameters.date("at", at);
        day = day == null ? QueryParameters.today() : day;
        List<Pickers.Option> directives = pickers.directiveOptions();
        String chosen = directives.stream().map(Pickers.Option::id).filter(id -> id.equals(directiveId)).findFirst()
                .orElse(directives.isEmpty() ? null : directives.get(0).id());
        DerivedWorkView work = derivedWork.at(day);
        model.addAttribute("at", day);
        model.addAttribute("directives", directives);
        model.addAttribute("directiveId", chosen);
        model.addAttribute("i2Gap", work.i2Gap().stream().map(e -> new Row(e, establishment(e, chosen))).toList());
        model.addAttribute("i3Gap", work.i3Gap().stream().map(e -> new Row(e, establishment(e, chosen))).toList());
        model.addAttribute("atResidence", work.membersAtResidence().stream()
                .map(m -> new ResidenceRow(m, transfer(m.enterprise(), chosen))).toList());
        return "enterprises/derived-work";
    }

    /** An enterprise of a gap list and the link that opens its cell establishment. */
    record Row(DerivedWorkView.Enterprise enterprise, String opens) {
    }

    /** An enterprise with members at their residence and the link that opens a transfer into it. */
    record ResidenceRow(DerivedWorkView.MembersAtResidence members, String opens) {
    }

    private static String establishment(DerivedWorkView.Enterprise enterprise, String directiveId) {
        return opening(TaskKindCollection.CELL_ESTABLISHMENTS, directiveId)
                .queryParam("enterpriseTaxCode", enterprise.taxCode())
                .queryParam("task.title", "Thành lập tổ chức đảng tại " + named(enterprise))
                .build().encode().toUriString();
    }

    private static String transfer(DerivedWorkView.Enterprise enterprise, String directiveId) {
        UriComponentsBuilder link = opening(TaskKindCollection.MEMBER_TRANSFERS, directiveId)
                .queryParam("direction", "RESIDENCE_TO_ENTERPRISE")
                .queryParam("receivingOrganization.enterpriseTaxCode", enterprise.taxCode())
                .queryParam("task.title", "Chuyển sinh hoạt đảng về " + named(enterprise));
        if (enterprise.partyOrganizationName() != null) {
            link.queryParam("receivingOrganization.name", enterprise.partyOrganizationName());
        }
        return link.build().encode().toUriString();
    }

    private static UriComponentsBuilder opening(TaskKindCollection kind, String directiveId) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/tasks/new").queryParam("kind", kind.collection());
        return directiveId == null ? link : link.queryParam("directiveId", directiveId);
    }

    private static String named(DerivedWorkView.Enterprise enterprise) {
        return enterprise.name() == null ? "doanh nghiệp mã số thuế " + enterprise.taxCode() : enterprise.name();
    }
}
