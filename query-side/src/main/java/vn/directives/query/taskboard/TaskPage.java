package vn.directives.query.taskboard;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import vn.directives.platform.web.ResultPage;

import java.time.LocalDate;

/** One page of the board at a date, with how many tasks match in all. */
public record TaskPage(LocalDate at, @JsonUnwrapped ResultPage<TaskView> page) {
}
