package vn.directives.events.cellestablishment;

import org.axonframework.serialization.Revision;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskKind;
import vn.directives.events.task.TaskOpening;

import java.time.LocalDate;

/** A Party organization is to be set up in one enterprise, known by its tax code (mã số thuế). */
@Revision("1")
public record CellEstablishmentOpened(String taskId, TaskHeader task, String enterpriseTaxCode, String enterpriseName,
                                      LocalDate openedOn, String openedBy)
        implements CellEstablishmentEvent, TaskOpening {

    @Override
    public TaskKind kind() {
        return TaskKind.CELL_ESTABLISHMENT;
    }
}
