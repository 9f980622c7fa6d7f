package vn.directives.query.directive;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.platform.web.RequestRefused;

import java.util.List;

@RestController
@RequestMapping("/api/directives")
class DirectiveQueryController {

    private final DirectiveSummaryRepository repository;

    DirectiveQueryController(DirectiveSummaryRepository repository) {
        this.repository = repository;
    }

    @GetMapping
    List<DirectiveView> list() {
        return repository.findAll(Sort.by("issuedOn").descending()).stream().map(DirectiveSummary::toView).toList();
    }

    @GetMapping("/{id}")
    DirectiveView one(@PathVariable String id) {
        return repository.findById(id).map(DirectiveSummary::toView).orElseThrow(() -> RequestRefused.notFound(
                "Không có chỉ thị mã " + id + "; chỉ thị vừa ban hành sẽ có sau vài giây.",
                "There is no directive " + id + "; a directive just issued appears within seconds."));
    }
}
