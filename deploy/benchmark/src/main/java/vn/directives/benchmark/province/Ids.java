package vn.directives.benchmark.province;

import java.util.Random;
import java.util.UUID;

/** Random (version 4) UUIDs like the command side's, but drawn from the history's seed. */
final class Ids {

    private Ids() {
    }

    static String uuid(Random random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}
