package vn.directives.benchmark.province;

import vn.directives.events.cellestablishment.CellEstablishmentCompleted;
import vn.directives.events.membertransfer.MemberTransferCompleted;
import vn.directives.events.membertransfer.TransferDirection;
import vn.directives.events.membertransfer.TransferType;
import vn.directives.events.partyorganization.MembersTransferredIn;
import vn.directives.events.partyorganization.MembersTransferredOut;
import vn.directives.events.partyorganization.PartyOrganizationEstablished;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Puts the commands of many lifecycles, scheduled out of order, into the order they were recorded
 * in, and gives each event what the command side would have given it at that moment: the next
 * sequence number of its aggregate, an event id, and metadata (actor, role, the request's
 * correlation id, the command's id as causation). It also plays the command side's policies, which
 * act in the transaction of the event that triggers them: a completed cell establishment founds
 * the enterprise's Party organization, a completed transfer counts the member in or out of it.
 */
final class Timeline {

    static final String PARTY_ORGANIZATION = "PartyOrganization";

    /** An event of a command and the aggregate that stores it. */
    record Part(String aggregateType, String aggregateId, Object event) {
    }

    private record Command(Instant at, long order, List<Part> parts, Actor actor) {
    }

    private final PriorityQueue<Command> pending = new PriorityQueue<>(
            Comparator.comparing(Command::at).thenComparingLong(Command::order));
    private final Map<String, Long> nextSequence = new HashMap<>();
    /** Party organization id and member count per enterprise tax code, as the command side's lookup knows them. */
    private final Map<String, String> organizationOf = new HashMap<>();
    private final Map<String, Integer> membersOf = new HashMap<>();
    private final Random ids;
    private final Consumer<HistoryEvent> sink;
    private long order;
    private long emitted;
    private Instant last = Instant.EPOCH;

    Timeline(long seed, Consumer<HistoryEvent> sink) {
        this.ids = new Random(seed ^ 0x5DEECE66DL);
        this.sink = sink;
    }

    /** One command, at a moment, on one aggregate, storing these events together. */
    void schedule(Instant at, String aggregateType, String aggregateId, Actor actor, Object... events) {
        schedule(at, actor, java.util.Arrays.stream(events).map(event -> new Part(aggregateType, aggregateId, event))
                .toList());
    }

    /** One command storing events in several aggregates in one transaction (a delegation opens the sub-task). */
    void schedule(Instant at, Actor actor, List<Part> parts) {
        pending.add(new Command(at, order++, List.copyOf(parts), actor));
    }

    /** Records every command scheduled before {@code until}. */
    void recordUntil(Instant until) {
        while (!pending.isEmpty() && pending.peek().at().isBefore(until)) {
            record(pending.poll());
        }
    }

    void recordAll() {
        while (!pending.isEmpty()) {
            record(pending.poll());
        }
    }

    long emitted() {
        return emitted;
    }

    boolean hasPartyOrganization(String taxCode) {
        return organizationOf.containsKey(taxCode);
    }

    /** An organization recorded from the initial registry, known from the start. */
    void knowOrganization(String taxCode, String organizationId, int members) {
        organizationOf.put(taxCode, organizationId);
        membersOf.put(taxCode, members);
    }

    private void record(Command command) {
        // time runs forward in the store, as it does for a single command side
        Instant at = command.at().isAfter(last) ? command.at() : last.plusMillis(1);
        last = at;
        Map<String, String> metaData = new LinkedHashMap<>();
        metaData.put("actor", command.actor().userId());
        metaData.put("role", command.actor().role());
        metaData.put("correlationId", uuid());
        metaData.put("causationId", uuid());
        for (Part part : command.parts()) {
            emit(part.aggregateType(), part.aggregateId(), part.event(), metaData, at);
        }
        for (Part part : command.parts()) {
            followPolicies(part.event(), metaData, at);
        }
    }

    private void followPolicies(Object event, Map<String, String> cause, Instant at) {
        if (event instanceof CellEstablishmentCompleted completed) {
            organizationOf.put(completed.enterpriseTaxCode(), completed.partyOrganizationId());
            membersOf.put(completed.enterpriseTaxCode(), completed.officialMembers() + completed.probationaryMembers());
            emit(PARTY_ORGANIZATION, completed.partyOrganizationId(), new PartyOrganizationEstablished(
                    completed.partyOrganizationId(), completed.enterpriseTaxCode(), completed.enterpriseName(),
                    completed.organizationName(), completed.taskId(), completed.decisionNumber(),
                    completed.issuingCommittee(), completed.kind(), completed.superiorCommitteeUnitId(),
                    completed.officialMembers(), completed.probationaryMembers(),
                    completed.decidedOn(), completed.completedBy()), caused(cause), at);
        } else if (event instanceof MemberTransferCompleted completed && completed.enterpriseTaxCode() != null
                && organizationOf.containsKey(completed.enterpriseTaxCode())) {
            String taxCode = completed.enterpriseTaxCode();
            String organization = organizationOf.get(taxCode);
            boolean temporary = completed.type() == TransferType.TEMPORARY;
            boolean in = completed.direction() == TransferDirection.RESIDENCE_TO_ENTERPRISE;
            membersOf.merge(taxCode, in ? 1 : -1, Integer::sum);
            Object counted = in
                    ? new MembersTransferredIn(organization, completed.taskId(), 1, temporary, completed.effectiveOn(),
                    completed.completedBy())
                    : new MembersTransferredOut(organization, completed.taskId(), 1, temporary, completed.effectiveOn(),
                    completed.completedBy());
            emit(PARTY_ORGANIZATION, organization, counted, caused(cause), at);
        }
    }

    /** How many members the enterprise's organization counts now (0 without one). */
    int membersOf(String taxCode) {
        return membersOf.getOrDefault(taxCode, 0);
    }

    private Map<String, String> caused(Map<String, String> cause) {
        Map<String, String> metaData = new LinkedHashMap<>(cause);
        metaData.put("causationId", uuid());
        return metaData;
    }

    private void emit(String type, String aggregateId, Object payload, Map<String, String> metaData, Instant at) {
        long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
        sink.accept(new HistoryEvent(uuid(), type, aggregateId, sequence, payload, Map.copyOf(metaData), at));
        emitted++;
    }

    private String uuid() {
        return Ids.uuid(ids);
    }
}
