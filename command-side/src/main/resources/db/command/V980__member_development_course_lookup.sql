-- What a candidate's awareness course is checked against (vn.directives.command.memberdevelopment.CandidateLookup):
-- the kind of each training course and each participant's latest result, written by the lookup's
-- subscribing handlers in the transaction of the course's command. Participants are pseudonymous
-- references, never personal data.

CREATE TABLE command.training_course_kind (
    task_id     VARCHAR(255) PRIMARY KEY,
    course_kind VARCHAR(60)  NOT NULL
);

CREATE TABLE command.training_course_result (
    task_id         VARCHAR(255) NOT NULL,
    participant_ref VARCHAR(100) NOT NULL,
    passed          BOOLEAN      NOT NULL,
    -- the effective date of the record that holds the result
    recorded_on     DATE         NOT NULL,
    PRIMARY KEY (task_id, participant_ref)
);

-- Courses recorded before this migration: the same facts, read once from their stored events
-- (JSON in bytea), the latest record of a participant winning as it does in the course.
INSERT INTO command.training_course_kind (task_id, course_kind)
SELECT payload ->> 'taskId', payload ->> 'courseKind'
  FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS payload FROM events.domain_event_entry
         WHERE payload_type = 'vn.directives.events.trainingcourse.TrainingCoursePlanned') planned
ON CONFLICT DO NOTHING;

INSERT INTO command.training_course_result (task_id, participant_ref, passed, recorded_on)
SELECT DISTINCT ON (task_id, participant_ref) task_id, participant_ref, passed, recorded_on
  FROM (SELECT e.global_index, p.payload ->> 'taskId' AS task_id, r ->> 'participantRef' AS participant_ref,
               (r ->> 'passed')::boolean AS passed, (p.payload ->> 'effectiveOn')::date AS recorded_on
          FROM events.domain_event_entry e
         CROSS JOIN LATERAL (SELECT convert_from(e.payload, 'UTF8')::jsonb AS payload) p
         CROSS JOIN LATERAL jsonb_array_elements(p.payload -> 'results') r
         WHERE e.payload_type = 'vn.directives.events.trainingcourse.ParticipantResultsRecorded') results
 ORDER BY task_id, participant_ref, global_index DESC;
