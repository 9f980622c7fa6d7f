package vn.directives.query.workload;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.query.taskboard.QueryParameters;

import java.util.List;

/**
 * Who carries which tasks: per Steering Committee member and per lead unit, at a date
 * ({@code at}, default today in Vietnam) and for its calendar year ({@code year}), optionally
 * for one directive.
 */
@RestController
@RequestMapping("/api/workload")
class WorkloadController {

    private final Workload workload;

    WorkloadController(Workload workload) {
        this.workload = workload;
    }

    @GetMapping("/members")
    WorkloadReport<WorkloadReport.MemberWorkload> members(@RequestParam(required = false) String at,
                                                          @RequestParam(required = false) String year,
                                                          @RequestParam(required = false) String directiveId) {
        WorkloadPeriod period = WorkloadPeriod.of(at, year);
        return report(period, workload.perMember(period, QueryParameters.text(directiveId)));
    }

    @GetMapping("/units")
    WorkloadReport<WorkloadReport.UnitWorkload> units(@RequestParam(required = false) String at,
                                                      @RequestParam(required = false) String year,
                                                      @RequestParam(required = false) String directiveId) {
        WorkloadPeriod period = WorkloadPeriod.of(at, year);
        return report(period, workload.perLeadUnit(period, QueryParameters.text(directiveId)));
    }

    private static <R> WorkloadReport<R> report(WorkloadPeriod period, List<R> rows) {
        return new WorkloadReport<>(period.at(), period.year(), WorkloadReport.COLUMNS, rows);
    }
}
