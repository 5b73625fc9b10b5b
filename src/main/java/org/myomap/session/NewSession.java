package org.myomap.session;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A session ready to be written, everything about it worked out before the clinic's write lock is taken
 * (the document with its therapist, its JSON, the request's hash). {@link SessionStore#createAudited} then
 * writes the session, its first version, its change-feed entry, its Idempotency-Key and its audit row in one
 * round trip while the lock is held.
 *
 * <p>Hibernate's tenant discriminator cannot stamp a native insert, so the clinic is named here, from the same
 * verified token claim the discriminator reads ({@code Caller.clinic()}).
 */
record NewSession(UUID id, String clinic, SessionInput document, String documentJson, String idempotencyKey,
        String requestHash, OffsetDateTime at, String by) {

    SessionView view() {
        return SessionView.of(id, 1, TherapySession.RECORDED, null, document, at, by);
    }
}
