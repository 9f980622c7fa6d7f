package vn.directives.query.taskboard;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.platform.web.RequestRefused;

/** Each point of a directive with its tasks, their four categories and progress, at a date (default today). */
@RestController
class DirectivePointsController {

    private final DirectivePoints points;

    DirectivePointsController(DirectivePoints points) {
        this.points = points;
    }

    @GetMapping("/api/directives/{directiveId}/points")
    PointsView points(@PathVariable String directiveId, @RequestParam(required = false) String at) {
        return points.of(directiveId, BoardRequest.atOrToday(at)).orElseThrow(() -> RequestRefused.notFound(
                "Không có chỉ thị mã " + directiveId + "; chỉ thị vừa ban hành sẽ có sau vài giây.",
                "There is no directive " + directiveId + "; a directive just issued appears within seconds."));
    }
}
