package vn.directives.query.admin;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.directives.platform.web.RequestRefused;
import vn.directives.query.infrastructure.ProcessorPositions;
import vn.directives.query.infrastructure.ProcessorTokens;

import java.net.URI;
import java.util.List;

/**
 * The processors of the query side: their status, and rebuilding one read model from the event
 * history while the others keep running.
 */
@RestController
@RequestMapping("/api/admin/processors")
class ProcessorAdminController {

    private final ProcessorStatuses statuses;
    private final ProcessorPositions positions;
    private final RebuildStore rebuilds;

    ProcessorAdminController(ProcessorStatuses statuses, ProcessorPositions positions, RebuildStore rebuilds) {
        this.statuses = statuses;
        this.positions = positions;
        this.rebuilds = rebuilds;
    }

    @GetMapping
    List<ProcessorStatus> all() {
        return statuses.all();
    }

    @GetMapping("/{name}")
    ProcessorStatus one(@PathVariable String name) {
        return statuses.of(name).orElseThrow(() -> unknown(name));
    }

    /** Starts rebuilding the processor's read model; 202 with the progress resource in Location. */
    @PostMapping("/{name}/rebuild")
    ResponseEntity<RebuildProgress> rebuild(@PathVariable String name) {
        StreamingEventProcessor processor = positions.processor(name).orElseThrow(() -> unknown(name));
        if (!processor.supportsReset()) {
            throw new RequestRefused(HttpStatus.CONFLICT, "rebuild-not-supported", null,
                    "Bộ xử lý '" + name + "' không hỗ trợ dựng lại.",
                    "Processor '" + name + "' cannot be rebuilt.");
        }
        Rebuild rebuild = rebuilds.request(name, positions.node().id()).orElseThrow(() -> new RequestRefused(
                HttpStatus.CONFLICT, "rebuild-underway", null,
                "Bộ xử lý '" + name + "' đang được dừng để dựng lại; hãy theo dõi tiến độ.",
                "Processor '" + name + "' is already being stopped for a rebuild; follow its progress."));
        URI progress = ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri();
        return ResponseEntity.accepted().location(progress).body(RebuildProgress.of(rebuild, position(name)));
    }

    @GetMapping("/{name}/rebuild")
    RebuildProgress progress(@PathVariable String name) {
        positions.processor(name).orElseThrow(() -> unknown(name));
        Rebuild rebuild = rebuilds.find(name).orElseThrow(() -> RequestRefused.notFound(
                "Bộ xử lý '" + name + "' chưa từng được dựng lại.",
                "Processor '" + name + "' was never rebuilt."));
        return RebuildProgress.of(rebuild, position(name));
    }

    private long position(String name) {
        return positions.of(name).map(ProcessorTokens::position).orElse(0L);
    }

    private static RequestRefused unknown(String name) {
        return RequestRefused.notFound("Không có bộ xử lý '" + name + "'.", "There is no processor '" + name + "'.");
    }
}
