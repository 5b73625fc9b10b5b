package org.myomap.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.myomap.common.tenancy.ClinicOwned;

/** An Idempotency-Key a clinic used, the request it came with, and the session it created. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends ClinicOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idempotency_record_seq")
    @SequenceGenerator(name = "idempotency_record_seq", sequenceName = "idempotency_record_seq", allocationSize = 50)
    public Long id;
    @Column(name = "idem_key")
    public String key;
    public String requestHash;
    public UUID sessionId;
    public OffsetDateTime createdAt;

    static Optional<IdempotencyRecord> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }
}
