package vn.directives.query.directive;

import org.springframework.data.jpa.repository.JpaRepository;

interface DirectiveSummaryRepository extends JpaRepository<DirectiveSummary, String> {
}
