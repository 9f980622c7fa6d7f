package vn.directives.query.infrastructure;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Set;

/**
 * The transactions of a processor (its batches with their tokens, its claims) committed without
 * waiting for PostgreSQL to flush the write-ahead log: {@code SET LOCAL synchronous_commit} at the
 * start of each, to the value of {@code directives.query.processors.synchronous-commit}
 * (docs/event-store.md, "Rebuilding one read model").
 * <p>
 * Why that is safe for these transactions and no others: a batch's read-model rows, its
 * reconciliation tally and its token commit in one transaction, and every row they write can be
 * written again from the event store. A database crash can lose the last transactions committed this
 * way (at most about three {@code wal_writer_delay}, 600 ms by default), and loses them whole and in
 * order: the processor then reads those events again from the older token and applies them to the
 * read models as they were. No query-side handler has an effect outside the database (e-mail is the
 * command side's). Everything else the query side writes (sessions, issued reports) keeps durable
 * commits: it does not go through a processor's transaction manager.
 */
final class ProcessorCommits implements TransactionManager {

    /** PostgreSQL's values of {@code synchronous_commit}. */
    static final Set<String> VALUES = Set.of("on", "off", "local", "remote_write", "remote_apply");

    private final TransactionManager delegate;
    private final JdbcTemplate jdbc;
    private final String statement;

    private ProcessorCommits(TransactionManager delegate, JdbcTemplate jdbc, String value) {
        this.delegate = delegate;
        this.jdbc = jdbc;
        this.statement = "SET LOCAL synchronous_commit TO " + value;
    }

    /**
     * {@code delegate}, or {@code delegate} setting {@code synchronous_commit} in each transaction when
     * {@code value} is other than {@code on} (PostgreSQL's default).
     */
    static TransactionManager of(TransactionManager delegate, JdbcTemplate jdbc, String value) {
        String setting = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!VALUES.contains(setting)) {
            throw new IllegalArgumentException("directives.query.processors.synchronous-commit must be one of "
                    + VALUES + ", not '" + value + "'");
        }
        return "on".equals(setting) ? delegate : new ProcessorCommits(delegate, jdbc, setting);
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        try {
            jdbc.execute(statement);
        } catch (RuntimeException failed) {
            transaction.rollback();
            throw failed;
        }
        return transaction;
    }
}
