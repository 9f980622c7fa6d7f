package vn.directives.query.directive;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectiveSummaryRepository extends JpaRepository<DirectiveSummary, String> {
}
