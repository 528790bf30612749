package io.autoshop.core.customer.internal;

import io.autoshop.core.persistence.Transactions;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts the phone numbers of customers written before encryption existed, in batches of one transaction each,
 * and clears their plain-text columns.
 */
final class PlaintextEncryption {

    static final int BATCH_SIZE = 200;

    private static final Logger LOG = LoggerFactory.getLogger(PlaintextEncryption.class);

    private final Transactions transactions;
    private final PersonalData personalData;

    PlaintextEncryption(Transactions transactions, PersonalData personalData) {
        this.transactions = transactions;
        this.personalData = personalData;
    }

    /**
     * Encrypts every remaining plain-text row and returns how many there were. A failed batch is logged and ends
     * the run, so that the shop starts anyway and the next start continues with the remaining rows.
     */
    int run() {
        int total = 0;
        int batches = 0;
        while (true) {
            int done;
            try {
                done = encryptBatch();
            } catch (RuntimeException e) {
                LOG.error("Encryption of plain-text customer phone numbers failed after {} rows in {} batches; the "
                        + "remaining rows are encrypted at the next start: {}", total, batches, e.toString(), e);
                return total;
            }
            if (done == 0) {
                break;
            }
            total += done;
            batches++;
            LOG.info("Encrypted the phone numbers of {} customers stored in plain text (batch {}, {} so far)", done,
                    batches, total);
        }
        if (total > 0) {
            LOG.info("Encryption of plain-text customer phone numbers finished: {} rows in {} batches", total,
                    batches);
        }
        return total;
    }

    private int encryptBatch() {
        return transactions.required(em -> {
            List<CustomerEntity> rows = em
                    .createQuery("SELECT c FROM Customer c WHERE c.phone IS NOT NULL ORDER BY c.id",
                            CustomerEntity.class)
                    .setMaxResults(BATCH_SIZE).getResultList();
            for (CustomerEntity row : rows) {
                personalData.setPhone(row, row.phone);
            }
            em.flush();
            return rows.size();
        });
    }
}
