package vn.directives.query.directive;

import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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
    ResponseEntity<DirectiveView> one(@PathVariable String id) {
        return ResponseEntity.of(repository.findById(id).map(DirectiveSummary::toView));
    }
}
