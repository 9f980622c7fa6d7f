package vn.directives.benchmark.province;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The province's standing facts the tasks refer to: units before and after the 2025 reform,
 * Steering Committee members with their terms, directives with their periods, enterprises.
 */
final class Province {

    record Unit(String id, String name, LocalDate from, LocalDate until) {
        boolean activeOn(LocalDate day) {
            return !day.isBefore(from) && (until == null || day.isBefore(until));
        }
    }

    record Member(String id, String name, LocalDate from, LocalDate until) {
        /** Serving on the day and for at least a year after it: a task is given to someone who will see it through. */
        boolean servesThrough(LocalDate day) {
            return !day.isBefore(from) && (until == null || day.plusYears(1).isBefore(until));
        }
    }

    record Directive(String id, String number, LocalDate from, LocalDate until) {
        boolean activeOn(LocalDate day) {
            return !day.isBefore(from) && (until == null || day.isBefore(until));
        }
    }

    record Enterprise(String taxCode, String name, boolean foreignInvested, int workers) {
    }

    final List<Unit> provincial = new ArrayList<>();
    /** The provincial bodies that give work to the communes and wards (Ban Tổ chức, Liên đoàn Lao động, Tỉnh Đoàn). */
    final List<Unit> bodies = new ArrayList<>();
    final List<Unit> local = new ArrayList<>();
    final List<Member> members = new ArrayList<>();
    final List<Directive> directives = new ArrayList<>();
    final List<Enterprise> enterprises = new ArrayList<>();

    private final Random random;

    Province(Random random) {
        this.random = random;
    }

    Unit unitOn(LocalDate day) {
        if (random.nextInt(4) == 0) {
            return pick(provincial);
        }
        List<Unit> active = local.stream().filter(u -> u.activeOn(day)).toList();
        return pick(active);
    }

    /** A provincial body that leads general tasks and delegates parts of them to communes and wards. */
    Unit body() {
        return pick(bodies);
    }

    /** A commune or ward committee active on the day (the level below the province's bodies). */
    Unit communeOn(LocalDate day) {
        return pick(local.stream().filter(u -> u.activeOn(day)).toList());
    }

    Member memberFor(LocalDate day) {
        return pick(members.stream().filter(m -> m.servesThrough(day)).toList());
    }

    Member otherMemberFor(LocalDate day, String not) {
        return pick(members.stream().filter(m -> m.servesThrough(day) && !m.id().equals(not)).toList());
    }

    Directive directiveOn(LocalDate day) {
        return pick(directives.stream().filter(d -> d.activeOn(day)).toList());
    }

    Enterprise enterprise() {
        return pick(enterprises);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
